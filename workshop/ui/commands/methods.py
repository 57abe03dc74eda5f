"""Undoable edits of the method library and of an agenda by a method.

Inserting a method is one step however many phases it has: undo removes exactly those phases, redo puts
the very same ones (same ids) back at the same place. Saving, editing and removing one's own method are
steps too, so a method removed by mistake is one Ctrl+Z away.
"""

from __future__ import annotations

from workshop.domain.agenda import AgendaItem
from workshop.domain.method import Method
from workshop.services import methods
from workshop.services.changes import ChangeSet
from workshop.ui.commands.library_edit import LibraryEdit


class InsertMethod(LibraryEdit):
    def __init__(self, text: str, workshop_id: str, method_key: str, at: int | None) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.method_key = method_key
        self.at = at
        self.items: list[AgendaItem] = []

    def do(self) -> ChangeSet:
        if self.items:
            return methods.restore_phases(self.lib, self.workshop_id, self.items, self.at)
        self.items, changes = methods.insert_method(self.lib, self.workshop_id, self.method_key, self.at)
        return changes

    def undo_edit(self) -> ChangeSet:
        return methods.remove_phases(self.lib, self.workshop_id, [item.id for item in self.items])


class SaveOwnMethod(LibraryEdit):
    """A new own method, or an edit of one (*method_id*): undo puts back what was there before."""

    def __init__(self, text: str, method: Method, method_id: str | None = None) -> None:
        super().__init__(text)
        self.method = method
        self.method_id = method_id
        self.before: Method | None = None
        self.saved: Method | None = None

    def do(self) -> ChangeSet:
        if self.method_id and self.before is None:
            self.before = methods.get_method(self.lib, self.method_id)
        self.saved, changes = methods.save_own(
            self.lib, self.method, self.saved.key if self.saved else self.method_id
        )
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.saved is not None
        if self.before is not None:
            return methods.save_own(self.lib, self.before, self.saved.key)[1]
        return methods.remove_own(self.lib, self.saved.key)[1]


class RemoveOwnMethod(LibraryEdit):
    def __init__(self, text: str, method_id: str) -> None:
        super().__init__(text)
        self.method_id = method_id
        self.removed: Method | None = None

    def do(self) -> ChangeSet:
        self.removed, changes = methods.remove_own(self.lib, self.method_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.removed is not None
        return methods.save_own(self.lib, self.removed, self.method_id)[1]
