"""Undoable edits of the agenda: add, rename, retime, reorder and remove phases, and give the running
phase more time (+1/+5 minutes). Starting and moving on are not undoable: they record when things
actually happened."""

from __future__ import annotations

from typing import Any

from workshop.domain.agenda import AgendaItem, PhaseKind
from workshop.services import agenda, timer
from workshop.services.changes import ChangeSet
from workshop.ui.commands.library_edit import FieldsEdit, LibraryEdit, Reorder


class AddPhase(LibraryEdit):
    def __init__(self, text: str, workshop_id: str, kind: PhaseKind, title: str, **fields: Any) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.kind = kind
        self.title = title
        self.fields = fields
        self.item: AgendaItem | None = None

    def do(self) -> ChangeSet:
        if self.item is not None:
            return agenda.restore(self.lib, self.item)
        self.item, changes = agenda.add(self.lib, self.workshop_id, self.kind, self.title, **self.fields)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.item is not None
        return agenda.remove(self.lib, self.item.id)[1]


class EditPhase(FieldsEdit):
    def __init__(self, text: str, item_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(text, agenda.update, item_id, before, after)


class RemovePhase(LibraryEdit):
    def __init__(self, text: str, item_id: str) -> None:
        super().__init__(text)
        self.item_id = item_id
        self.removed: AgendaItem | None = None

    def do(self) -> ChangeSet:
        self.removed, changes = agenda.remove(self.lib, self.item_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.removed is not None
        return agenda.restore(self.lib, self.removed)


class ReorderPhases(Reorder):
    def __init__(self, text: str, workshop_id: str, before: list[str], after: list[str]) -> None:
        super().__init__(text, agenda.reorder, workshop_id, before, after)


class AddMinutes(LibraryEdit):
    """+1/+5 minutes for the running phase; undo takes them back from that same phase."""

    def __init__(self, text: str, workshop_id: str, minutes: int) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.minutes = minutes
        self.item_id: str | None = None

    def do(self) -> ChangeSet:
        if self.item_id is not None:
            return timer.give_minutes(self.lib, self.workshop_id, self.item_id, self.minutes)
        self.item_id, changes = timer.add_minutes(self.lib, self.workshop_id, self.minutes)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.item_id is not None
        return timer.take_back_minutes(self.lib, self.workshop_id, self.item_id, self.minutes)
