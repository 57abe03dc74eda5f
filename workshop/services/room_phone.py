"""What a phone does in the room: write an idea, cast a ballot — through the same services and rules as
the console and the shared screen — and what it is shown.

Each write is one transaction that also records the device's sequence number and its reply, so a write
re-sent after a dropped answer is answered again and counted once (see workshop/room/API.md).
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from workshop.domain.agenda import PhaseKind
from workshop.domain.errors import NotFoundError
from workshop.domain.idea import Idea
from workshop.domain.question import Question
from workshop.domain.room import Device, Resend, RoomRefusal, ballot_items, classify_seq, visible_ideas
from workshop.domain.voting import BallotState, ScoringBy, VotingMethod, VotingRound, VotingTarget
from workshop.domain.voting_rules import is_own
from workshop.domain.workshop import Workshop
from workshop.services import ballots, ideas, questions, timer, voting
from workshop.services.changes import Area, ChangeSet
from workshop.services.timer import TimerState
from workshop.store import room as room_rows
from workshop.store import voting as voting_rows
from workshop.store.library import Library
from workshop.store.tables import PARTICIPANTS, WORKSHOPS

Reply = dict[str, Any]


def _fresh(lib: Library, device: Device) -> Device:
    """The device as the store has it now, inside the write's transaction (it may have been removed)."""
    found = room_rows.device(lib, device.id)
    if found is None or not found.active:
        raise RoomRefusal("no_device")
    return found


def _resent(device: Device, seq: object) -> Reply | None:
    if classify_seq(seq, device.last_seq) == Resend.SAME:
        return json.loads(device.last_reply) if device.last_reply else {"seq": seq}
    return None


def _record(lib: Library, device: Device, seq: int, reply: Reply) -> Reply:
    room_rows.record_write(lib, device.id, seq, json.dumps(reply, ensure_ascii=False))
    return reply


def _room_changes(device: Device) -> ChangeSet:
    return ChangeSet.of(device.workshop_id, Area.ROOM, ids=[device.id])


def write_idea(lib: Library, device: Device, seq: object, text: object) -> tuple[Reply, ChangeSet]:
    """One idea from a phone, for the question in focus; in silent writing it goes to the hidden queue."""
    if not isinstance(text, str):
        raise RoomRefusal("bad_field", field="text")
    with lib.atomic():
        device = _fresh(lib, device)
        again = _resent(device, seq)
        if again is not None:
            return again, ChangeSet.of(device.workshop_id)
        phase = timer.state(lib, device.workshop_id).phase
        if phase is not None and phase.kind != PhaseKind.IDEAS:
            raise RoomRefusal("wrong_phase")
        focus = questions.focus_question(lib, device.workshop_id)
        idea, changes = ideas.add(
            lib,
            device.workshop_id,
            text,
            author_id=device.participant_id,
            question_id=focus.id if focus else None,
        )
        reply = {"idea": {"id": idea.id, "text": idea.text, "own": True}, "seq": seq}
        _record(lib, device, seq, reply)  # type: ignore[arg-type]
    return reply, changes | _room_changes(device)


def phone_round(lib: Library, workshop_id: str) -> VotingRound | None:
    """The round a phone votes in: the one on the shared screen."""
    return voting.round_on_screen(lib, workshop_id)


def phone_can_vote(voting_round: VotingRound) -> bool:
    """Dots, and scores given by each person, are cast from phones; a paper tally and the group's
    scores are typed in on the console."""
    if voting_round.method == VotingMethod.DOTS:
        return True
    return voting_round.method == VotingMethod.SCORING and voting_round.scoring_by == ScoringBy.EACH


