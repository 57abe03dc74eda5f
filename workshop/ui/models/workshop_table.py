"""The library's table: one row per workshop with title, date, status and counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from workshop.domain.workshop import WorkshopStatus, WorkshopSummary

WorkshopRole = Qt.ItemDataRole.UserRole + 1
SearchTextRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# The view asks data() for about eight roles per cell on every layout pass (~5,000 calls for 50 rows when
# the window first appears); plain ints make turning away the roles the table does not use cheap.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, int(WorkshopRole), int(SearchTextRole)})


def status_label(status: WorkshopStatus) -> str:
    labels = {
        WorkshopStatus.DRAFT: QCoreApplication.translate("WorkshopTable", "Planned"),
        WorkshopStatus.RUNNING: QCoreApplication.translate("WorkshopTable", "Running"),
        WorkshopStatus.FINISHED: QCoreApplication.translate("WorkshopTable", "Finished"),
    }
    return labels[status]


class WorkshopTableModel(QAbstractTableModel):
    TITLE, DATE, STATUS, PARTICIPANTS, IDEAS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopSummary] = []

    def set_rows(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def row_of(self, workshop_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.workshop.id == workshop_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Participants"),
            self.tr("Ideas"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        summary = self._rows[index.row()]
        workshop = summary.workshop
        column = index.column()
        if role == WorkshopRole:
            return workshop.id
        if role == SearchTextRole:
            return " ".join(
                [
                    workshop.title,
                    workshop.location,
                    workshop.organisation,
                    workshop.facilitator,
                    workshop.date,
                ]
            )
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return workshop.title
            if column == self.DATE:
                return workshop.date or "—"
            if column == self.STATUS:
                return status_label(workshop.status)
            if column == self.PARTICIPANTS:
                return summary.participants
            if column == self.IDEAS:
                return summary.ideas
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PARTICIPANTS, self.IDEAS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            parts = [workshop.title, workshop.location, workshop.organisation]
            return "\n".join(p for p in parts if p)
        return None
