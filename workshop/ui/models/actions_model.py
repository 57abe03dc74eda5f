"""The action plan as a Qt table: what, linked idea, owner, due date, next step, status.

Edits in place are not saved here: the model reports them (:attr:`edit_requested`) and the workspace turns
them into undoable commands, so the model stays a thin view of the stored plan.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from workshop.domain.action import Action, ActionStatus
from workshop.domain.errors import NotFoundError
from workshop.services import actions, ideas, participants
from workshop.services.changes import Area, ChangeSet
from workshop.ui.session import Session

ActionIdRole = Qt.ItemDataRole.UserRole + 1
FieldValueRole = Qt.ItemDataRole.UserRole + 2  # the stored value of the cell (ids, ISO dates, status)

Index = QModelIndex | QPersistentModelIndex

FIELDS = ("title", "idea_id", "owner", "due_date", "next_step", "status")


def status_label(status: ActionStatus) -> str:
    labels = {
        ActionStatus.NOT_STARTED: QCoreApplication.translate("Actions", "Not started"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Actions", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("Actions", "Done"),
    }
    return labels[status]


class ActionsModel(QAbstractTableModel):
    TITLE, IDEA, OWNER, DUE, NEXT, STATUS = range(6)
    edit_requested = Signal(str, str, object)  # action id, field, value

    def __init__(self, session: Session, workshop_id: str) -> None:
        super().__init__()
        self.session = session
        self.workshop_id = workshop_id
        self._rows: list[Action] = []
        self.idea_texts: dict[str, str] = {}
        self.people: dict[str, str] = {}
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        lib = self.session.library
        self.beginResetModel()
        self._rows = actions.list_actions(lib, self.workshop_id)
        self.idea_texts = self._idea_texts()
        self.people = {p.id: p.name for p in participants.list_participants(lib, self.workshop_id)}
        self.endResetModel()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id):
            return
        if changes.touches(Area.ACTIONS, Area.PARTICIPANTS):
            self.reload()
        elif changes.touches(Area.IDEAS) and changes.ids:
            self._follow_ideas(changes.ids)
        elif changes.touches(Area.IDEAS):
            self.idea_texts = self._idea_texts()
            self._changed_column(self.IDEA)

    def _idea_texts(self) -> dict[str, str]:
        return {
            i.id: i.text
            for i in ideas.list_ideas(self.session.library, self.workshop_id)
            if not i.merged_into
        }

    def _follow_ideas(self, idea_ids: frozenset[str]) -> None:
        """Only the named ideas are read again: ideas change at the speed people speak, and re-reading
        thousands of them on every new one would stall idea capture once the plan has rows."""
        for idea_id in idea_ids:
            try:
                idea = ideas.get(self.session.library, idea_id)
            except NotFoundError:
                self.idea_texts.pop(idea_id, None)
                continue
            if idea.workshop_id != self.workshop_id:
                continue  # an id of another kind in a mixed change set
            if idea.merged_into:
                self.idea_texts.pop(idea_id, None)
            else:
                self.idea_texts[idea_id] = idea.text
        for row, action in enumerate(self._rows):
            if action.idea_id in idea_ids:
                self.dataChanged.emit(self.index(row, self.IDEA), self.index(row, self.IDEA))

    def _changed_column(self, column: int) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def action(self, row: int) -> Action:
        return self._rows[row]

    def ids(self) -> list[str]:
        return [a.id for a in self._rows]

    def owner_text(self, action: Action) -> str:
        return self.people.get(action.owner_id or "", "") or action.owner_text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [
            self.tr("What"),
            self.tr("Idea"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Next step"),
            self.tr("Status"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        column = index.column()
        if role == ActionIdRole:
            return action.id
        if role == FieldValueRole:
            return [
                action.title,
                action.idea_id or "",
                action.owner_id or action.owner_text,
                action.due_date,
                action.next_step,
                action.status.value,
            ][column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TITLE:
                return action.title
            if column == self.IDEA:
                return self.idea_texts.get(
                    action.idea_id or "", "—" if role == Qt.ItemDataRole.DisplayRole else ""
                )
            if column == self.OWNER:
                return self.owner_text(action)
            if column == self.DUE:
                return action.due_date or ("—" if role == Qt.ItemDataRole.DisplayRole else "")
            if column == self.NEXT:
                return action.next_step
            if column == self.STATUS:
                return status_label(action.status)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        action = self._rows[index.row()]
        field = FIELDS[index.column()]
        if value != self.data(index, FieldValueRole):
            self.edit_requested.emit(action.id, field, value)
        return True
