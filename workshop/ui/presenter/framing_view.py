"""Framing on the shared screen: the question in focus in very large type, the problem statement below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.domain.agenda import AgendaItem
from workshop.services import questions, workshops
from workshop.services.changes import Area, ChangeSet
from workshop.ui.presenter.room_language import SpeaksTheRoom, workshop_language
from workshop.ui.presenter.room_type import room_font
from workshop.ui.session import Session


class FramingView(SpeaksTheRoom, QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room_language = workshop_language(session, workshop_id)
        self.session = session
        self.workshop_id = workshop_id
        self.question = QLabel()
        self.question.setProperty("role", "accent")
        self.statement = QLabel()
        for label in (self.question, self.statement):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addSpacing(24)
        layout.addWidget(self.statement)
        layout.addStretch(1)
        session.changed.connect(self._on_changed)
        self.load()

    def show_phase(self, item: AgendaItem) -> None:
        self.load()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(self.workshop_id, Area.QUESTIONS, Area.FRAMING, Area.PRESENTER):
            self.load()

    def load(self) -> None:
        focus = questions.focus_question(self.session.library, self.workshop_id)
        self.question.setText(focus.text if focus is not None else "")
        self.statement.setText(workshops.get(self.session.library, self.workshop_id).problem_statement)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.question.setFont(room_font(self, 0.085, bold=True))
        self.statement.setFont(room_font(self, 0.04))