def _ballot_items(
    lib: Library, voting_round: VotingRound, all_ideas: list[Idea] | None = None
) -> dict[str, tuple[str, tuple[str | None, ...]]]:
    """Item id -> (text, authors) of what a phone may vote on (hidden ideas are not on the ballot).

    *all_ideas*: the workshop's ideas when the caller has read them already (the same items as
    ``voting.items_for`` gives for a round on ideas: those not merged into another)."""
    if voting_round.target == VotingTarget.IDEAS:
        ideas_now = all_ideas if all_ideas is not None else ideas.list_ideas(lib, voting_round.workshop_id)
        shown = [i for i in ideas_now if i.merged_into is None]
        allowed = set(ballot_items([i.id for i in shown], [i.id for i in shown if not i.revealed]))
        return {i.id: (i.text, (i.author_id,)) for i in shown if i.id in allowed}
    return {i.id: (i.text, i.authors) for i in voting.items_for(lib, voting_round)}


def _votable(lib: Library, voting_round: VotingRound) -> set[str]:
    """The ids of :func:`_ballot_items`, read cheaply for a write (a burst of ballots reads it 60 times)."""
    clusters = voting_round.target == VotingTarget.CLUSTERS
    return set(room_rows.ballot_item_ids(lib, voting_round.workshop_id, clusters))


