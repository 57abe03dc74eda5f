"""Undoable edits of the people taking part: add, edit, mark present, remove."""

from __future__ import annotations

from typing import Any

from workshop.domain.participant import Participant
from workshop.services import participants
from workshop.services.changes import ChangeSet
from workshop.ui.commands.library_edit import FieldsEdit, LibraryEdit


class AddParticipant(LibraryEdit):
    def __init__(self, text: str, workshop_id: str, name: str, **fields: Any) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.name = name
        self.fields = fields
        self.participant: Participant | None = None

    def do(self) -> ChangeSet:
        if self.participant is not None:
            return participants.restore(self.lib, participants.RemovedParticipant(self.participant, ()))
        self.participant, changes = participants.add(self.lib, self.workshop_id, self.name, **self.fields)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.participant is not None
        return participants.remove(self.lib, self.participant.id)[1]


class EditParticipant(FieldsEdit):
    def __init__(self, text: str, participant_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(text, participants.update, participant_id, before, after)


class RemoveParticipant(LibraryEdit):
    """Remove a person; their ideas become anonymous, and come back to them on undo."""

    def __init__(self, text: str, participant_id: str) -> None:
        super().__init__(text)
        self.participant_id = participant_id
        self.removed: participants.RemovedParticipant | None = None

    def do(self) -> ChangeSet:
        self.removed, changes = participants.remove(self.lib, self.participant_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.removed is not None
        return participants.restore(self.lib, self.removed)
