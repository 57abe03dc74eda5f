"""One person's ballot in a round: turns, dots, skipping, redoing, entering on someone's behalf, the paper
tally and scores.

Every change returns a :class:`BallotSnapshot` of the ballot as it was before, so one undo puts back
exactly that person's (or the tally's) votes and turn state, whatever the change was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workshop.domain.errors import NotFoundError, ValidationError
from workshop.domain.ids import new_id, now_iso
from workshop.domain.participant import Participant
from workshop.domain.voting import Ballot, BallotState, ScoringBy, Vote, VotingMethod, VotingRound
from workshop.domain.voting_rules import (
    Turnout,
    ballot_of,
    canonical_item,
    check_ballot,
    check_dots,
    check_score,
    check_tally,
    count_turnout,
    expected_voters,
    is_own,
    next_in_turn,
    require_open,
    scorer_ok,
)
from workshop.services.changes import Area, ChangeSet
from workshop.services.voting import get_round, items_for
from workshop.store import voting as voting_rows
from workshop.store.library import Library
from workshop.store.tables import PARTICIPANTS

Scores = tuple[int | None, int | None]


@dataclass(frozen=True)
class BallotSnapshot:
    """One participant's (None: the tally's or the group's) turn state and votes in one round."""

    round_id: str
    participant_id: str | None
    ballot: Ballot | None
    votes: tuple[Vote, ...]


@dataclass(frozen=True)
class Turn:
    participant: Participant
    state: BallotState


def snapshot(lib: Library, round_id: str, participant_id: str | None) -> BallotSnapshot:
    ballot = voting_rows.ballot(lib, round_id, participant_id) if participant_id else None
    return BallotSnapshot(
        round_id, participant_id, ballot, tuple(voting_rows.votes_of(lib, round_id, participant_id))
    )


def restore_ballot(lib: Library, snap: BallotSnapshot) -> ChangeSet:
    """Put one ballot back exactly as in *snap* (undo, and redo of an undone change)."""
    with lib.atomic():
        voting_round = get_round(lib, snap.round_id)
        voting_rows.delete_votes(lib, voting_rows.votes_of(lib, snap.round_id, snap.participant_id))
        voting_rows.insert_votes(lib, snap.votes)
        if snap.participant_id is not None:
            voting_rows.delete_ballot(lib, snap.round_id, snap.participant_id)
            if snap.ballot is not None:
                voting_rows.put_ballot(lib, snap.ballot)
    return _changes(voting_round, snap.participant_id)


def _changes(voting_round: VotingRound, participant_id: str | None) -> ChangeSet:
    ids = [voting_round.id] + ([participant_id] if participant_id else [])
    return ChangeSet.of(voting_round.workshop_id, Area.VOTES, ids=ids)


def turns(lib: Library, round_id: str) -> list[Turn]:
    """Everyone who votes, in roster order: those marked present (everyone if nobody is marked), plus
    anyone who already has a ballot."""
    people, states = _people_and_states(lib, round_id)
    return [Turn(p, states.get(p.id, BallotState.WAITING)) for p in expected_voters(people, states)]


def _people_and_states(lib: Library, round_id: str) -> tuple[list[Participant], dict[str, BallotState]]:
    voting_round = get_round(lib, round_id)
    people = PARTICIPANTS.for_workshop(lib, voting_round.workshop_id)
    return people, {b.participant_id: b.state for b in voting_rows.ballots_for_round(lib, round_id)}


def turnout(lib: Library, round_id: str) -> Turnout:
    """Of those present, who has voted and who not (the console's count and the reveal's question)."""
    people, states = _people_and_states(lib, round_id)
    return count_turnout(people, states)


def next_turn(lib: Library, round_id: str) -> Participant | None:
    order = turns(lib, round_id)
    wanted = next_in_turn([(t.participant.id, t.state) for t in order])
    return next((t.participant for t in order if t.participant.id == wanted), None)


def ballot_for(lib: Library, round_id: str, participant_id: str | None) -> dict[str, int]:
    """Dots per item for one participant; only the voter's own screen and the facilitator's entry use it."""
    voting_round = get_round(lib, round_id)
    merged = voting_rows.merged_ideas(lib, voting_round.workshop_id)
    return ballot_of(voting_rows.votes_of(lib, round_id, participant_id), participant_id, merged)


