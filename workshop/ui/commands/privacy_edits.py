"""Anonymising a workshop as an undoable edit; it stays undoable until the facilitator confirms it."""

from __future__ import annotations

from workshop.services import privacy
from workshop.services.changes import ChangeSet
from workshop.ui.session import EditCommand


class AnonymiseWorkshop(EditCommand):
    def __init__(self, text: str, workshop_id: str) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.record: privacy.Anonymisation | None = None

    def do(self) -> ChangeSet:
        assert self.session is not None
        self.record, changes = privacy.anonymise_workshop(self.session.library, self.workshop_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.session is not None
        assert self.record is not None
        return privacy.restore_names(self.session.library, self.record)
