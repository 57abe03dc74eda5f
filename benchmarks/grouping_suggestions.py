"""Grouping suggestions for 1,000 ideas (the GUI runs this in a worker thread with progress).

Ideas are made from the labelled Swedish set (tests/data) by recombining halves of its texts, so vocabulary
and length are those of real notes. Baseline: only turning the same texts into word-stem TF-IDF vectors
(tokenising, stop-words, stemming), the part every text method pays; the figure adds letter sequences,
themes, similarities and grouping. Target: ≤ 1 s.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IDEAS = 1000


def sample_ideas(count: int) -> list[tuple[str, str]]:
    data = json.loads((ROOT / "tests" / "data" / "labelled_ideas_sv.json").read_text(encoding="utf-8"))
    texts = [t for group in data["groups"].values() for t in group]
    chooser = random.Random(4)
    out = []
    for n in range(count):
        a, b = chooser.choice(texts).split(), chooser.choice(texts).split()
        out.append((f"i{n}", " ".join(a[: max(2, len(a) // 2)] + b[len(b) // 2 :])))
    return out


def run() -> list[dict[str, object]]:
    sys.path.insert(0, str(ROOT))
    from workshop.domain.grouping import Weights, suggest_groups, vectors

    ideas = sample_ideas(IDEAS)
    started = time.perf_counter()
    vectors([t for _, t in ideas], "sv", Weights(words=1.0, grams=0.0, themes=0.0))
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    proposals = suggest_groups(ideas, "sv")
    figure = time.perf_counter() - started
    print(
        f"suggestions for {IDEAS} ideas: {figure * 1000:.0f} ms, {len(proposals)} groups "
        f"(word-stem vectors alone {baseline * 1000:.0f} ms)"
    )
    return [
        {
            "name": "grouping suggestions, 1,000 ideas",
            "figure": round(figure * 1000, 1),
            "baseline": round(baseline * 1000, 1),
            "unit": "ms",
            "target": "≤ 1000 ms",
        },
    ]


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
