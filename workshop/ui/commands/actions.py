"""Undoable edits of the action plan."""

from __future__ import annotations

from typing import Any

from workshop.domain.action import Action
from workshop.services import actions
from workshop.services.changes import ChangeSet
from workshop.ui.commands.library_edit import FieldsEdit, LibraryEdit, Reorder


class AddAction(LibraryEdit):
    def __init__(self, text: str, workshop_id: str, title: str, **fields: Any) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.title = title
        self.fields = fields
        self.action: Action | None = None

    def do(self) -> ChangeSet:
        if self.action is not None:
            return actions.restore(self.lib, [self.action])
        self.action, changes = actions.add(self.lib, self.workshop_id, self.title, **self.fields)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.action is not None
        return actions.remove(self.lib, self.action.id)[1]


class EditAction(FieldsEdit):
    def __init__(self, text: str, action_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(text, actions.update, action_id, before, after)


class RemoveAction(LibraryEdit):
    def __init__(self, text: str, action_id: str) -> None:
        super().__init__(text)
        self.action_id = action_id
        self.removed: Action | None = None

    def do(self) -> ChangeSet:
        self.removed, changes = actions.remove(self.lib, self.action_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.removed is not None
        return actions.restore(self.lib, [self.removed])


class ReorderActions(Reorder):
    def __init__(self, text: str, workshop_id: str, before: list[str], after: list[str]) -> None:
        super().__init__(text, actions.reorder, workshop_id, before, after)