def _whole_number(value: object, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise RoomRefusal("bad_field", field=field)
    return value


def _parse_dots(dots: object) -> dict[str, int]:
    if not isinstance(dots, Mapping):
        raise RoomRefusal("bad_field", field="dots")
    return {str(k): _whole_number(v, "dots") for k, v in dots.items()}


def _parse_scores(scores: object) -> dict[str, tuple[int | None, int | None]]:
    if not isinstance(scores, Mapping):
        raise RoomRefusal("bad_field", field="scores")
    out: dict[str, tuple[int | None, int | None]] = {}
    for key, pair in scores.items():
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise RoomRefusal("bad_field", field="scores")
        a, b = (None if v is None else _whole_number(v, "scores") for v in pair)
        out[str(key)] = (a, b)
    return out


def cast_ballot(
    lib: Library, device: Device, seq: object, round_id: object, dots: object = None, scores: object = None
) -> tuple[Reply, ChangeSet]:
    """A whole ballot from a phone, cast at once: the same limits, own-idea rule and round state as on
    the shared screen (voting_rules via the ballots service). The reply says it is counted — it is sent
    after the commit."""
    if not isinstance(round_id, str):
        raise RoomRefusal("bad_field", field="round_id")
    with lib.atomic():
        device = _fresh(lib, device)
        again = _resent(device, seq)
        if again is not None:
            return again, ChangeSet.of(device.workshop_id)
        voting_round = phone_round(lib, device.workshop_id)
        if voting_round is None:
            raise RoomRefusal("no_round")
        if voting_round.id != round_id or voting_round.status != "open":
            raise RoomRefusal("stale_round")
        if not phone_can_vote(voting_round):
            raise RoomRefusal("not_on_phone")
        mine = voting_rows.ballot(lib, voting_round.id, device.participant_id)
        if mine is not None and mine.state in (BallotState.DONE, BallotState.SKIPPED):
            raise RoomRefusal("ballot_done")
        allowed = _votable(lib, voting_round)
        if voting_round.method == VotingMethod.DOTS:
            wanted = _parse_dots(dots)
            unknown = [item for item, count in wanted.items() if count and item not in allowed]
            if unknown:
                raise NotFoundError("idea", unknown[0])
            _, changes = ballots.enter_ballot(lib, voting_round.id, device.participant_id, wanted)
        else:
            given = _parse_scores(scores)
            unknown = [item for item in given if item not in allowed]
            if unknown:
                raise NotFoundError("idea", unknown[0])
            _, changes = ballots.set_scores(lib, voting_round.id, device.participant_id, given, done=True)
        reply = {"counted": True, "seq": seq, "round_id": voting_round.id}
        _record(lib, device, seq, reply)  # type: ignore[arg-type]
    return reply, changes | _room_changes(device)


# --- What a phone is shown --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _RoomNow:
    """What every phone's view is made from at one version of the library (read once for all phones:
    after each live message all of them fetch their view, 60 reads of the same rows otherwise)."""

    workshop: Workshop
    state: TimerState
    focus: Question | None
    ideas: list[Idea]
    voting_round: VotingRound | None
    allowed: dict[str, tuple[str, tuple[str | None, ...]]]
    results: list[Reply] | None


_rooms_now: weakref.WeakKeyDictionary[Library, tuple[tuple[object, ...], _RoomNow]] = (
    weakref.WeakKeyDictionary()
)


def _room_now(lib: Library, workshop_id: str) -> _RoomNow:
    version = (workshop_id, *lib.version())
    cached = _rooms_now.get(lib)
    if cached is not None and cached[0] == version:
        return cached[1]
    workshop = WORKSHOPS.get(lib, workshop_id)
    if workshop is None:
        raise RoomRefusal("no_device")
    all_ideas = ideas.list_ideas(lib, workshop_id)
    voting_round = phone_round(lib, workshop_id)
    allowed = _ballot_items(lib, voting_round, all_ideas) if voting_round is not None else {}
    results = None
    if voting_round is not None and voting_round.revealed:  # totals only after the reveal, never names
        results = [
            {"item_id": r.item_id, "dots": r.dots, "score_a": r.score_a, "score_b": r.score_b, "rank": r.rank}
            for r in voting.results_for(lib, voting_round.id)
            if r.item_id in allowed
        ]
    now = _RoomNow(
        workshop,
        timer.state(lib, workshop_id),
        questions.focus_question(lib, workshop_id),
        all_ideas,
        voting_round,
        allowed,
        results,
    )
    _rooms_now[lib] = (version, now)
    return now


def phone_view(lib: Library, device: Device, now: datetime | None = None) -> Reply:
    """Everything this phone may see now: never an author's name, never totals before the reveal, and in
    silent writing only its own ideas besides those the room has seen."""
    moment = now or datetime.now(UTC)
    room = _room_now(lib, device.workshop_id)
    workshop, state = room.workshop, room.state
    me = PARTICIPANTS.get(lib, device.participant_id)
    phase = None
    if state.phase is not None and state.clock is not None:
        phase = {
            "kind": str(state.phase.kind),
            "title": state.phase.title,
            "running": state.clock.running,
            "remaining_ms": state.clock.remaining_ms(moment),
            "allowed_ms": state.clock.allowed_ms,
        }
    focus = room.focus
    shown = visible_ideas(room.ideas, device.participant_id)
    return {
        "workshop": {"title": workshop.title, "language": str(workshop.language)},
        "me": {
            "device_id": device.id,
            "name": me.name if me else "",
            "anonymous": device.anonymous,
            "last_seq": device.last_seq,
        },
        "phase": phase,
        "question": {"id": focus.id, "text": focus.text} if focus else None,
        "silent": workshop.silent_mode,
        "ideas": [{"id": i.id, "text": i.text, "own": i.author_id == device.participant_id} for i in shown],
        "round": _round_view(lib, device, room),
    }


def _round_view(lib: Library, device: Device, room: _RoomNow) -> Reply | None:
    voting_round = room.voting_round
    if voting_round is None:
        return None
    me = device.participant_id
    allowed = room.allowed
    mine = voting_rows.ballot(lib, voting_round.id, me)
    view: Reply = {
        "id": voting_round.id,
        "title": voting_round.title,
        "method": str(voting_round.method),
        "status": str(voting_round.status),
        "dots_per_person": voting_round.dots_per_person,
        "max_per_item": voting_round.max_per_item,
        "allow_own": voting_round.allow_own,
        "anonymous": voting_round.anonymous,
        "criteria": [voting_round.criterion_a, voting_round.criterion_b],
        "phone_can_vote": phone_can_vote(voting_round),
        "state": str(mine.state if mine else BallotState.WAITING),
        "items": [
            {
                "id": item_id,
                "text": text,
                "own": is_own(authors, me),
                "may_vote": voting_round.allow_own or not is_own(authors, me),
            }
            for item_id, (text, authors) in allowed.items()
        ],
        "my_dots": ballots.ballot_for(lib, voting_round.id, me),
        "my_scores": {k: list(v) for k, v in ballots.scores_for(lib, voting_round.id, me).items()},
        "revealed": voting_round.revealed,
    }
    if room.results is not None:  # totals reach a phone only after the reveal, and never with names
        view["results"] = room.results
    return view