def scores_for(lib: Library, round_id: str, participant_id: str | None) -> dict[str, Scores]:
    return {v.item_id: (v.score_a, v.score_b) for v in voting_rows.votes_of(lib, round_id, participant_id)}


def _participant(lib: Library, voting_round: VotingRound, participant_id: str) -> Participant:
    person = PARTICIPANTS.get(lib, participant_id)
    if person is None or person.workshop_id != voting_round.workshop_id:
        raise NotFoundError("participant", participant_id)
    return person


def _set_state(lib: Library, round_id: str, participant_id: str, state: BallotState) -> None:
    voting_rows.put_ballot(lib, Ballot(round_id, participant_id, state, now_iso()))


def _still_voting(lib: Library, voting_round: VotingRound, person: Participant) -> None:
    current = voting_rows.ballot(lib, voting_round.id, person.id)
    if current is not None and current.state in (BallotState.DONE, BallotState.SKIPPED):
        raise ValidationError("ballot_done", "participant", name=person.name)


def _replace_votes(
    lib: Library, round_id: str, participant_id: str | None, drafts: Mapping[str, tuple[int, Scores]]
) -> None:
    voting_rows.delete_votes(lib, voting_rows.votes_of(lib, round_id, participant_id))
    stamp = now_iso()
    voting_rows.insert_votes(
        lib,
        (
            Vote(new_id(), round_id, item_id, participant_id, dots, a, b, stamp)
            for item_id, (dots, (a, b)) in drafts.items()
            if dots or a is not None or b is not None
        ),
    )


def set_dots(
    lib: Library, round_id: str, participant_id: str, item_id: str, count: int
) -> tuple[BallotSnapshot, ChangeSet]:
    """Put exactly *count* dots on one item (digits on the presenter); the limits decide if it may."""
    with lib.atomic():
        voting_round = get_round(lib, round_id)
        require_open(voting_round, VotingMethod.DOTS)
        person = _participant(lib, voting_round, participant_id)
        _still_voting(lib, voting_round, person)
        before = snapshot(lib, round_id, participant_id)
        merged = voting_rows.merged_ideas(lib, voting_round.workshop_id)
        item_id = canonical_item(item_id, merged)
        authors = {item.id: item.authors for item in items_for(lib, voting_round)}
        if item_id not in authors:
            raise NotFoundError("idea", item_id)
        ballot = ballot_of(before.votes, participant_id, merged)
        check_dots(voting_round, ballot, item_id, count, own=is_own(authors[item_id], participant_id))
        ballot[item_id] = count
        _replace_votes(lib, round_id, participant_id, {i: (n, (None, None)) for i, n in ballot.items()})
        _set_state(lib, round_id, participant_id, BallotState.VOTING)
    return before, _changes(voting_round, participant_id)


def place_dot(
    lib: Library, round_id: str, participant_id: str, item_id: str
) -> tuple[BallotSnapshot, ChangeSet]:
    current = ballot_for(lib, round_id, participant_id)
    merged = voting_rows.merged_ideas(lib, get_round(lib, round_id).workshop_id)
    return set_dots(
        lib, round_id, participant_id, item_id, current.get(canonical_item(item_id, merged), 0) + 1
    )


def remove_dot(
    lib: Library, round_id: str, participant_id: str, item_id: str
) -> tuple[BallotSnapshot, ChangeSet]:
    current = ballot_for(lib, round_id, participant_id)
    merged = voting_rows.merged_ideas(lib, get_round(lib, round_id).workshop_id)
    count = current.get(canonical_item(item_id, merged), 0)
    return set_dots(lib, round_id, participant_id, item_id, max(0, count - 1))


def _turn_change(
    lib: Library, round_id: str, participant_id: str, state: BallotState | None, clear: bool
) -> tuple[BallotSnapshot, ChangeSet]:
    with lib.atomic():
        voting_round = get_round(lib, round_id)
        if voting_round.method == VotingMethod.TALLY:
            raise ValidationError("wrong_method", "voting_round")
        require_open(voting_round, voting_round.method)
        _participant(lib, voting_round, participant_id)
        before = snapshot(lib, round_id, participant_id)
        if clear:
            voting_rows.delete_votes(lib, before.votes)
        if state is None:
            voting_rows.delete_ballot(lib, round_id, participant_id)
        else:
            _set_state(lib, round_id, participant_id, state)
    return before, _changes(voting_round, participant_id)


