"""Voting rounds: create, edit, open and close, reveal and hide, results, and actions for the winners.

One participant's ballot (dots, tallies, scores, turns) is in :mod:`workshop.services.ballots`. Every
function here is one transaction and returns what an undo needs together with the ChangeSet.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from workshop.domain.errors import NotFoundError, ValidationError
from workshop.domain.ids import new_id, now_iso
from workshop.domain.voting import (
    Ballot,
    RoundStatus,
    Vote,
    VotingItem,
    VotingMethod,
    VotingRound,
    VotingTarget,
)
from workshop.domain.voting_rules import ItemResult, default_criteria, named_ballots, results, validated_round
from workshop.services import actions
from workshop.services.changes import Area, ChangeSet
from workshop.services.editable_fields import check_editable
from workshop.store import voting as voting_rows
from workshop.store.library import Library
from workshop.store.tables import CLUSTERS, PARTICIPANTS, VOTING_ROUNDS, WORKSHOPS

EDITABLE_FIELDS = {
    "title",
    "method",
    "target",
    "dots_per_person",
    "max_per_item",
    "allow_own",
    "anonymous",
    "criterion_a",
    "criterion_b",
    "scoring_by",
    "status",
    "revealed",
    "on_screen",
}
SHAPE_FIELDS = {"method", "target", "scoring_by"}  # changing these would change what existing votes mean


@dataclass(frozen=True)
class RemovedRound:
    """A deleted round with everything cast in it, so undo brings back the exact result."""

    voting_round: VotingRound
    ballots: tuple[Ballot, ...]
    votes: tuple[Vote, ...]


def _changes(workshop_id: str, round_id: str, *extra: Area) -> ChangeSet:
    return ChangeSet.of(workshop_id, Area.VOTES, *extra, ids=[round_id])


def list_rounds(lib: Library, workshop_id: str) -> list[VotingRound]:
    return VOTING_ROUNDS.for_workshop(lib, workshop_id)


def get_round(lib: Library, round_id: str) -> VotingRound:
    found = VOTING_ROUNDS.get(lib, round_id)
    if found is None:
        raise NotFoundError("voting_round", round_id)
    return found


def find_round(lib: Library, round_id: str) -> VotingRound | None:
    return VOTING_ROUNDS.get(lib, round_id)


def has_votes(lib: Library, round_id: str) -> bool:
    """Deleting or reshaping a round with votes asks first (or is refused)."""
    return bool(voting_rows.votes_for_round(lib, round_id))


def has_clusters(lib: Library, workshop_id: str) -> bool:
    return bool(CLUSTERS.for_workshop(lib, workshop_id))


def round_on_screen(lib: Library, workshop_id: str) -> VotingRound | None:
    """The round the room sees: the one the facilitator put on screen, else the newest."""
    rounds = list_rounds(lib, workshop_id)
    return next((r for r in rounds if r.on_screen), rounds[-1] if rounds else None)


def create_round(
    lib: Library, workshop_id: str, title: str, method: VotingMethod | str, **rules: Any
) -> tuple[VotingRound, ChangeSet]:
    """A new open, hidden round, put on the shared screen. Scoring gets impact/effort in the workshop's
    language unless other criteria are given."""
    check_editable(rules, EDITABLE_FIELDS)
    with lib.atomic():
        workshop = WORKSHOPS.get(lib, workshop_id)
        if workshop is None:
            raise NotFoundError("workshop", workshop_id)
        criterion_a, criterion_b = default_criteria(workshop.language)
        rules.setdefault("criterion_a", criterion_a)
        rules.setdefault("criterion_b", criterion_b)
        rules.setdefault("on_screen", True)
        made = validated_round(
            VotingRound(
                id=new_id(),
                workshop_id=workshop_id,
                title=title,
                method=VotingMethod(method),
                position=VOTING_ROUNDS.next_position(lib, workshop_id),
                created_at=now_iso(),
                **rules,
            )
        )
        if made.on_screen:
            voting_rows.clear_on_screen(lib, workshop_id)
        VOTING_ROUNDS.insert(lib, made)
    return made, _changes(workshop_id, made.id, Area.PRESENTER)


def update_round(lib: Library, round_id: str, **changes: Any) -> tuple[VotingRound, ChangeSet]:
    """Change a round's title, rules or state. Returns the round as it was before, for undo."""
    check_editable(changes, EDITABLE_FIELDS)
    with lib.atomic():
        before = get_round(lib, round_id)
        after = validated_round(dataclasses.replace(before, **changes))
        reshaped = any(getattr(before, name) != getattr(after, name) for name in SHAPE_FIELDS)
        if reshaped and voting_rows.votes_for_round(lib, round_id):
            raise ValidationError("round_has_votes", "voting_round")
        if after.on_screen and not before.on_screen:
            voting_rows.clear_on_screen(lib, before.workshop_id)
        VOTING_ROUNDS.update(lib, after)
    return before, _changes(before.workshop_id, round_id, Area.PRESENTER)


def close_round(lib: Library, round_id: str) -> tuple[VotingRound, ChangeSet]:
    return update_round(lib, round_id, status=RoundStatus.CLOSED)


def reopen_round(lib: Library, round_id: str) -> tuple[VotingRound, ChangeSet]:
    return update_round(lib, round_id, status=RoundStatus.OPEN)


def reveal(lib: Library, round_id: str) -> tuple[VotingRound, ChangeSet]:
    """Show the totals, on the shared screen too (the round is put on screen)."""
    return update_round(lib, round_id, revealed=True, on_screen=True)


