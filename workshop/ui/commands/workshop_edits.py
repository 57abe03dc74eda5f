"""Undoable edits of a workshop's own fields."""

from __future__ import annotations

from typing import Any

from workshop.services import workshops
from workshop.services.changes import ChangeSet
from workshop.ui.session import EditCommand


class EditWorkshop(EditCommand):
    """Change fields of the workshop; typing into one field merges into one undo step."""

    MERGE_ID = 1001

    def __init__(self, text: str, workshop_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.before = before
        self.after = after

    def do(self) -> ChangeSet:
        return workshops.update(self._library(), self.workshop_id, **self.after)[1]

    def undo_edit(self) -> ChangeSet:
        return workshops.update(self._library(), self.workshop_id, **self.before)[1]

    def _library(self) -> Any:
        assert self.session is not None
        return self.session.library

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: object) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, EditWorkshop) or other.workshop_id != self.workshop_id:
            return False
        if set(other.after) != set(self.after):
            return False
        self.after = other.after
        return True
