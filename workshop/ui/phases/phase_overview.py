"""The workspace of a phase that needs no tools of its own (welcome, break, closing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.domain.agenda import AgendaItem
from workshop.ui.heading import heading
from workshop.ui.session import Session


class PhaseOverview(QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.title = heading(1.4)
        self.minutes = QLabel()
        self.instructions = QLabel()
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.instructions.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.minutes)
        layout.addWidget(self.instructions)
        layout.addStretch(1)

    def show_phase(self, item: AgendaItem) -> None:
        self.title.setText(item.title)
        self.minutes.setText(self.tr("Planned: %n minute(s)", "", item.planned_minutes))
        self.instructions.setText(item.instructions)
