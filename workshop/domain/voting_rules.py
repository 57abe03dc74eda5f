"""The rules of voting: results, ranks and ties. (Limits and ballot rules are added beside these.)"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workshop.domain.voting import Vote, VotingMethod, VotingRound


@dataclass(frozen=True)
class ItemResult:
    """One item's result in a round. Rank 1 is the winner; tied items share a rank."""

    item_id: str
    dots: int
    score_a: float | None
    score_b: float | None
    voters: int
    rank: int
    tied: bool


def canonical_item(item_id: str, merged_into: Mapping[str, str]) -> str:
    """Votes for a merged duplicate count for the note it was merged into (following chains)."""
    seen = {item_id}
    while item_id in merged_into:
        item_id = merged_into[item_id]
        if item_id in seen:  # a cycle would be a bug elsewhere; stop rather than loop
            break
        seen.add(item_id)
    return item_id


def results(
    voting_round: VotingRound,
    votes: Sequence[Vote],
    items: Sequence[str],
    merged_into: Mapping[str, str] | None = None,
) -> list[ItemResult]:
    """Totals per item (every item in *items*, also those with no votes), best first.

    Dots and tallies rank by dots. Scoring ranks by mean score on criterion a (impact), then by the
    lower mean on criterion b (effort). Equal keys share a rank and are marked tied.
    """
    merged = merged_into or {}
    dots: dict[str, int] = {item: 0 for item in items}
    scores_a: dict[str, list[int]] = {item: [] for item in items}
    scores_b: dict[str, list[int]] = {item: [] for item in items}
    voters: dict[str, set[str]] = {item: set() for item in items}
    for vote in votes:
        item = canonical_item(vote.item_id, merged)
        if item not in dots:
            continue
        dots[item] += vote.dots
        if vote.score_a is not None:
            scores_a[item].append(vote.score_a)
        if vote.score_b is not None:
            scores_b[item].append(vote.score_b)
        if vote.dots or vote.score_a is not None or vote.score_b is not None:
            voters[item].add(vote.participant_id or "")

    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    def key(item: str) -> tuple[float, ...]:
        if voting_round.method == VotingMethod.SCORING:
            a = mean(scores_a[item])
            b = mean(scores_b[item])
            return (-(a if a is not None else 0.0), b if b is not None else 6.0)
        return (-float(dots[item]),)

    order = {item: position for position, item in enumerate(items)}
    ordered = sorted(items, key=lambda item: (key(item), order[item]))
    out: list[ItemResult] = []
    rank = 0
    previous: tuple[float, ...] | None = None
    keys = [key(item) for item in ordered]
    how_many = Counter(keys)
    for position, item in enumerate(ordered):
        if keys[position] != previous:
            rank = position + 1
            previous = keys[position]
        tied = how_many[keys[position]] > 1
        out.append(
            ItemResult(
                item_id=item,
                dots=dots[item],
                score_a=mean(scores_a[item]),
                score_b=mean(scores_b[item]),
                voters=len(voters[item]),
                rank=rank,
                tied=tied,
            )
        )
    return out
