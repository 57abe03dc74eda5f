"""The library's table: one row per workshop with title, date, status and counts.

The cells are Qt items (a QStandardItemModel) filled once per refresh, not answered by Python on demand:
the view asks for about eight roles per cell on every layout and paint pass (~5,000 calls for 50 rows
when the window first appears), and the library is the first thing the app paints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from workshop.domain.workshop import WorkshopStatus, WorkshopSummary

WorkshopRole = Qt.ItemDataRole.UserRole + 1  # the workshop's id, on every cell of its row
SearchTextRole = Qt.ItemDataRole.UserRole + 2  # title, place, organisation, facilitator and date

_COUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def status_label(status: WorkshopStatus) -> str:
    labels = {
        WorkshopStatus.DRAFT: QCoreApplication.translate("WorkshopTable", "Planned"),
        WorkshopStatus.RUNNING: QCoreApplication.translate("WorkshopTable", "Running"),
        WorkshopStatus.FINISHED: QCoreApplication.translate("WorkshopTable", "Finished"),
    }
    return labels[status]


class WorkshopTableModel(QStandardItemModel):
    TITLE, DATE, STATUS, PARTICIPANTS, IDEAS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 5, parent)
        self._rows: list[WorkshopSummary] = []
        self.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Date"), self.tr("Status"), self.tr("Participants"), self.tr("Ideas")]
        )

    def set_rows(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.setRowCount(len(self._rows))
        for row, summary in enumerate(self._rows):
            for column, item in enumerate(_items(summary)):
                self.setItem(row, column, item)
        self.endResetModel()

    def summary(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def row_of(self, workshop_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.workshop.id == workshop_id), -1)


def _items(summary: WorkshopSummary) -> list[QStandardItem]:
    workshop = summary.workshop
    title = QStandardItem(workshop.title)
    title.setToolTip("\n".join(p for p in (workshop.title, workshop.location, workshop.organisation) if p))
    searched = (workshop.title, workshop.location, workshop.organisation, workshop.facilitator, workshop.date)
    title.setData(" ".join(searched), SearchTextRole)
    participants, ideas = QStandardItem(), QStandardItem()
    participants.setData(summary.participants, Qt.ItemDataRole.DisplayRole)  # a number: sorts as one
    ideas.setData(summary.ideas, Qt.ItemDataRole.DisplayRole)
    row = [title, QStandardItem(workshop.date or "—"), QStandardItem(status_label(workshop.status))]
    row += [participants, ideas]
    for item in row:
        item.setData(workshop.id, WorkshopRole)
        item.setEditable(False)
    participants.setTextAlignment(_COUNT_ALIGNMENT)
    ideas.setTextAlignment(_COUNT_ALIGNMENT)
    return row
