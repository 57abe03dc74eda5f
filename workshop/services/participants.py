"""Add, edit, mark present, reorder and remove the people taking part."""

from __future__ import annotations

import dataclasses
from typing import Any

from workshop.domain.errors import NotFoundError
from workshop.domain.participant import Participant
from workshop.domain.voting import Ballot, Vote
from workshop.services.changes import Area, ChangeSet
from workshop.services.editable_fields import check_editable
from workshop.store import ideas as idea_rows
from workshop.store import voting as voting_rows
from workshop.store.library import Library
from workshop.store.tables import PARTICIPANTS

EDITABLE_FIELDS = {"name", "organisation", "role", "present"}


def list_participants(lib: Library, workshop_id: str) -> list[Participant]:
    return PARTICIPANTS.for_workshop(lib, workshop_id)


def get(lib: Library, participant_id: str) -> Participant:
    participant = PARTICIPANTS.get(lib, participant_id)
    if participant is None:
        raise NotFoundError("participant", participant_id)
    return participant


def add(lib: Library, workshop_id: str, name: str, **fields: Any) -> tuple[Participant, ChangeSet]:
    with lib.atomic():
        fields.setdefault("position", PARTICIPANTS.next_position(lib, workshop_id))
        participant = Participant.new(workshop_id, name, **fields)
        PARTICIPANTS.insert(lib, participant)
    return participant, ChangeSet.of(workshop_id, Area.PARTICIPANTS, Area.LIBRARY, ids=[participant.id])


def update(lib: Library, participant_id: str, **changes: Any) -> tuple[Participant, ChangeSet]:
    check_editable(changes, EDITABLE_FIELDS)
    with lib.atomic():
        updated = dataclasses.replace(get(lib, participant_id), **changes).validated()
        PARTICIPANTS.update(lib, updated)
    return updated, ChangeSet.of(updated.workshop_id, Area.PARTICIPANTS, ids=[participant_id])


@dataclasses.dataclass(frozen=True)
class RemovedParticipant:
    """Everything needed to undo a removal."""

    participant: Participant
    authored_idea_ids: tuple[str, ...]
    ballots: tuple[Ballot, ...] = ()  # their turns in voting rounds, gone with them (ON DELETE CASCADE)
    votes: tuple[Vote, ...] = ()


def remove(lib: Library, participant_id: str) -> tuple[RemovedParticipant, ChangeSet]:
    """Remove a person; their ideas stay, as anonymous."""
    with lib.atomic():
        participant = get(lib, participant_id)
        removed = RemovedParticipant(
            participant,
            tuple(idea_rows.authored_by(lib, participant_id)),
            tuple(voting_rows.ballots_by_participant(lib, participant_id)),
            tuple(voting_rows.votes_by_participant(lib, participant_id)),
        )
        PARTICIPANTS.delete(lib, participant_id)
    changes = ChangeSet.of(
        participant.workshop_id, Area.PARTICIPANTS, Area.IDEAS, Area.VOTES, Area.LIBRARY, ids=[participant_id]
    )
    return removed, changes


def restore(lib: Library, removed: RemovedParticipant) -> ChangeSet:
    """Put a removed participant back exactly as they were (undo of remove)."""
    participant = removed.participant
    with lib.atomic():
        PARTICIPANTS.insert(lib, participant)
        idea_rows.set_author(lib, list(removed.authored_idea_ids), participant.id)
        for ballot in removed.ballots:
            voting_rows.put_ballot(lib, ballot)
        voting_rows.insert_votes(lib, removed.votes)
    return ChangeSet.of(
        participant.workshop_id, Area.PARTICIPANTS, Area.IDEAS, Area.VOTES, Area.LIBRARY, ids=[participant.id]
    )


def reorder(lib: Library, workshop_id: str, ordered_ids: list[str]) -> ChangeSet:
    with lib.atomic():
        PARTICIPANTS.set_positions(lib, ordered_ids)
    return ChangeSet.of(workshop_id, Area.PARTICIPANTS)
