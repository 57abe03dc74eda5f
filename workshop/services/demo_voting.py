"""The demo workshop's votes: a finished, revealed dot-voting round and a scoring round.

The dots follow a fixed pattern (no randomness), so the demo shows the same winners, one tie and a
realistic spread every time. It works with or without clusters on the board: the scoring round is held
on the clusters when there are any, else on the dot round's winners.
"""

from __future__ import annotations

from workshop.domain.voting import ScoringBy, VotingMethod, VotingTarget
from workshop.services import ballots, participants, voting
from workshop.services.changes import Area, ChangeSet
from workshop.store.library import Library
from workshop.store.tables import CLUSTERS

FAVOURITES = (0, 2, 7, 18, 25, 26, 14, 9)  # positions among the ideas the room liked most
# Each person's five dots as (favourite number, dots): a clear winner, a runner-up and two ties.
BALLOTS = (
    ((0, 2), (1, 2), (2, 1)),
    ((0, 3), (3, 1), (4, 1)),
    ((1, 2), (0, 1), (5, 2)),
    ((2, 2), (0, 2), (6, 1)),
    ((1, 3), (7, 2)),
    ((0, 2), (2, 2), (3, 1)),
    ((3, 2), (4, 2), (1, 1)),
    ((5, 3), (0, 1), (6, 1)),
    ((2, 2), (1, 1), (7, 1), (4, 1)),
    ((0, 1), (3, 2), (6, 2)),
    ((4, 3), (2, 2)),
    ((1, 2), (0, 1), (5, 1), (7, 1)),
)
DOT_TITLE = "Vilka idéer tar vi vidare?"
SCORING_TITLE = "Effekt och insats"
SCORES = ((5, 2), (4, 4), (5, 4), (3, 1), (2, 2), (4, 2), (2, 5), (3, 3), (1, 2), (4, 5))


def _dots_for(person_number: int, items: list[str]) -> dict[str, int]:
    ballot: dict[str, int] = {}
    for favourite, dots in BALLOTS[person_number % len(BALLOTS)]:
        item = items[FAVOURITES[favourite] % len(items)]
        ballot[item] = min(3, ballot.get(item, 0) + dots)
    return ballot


def add_demo_voting(lib: Library, workshop_id: str) -> ChangeSet:
    """Add both rounds in one transaction; returns the change set for the demo's own."""
    with lib.atomic():
        dots, _ = voting.create_round(lib, workshop_id, DOT_TITLE, VotingMethod.DOTS)
        items = [item.id for item in voting.items_for(lib, dots)]
        if items:
            for number, person in enumerate(participants.list_participants(lib, workshop_id)):
                ballots.enter_ballot(lib, dots.id, person.id, _dots_for(number, items))
        voting.close_round(lib, dots.id)
        voting.reveal(lib, dots.id)

        on_clusters = bool(CLUSTERS.for_workshop(lib, workshop_id))
        scoring, _ = voting.create_round(
            lib,
            workshop_id,
            SCORING_TITLE,
            VotingMethod.SCORING,
            target=VotingTarget.CLUSTERS if on_clusters else VotingTarget.IDEAS,
            scoring_by=ScoringBy.GROUP,
        )
        if on_clusters:
            scored = [item.id for item in voting.items_for(lib, scoring)]
        else:
            scored = [r.item_id for r in voting.results_for(lib, dots.id)[:8]]
        scores = {item_id: SCORES[n % len(SCORES)] for n, item_id in enumerate(scored)}
        ballots.set_scores(lib, scoring.id, None, {k: (a, b) for k, (a, b) in scores.items()})
        voting.close_round(lib, scoring.id)
        voting.reveal(lib, scoring.id)
    return ChangeSet.of(workshop_id, Area.VOTES, Area.PRESENTER)