def hide(lib: Library, round_id: str) -> tuple[VotingRound, ChangeSet]:
    return update_round(lib, round_id, revealed=False)


def put_on_screen(lib: Library, round_id: str) -> tuple[VotingRound, ChangeSet]:
    return update_round(lib, round_id, on_screen=True)


def restore_state(lib: Library, before: VotingRound) -> ChangeSet:
    """Undo of any update_round: put back the fields as they were (and which round was on screen)."""
    fields = {name: getattr(before, name) for name in EDITABLE_FIELDS}
    with lib.atomic():
        current = get_round(lib, before.id)
        if before.on_screen and not current.on_screen:
            voting_rows.clear_on_screen(lib, before.workshop_id)
        VOTING_ROUNDS.update(lib, dataclasses.replace(current, **fields))
    return _changes(before.workshop_id, before.id, Area.PRESENTER)


def remove_round(lib: Library, round_id: str) -> tuple[RemovedRound, ChangeSet]:
    with lib.atomic():
        gone = RemovedRound(
            get_round(lib, round_id),
            tuple(voting_rows.ballots_for_round(lib, round_id)),
            tuple(voting_rows.votes_for_round(lib, round_id)),
        )
        VOTING_ROUNDS.delete(lib, round_id)  # ballots and votes follow (ON DELETE CASCADE)
    return gone, _changes(gone.voting_round.workshop_id, round_id, Area.PRESENTER)


def restore_round(lib: Library, removed: RemovedRound) -> ChangeSet:
    voting_round = removed.voting_round
    with lib.atomic():
        if voting_round.on_screen:
            voting_rows.clear_on_screen(lib, voting_round.workshop_id)
        VOTING_ROUNDS.insert(lib, voting_round)
        for ballot in removed.ballots:
            voting_rows.put_ballot(lib, ballot)
        voting_rows.insert_votes(lib, removed.votes)
    return _changes(voting_round.workshop_id, voting_round.id, Area.PRESENTER)


def items_for(lib: Library, voting_round: VotingRound) -> list[VotingItem]:
    """What the room votes on: the ideas (merged duplicates live inside their note) or the clusters."""
    if voting_round.target == VotingTarget.CLUSTERS:
        authors = voting_rows.cluster_authors(lib, voting_round.workshop_id)
        return [
            VotingItem(c.id, c.title, tuple(authors.get(c.id, ())))
            for c in CLUSTERS.for_workshop(lib, voting_round.workshop_id)
        ]
    return [
        VotingItem(idea_id, text, (author_id,))
        for idea_id, text, author_id in voting_rows.idea_items(lib, voting_round.workshop_id)
    ]


def results_for(lib: Library, round_id: str) -> list[ItemResult]:
    """The round's totals, best first, merged duplicates counted together. Whether they may be shown is
    decided by voting_rules.totals_visible, not here."""
    voting_round = get_round(lib, round_id)
    items = [item.id for item in items_for(lib, voting_round)]
    merged = voting_rows.merged_ideas(lib, voting_round.workshop_id)
    return results(voting_round, voting_rows.votes_for_round(lib, round_id), items, merged)


def who_voted_for(lib: Library, round_id: str) -> dict[str, list[str]]:
    """Names of the voters per item, for a named round after the reveal; empty for an anonymous one."""
    voting_round = get_round(lib, round_id)
    merged = voting_rows.merged_ideas(lib, voting_round.workshop_id)
    per_person = named_ballots(voting_round, voting_rows.votes_for_round(lib, round_id), merged)
    names = {p.id: p.name for p in PARTICIPANTS.for_workshop(lib, voting_round.workshop_id)}
    out: dict[str, list[str]] = {}
    for person, ballot in per_person.items():
        for item_id, dots in ballot.items():
            out.setdefault(item_id, []).append(f"{names.get(person, '?')} ({dots})")
    return out


def winners(lib: Library, round_id: str, top: int) -> list[ItemResult]:
    """The top *top* ranks with at least one vote; an item tied with the last place is included."""
    voting_round = get_round(lib, round_id)
    scoring = voting_round.method == VotingMethod.SCORING
    return [
        r
        for r in results_for(lib, round_id)
        if r.rank <= top and (r.score_a is not None if scoring else r.dots > 0)
    ]


def create_actions_for_top(lib: Library, round_id: str, top: int) -> tuple[actions.PlanFill, ChangeSet]:
    """Pre-fill the action plan with the winners that have no action yet; undo with actions.remove_many."""
    with lib.atomic():
        voting_round = get_round(lib, round_id)
        texts = {item.id: item.text for item in items_for(lib, voting_round)}
        key = "cluster_id" if voting_round.target == VotingTarget.CLUSTERS else "idea_id"
        drafts = [{"title": texts[r.item_id] or "…", key: r.item_id} for r in winners(lib, round_id, top)]
        return actions.add_unplanned(lib, voting_round.workshop_id, drafts, key)


def votes_on_idea(lib: Library, idea_id: str) -> int:
    """How many votes removing this idea would take away (the UI asks first when there are any)."""
    return votes_on_ideas(lib, [idea_id])


def votes_on_ideas(lib: Library, idea_ids: list[str]) -> int:
    return len(voting_rows.votes_on_items(lib, idea_ids))


def votes_of_participant(lib: Library, participant_id: str) -> int:
    return len(voting_rows.votes_by_participant(lib, participant_id))