def finish_ballot(lib: Library, round_id: str, participant_id: str) -> tuple[BallotSnapshot, ChangeSet]:
    """Done: the ballot is cast and the screen passes to the next person."""
    return _turn_change(lib, round_id, participant_id, BallotState.DONE, clear=False)


def skip(lib: Library, round_id: str, participant_id: str) -> tuple[BallotSnapshot, ChangeSet]:
    """An absent person does not vote; any dots they had placed do not count."""
    return _turn_change(lib, round_id, participant_id, BallotState.SKIPPED, clear=True)


def redo_ballot(lib: Library, round_id: str, participant_id: str) -> tuple[BallotSnapshot, ChangeSet]:
    """Let someone vote again from scratch: their dots are cleared and they wait for their turn."""
    return _turn_change(lib, round_id, participant_id, None, clear=True)


def enter_ballot(
    lib: Library, round_id: str, participant_id: str, dots: Mapping[str, int]
) -> tuple[BallotSnapshot, ChangeSet]:
    """The facilitator types a whole ballot for someone (e.g. who cannot reach the screen)."""
    with lib.atomic():
        voting_round = get_round(lib, round_id)
        require_open(voting_round, VotingMethod.DOTS)
        _participant(lib, voting_round, participant_id)
        before = snapshot(lib, round_id, participant_id)
        items = {item.id: item.authors for item in items_for(lib, voting_round)}
        unknown = [item_id for item_id, count in dots.items() if count and item_id not in items]
        if unknown:
            raise NotFoundError("idea", unknown[0])
        own = {item_id for item_id in dots if is_own(items[item_id], participant_id)}
        check_ballot(voting_round, dots, own)
        _replace_votes(lib, round_id, participant_id, {i: (n, (None, None)) for i, n in dots.items()})
        _set_state(lib, round_id, participant_id, BallotState.DONE)
    return before, _changes(voting_round, participant_id)


def set_tally(lib: Library, round_id: str, item_id: str, count: int) -> tuple[BallotSnapshot, ChangeSet]:
    """The counted paper dots on one item (0 clears it)."""
    with lib.atomic():
        voting_round = get_round(lib, round_id)
        require_open(voting_round, VotingMethod.TALLY)
        check_tally(count)
        if item_id not in {item.id for item in items_for(lib, voting_round)}:
            raise NotFoundError("idea", item_id)
        before = snapshot(lib, round_id, None)
        tally = {v.item_id: (v.dots, (None, None)) for v in before.votes}
        tally[item_id] = (count, (None, None))
        _replace_votes(lib, round_id, None, tally)
    return before, _changes(voting_round, None)


def set_scores(
    lib: Library,
    round_id: str,
    participant_id: str | None,
    scores: Mapping[str, Scores],
    *,
    done: bool = False,
) -> tuple[BallotSnapshot, ChangeSet]:
    """Scores (1-5 each, None: not yet) for some items, by one participant or (None) by the group.

    Items not named keep their scores; *done* also casts a participant's ballot.
    """
    with lib.atomic():
        voting_round = get_round(lib, round_id)
        require_open(voting_round, VotingMethod.SCORING)
        scorer_ok(voting_round, participant_id)
        if participant_id is not None:
            person = _participant(lib, voting_round, participant_id)
            if not done:
                _still_voting(lib, voting_round, person)
        known = {item.id for item in items_for(lib, voting_round)}
        for item_id, (a, b) in scores.items():
            if item_id not in known:
                raise NotFoundError("idea", item_id)
            check_score(a)
            check_score(b)
        before = snapshot(lib, round_id, participant_id)
        current = {v.item_id: (0, (v.score_a, v.score_b)) for v in before.votes}
        current.update({item_id: (0, pair) for item_id, pair in scores.items()})
        _replace_votes(lib, round_id, participant_id, current)
        if participant_id is not None:
            state = BallotState.DONE if done else BallotState.VOTING
            _set_state(lib, round_id, participant_id, state)
    return before, _changes(voting_round, participant_id)


def scored_by_group(voting_round: VotingRound) -> bool:
    return voting_round.method == VotingMethod.SCORING and voting_round.scoring_by == ScoringBy.GROUP
