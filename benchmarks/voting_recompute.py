"""Recomputing a round's results after one dot: 40 participants x 200 items (target <= 20 ms).

The figure is what the console does after each dot: place the dot through the service (one committed
transaction), read the round's votes back and rank every item with merged duplicates. The bare baseline is
a plain Counter over the same votes in memory, measured in the same run; the pure ranking (no database) is
printed beside both so the cost of storage is visible.

Run: python -m benchmarks.voting_recompute
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from workshop.domain.voting import VotingMethod
from workshop.domain.voting_rules import results
from workshop.services import ballots, ideas, participants, voting, workshops
from workshop.store import voting as voting_rows
from workshop.store.library import Library

PARTICIPANTS = 40
ITEMS = 200
REPEATS = 30
TARGET_MS = 20.0


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        lib = Library.open(Path(folder) / "bench.sqlite")
        workshop, _ = workshops.create(lib, "Benchmark", language="sv")
        people = [
            participants.add(lib, workshop.id, f"P{n}", present=True)[0].id for n in range(PARTICIPANTS)
        ]
        items = [i.id for i in ideas.add_many(lib, workshop.id, [f"Idé {n}" for n in range(ITEMS)])[0]]
        made, _ = voting.create_round(
            lib, workshop.id, "Bench", VotingMethod.DOTS, dots_per_person=10, max_per_item=3
        )
        for number, person in enumerate(people):  # 9 dots each, spread over the items
            ballot = {items[(number * 13 + k * 7) % ITEMS]: 1 + k % 3 for k in range(5)}
            while sum(ballot.values()) > 9:
                ballot.popitem()
            ballots.enter_ballot(lib, made.id, person, ballot)
        ballots.redo_ballot(lib, made.id, people[-1])

        full: list[float] = []
        ranking: list[float] = []
        bare: list[float] = []
        round_obj = voting.get_round(lib, made.id)
        for repeat in range(REPEATS):
            item = items[repeat % ITEMS]
            start = time.perf_counter()
            ballots.place_dot(lib, made.id, people[-1], item)
            computed = voting.results_for(lib, made.id)
            full.append(time.perf_counter() - start)
            ballots.remove_dot(lib, made.id, people[-1], item)

            votes = voting_rows.votes_for_round(lib, made.id)
            start = time.perf_counter()
            results(round_obj, votes, items, {})
            ranking.append(time.perf_counter() - start)

            start = time.perf_counter()
            counter: Counter[str] = Counter()
            for vote in votes:
                counter[vote.item_id] += vote.dots
            counter.most_common()
            bare.append(time.perf_counter() - start)
        assert len(computed) == ITEMS
        lib.close()
    return [
        {
            "name": "voting: dot + recompute results, 40 x 200 (store + rank)",
            "figure": round(_median_ms(full), 3),
            "baseline": round(_median_ms(bare), 3),
            "unit": "ms",
            "target": TARGET_MS,
        },
        {
            "name": "voting: rank only (results(), in memory)",
            "figure": round(_median_ms(ranking), 3),
            "baseline": round(_median_ms(bare), 3),
            "unit": "ms",
            "target": TARGET_MS,
        },
    ]


def main() -> None:
    for row in run():
        print(
            f"{row['name']}: {row['figure']} {row['unit']} median "
            f"(bare Counter baseline {row['baseline']} {row['unit']}; "
            f"target <= {row['target']} {row['unit']})"
        )


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
