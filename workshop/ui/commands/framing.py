"""Undoable edits of the problem framing: statement, context and the framing lists."""

from __future__ import annotations

from workshop.domain.framing import FramingItem, FramingKind
from workshop.services import framing
from workshop.services.changes import ChangeSet
from workshop.ui.commands.library_edit import LibraryEdit, Reorder


class SetFramingText(LibraryEdit):
    """Problem statement or context: one field edit (from entering the field to leaving it) is one step."""

    def __init__(self, text: str, workshop_id: str, field: str, before: str, after: str) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.field = field
        self.before = before
        self.after = after

    def do(self) -> ChangeSet:
        return framing.set_text(self.lib, self.workshop_id, self.field, self.after)[1]

    def undo_edit(self) -> ChangeSet:
        return framing.set_text(self.lib, self.workshop_id, self.field, self.before)[1]


class AddFramingItem(LibraryEdit):
    def __init__(self, text: str, workshop_id: str, kind: FramingKind, item_text: str) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.kind = kind
        self.item_text = item_text
        self.item: FramingItem | None = None

    def do(self) -> ChangeSet:
        if self.item is not None:
            return framing.restore(self.lib, self.item)
        self.item, changes = framing.add(self.lib, self.workshop_id, self.kind, self.item_text)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.item is not None
        return framing.remove(self.lib, self.item.id)[1]


class EditFramingItem(LibraryEdit):
    def __init__(self, text: str, item_id: str, before: str, after: str) -> None:
        super().__init__(text)
        self.item_id = item_id
        self.before = before
        self.after = after

    def do(self) -> ChangeSet:
        return framing.edit(self.lib, self.item_id, self.after)[1]

    def undo_edit(self) -> ChangeSet:
        return framing.edit(self.lib, self.item_id, self.before)[1]


class RemoveFramingItem(LibraryEdit):
    def __init__(self, text: str, item_id: str) -> None:
        super().__init__(text)
        self.item_id = item_id
        self.removed: FramingItem | None = None

    def do(self) -> ChangeSet:
        self.removed, changes = framing.remove(self.lib, self.item_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.removed is not None
        return framing.restore(self.lib, self.removed)


class ReorderFramingItems(Reorder):
    def __init__(self, text: str, workshop_id: str, before: list[str], after: list[str]) -> None:
        super().__init__(text, framing.reorder, workshop_id, before, after)
