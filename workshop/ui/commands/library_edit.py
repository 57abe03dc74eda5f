"""Building blocks shared by the undoable edits of the run areas (ideas, framing, actions, agenda, people).

An "add" is undone by removing the record and redone by restoring the very same record (same id), so
later steps on the stack that name it keep working. A field edit remembers the values before and after.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop.services.changes import ChangeSet
from workshop.store.library import Library
from workshop.ui.session import EditCommand


class LibraryEdit(EditCommand):
    @property
    def lib(self) -> Library:
        assert self.session is not None, "push the command through Session.push"
        return self.session.library


class FieldsEdit(LibraryEdit):
    """Set some fields of one record through ``update(lib, id, **fields)``; undo sets them back."""

    def __init__(
        self,
        text: str,
        update: Callable[..., tuple[Any, ChangeSet]],
        item_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(text)
        self._update = update
        self.item_id = item_id
        self.before = before
        self.after = after

    def do(self) -> ChangeSet:
        return self._update(self.lib, self.item_id, **self.after)[1]

    def undo_edit(self) -> ChangeSet:
        return self._update(self.lib, self.item_id, **self.before)[1]


class Reorder(LibraryEdit):
    """Put records in a new order through ``reorder(lib, workshop_id, ids)``; undo restores the old one."""

    def __init__(
        self,
        text: str,
        reorder: Callable[[Library, str, list[str]], ChangeSet],
        workshop_id: str,
        before: list[str],
        after: list[str],
    ) -> None:
        super().__init__(text)
        self._reorder = reorder
        self.workshop_id = workshop_id
        self.before = list(before)
        self.after = list(after)

    def do(self) -> ChangeSet:
        return self._reorder(self.lib, self.workshop_id, self.after)

    def undo_edit(self) -> ChangeSet:
        return self._reorder(self.lib, self.workshop_id, self.before)


def moved(ids: list[str], item_id: str, step: int) -> list[str]:
    """*ids* with *item_id* moved *step* places (clamped to the ends)."""
    order = list(ids)
    if item_id not in order:
        return order
    start = order.index(item_id)
    end = max(0, min(len(order) - 1, start + step))
    order.insert(end, order.pop(start))
    return order
