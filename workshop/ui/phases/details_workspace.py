"""The workshop's own details: title, goal, language, date, place, facilitator, organisation, status.

Each field is saved when the facilitator leaves it (or presses Enter); one field edit is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from workshop.domain.language import Language
from workshop.domain.workshop import Workshop, WorkshopStatus
from workshop.services import workshops
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.workshop_edits import EditWorkshop
from workshop.ui.models.workshop_table import status_label
from workshop.ui.session import Session

LINE_FIELDS = ("title", "date", "location", "facilitator", "organisation")


class GoalEdit(QPlainTextEdit):
    """A multi-line field that saves when focus leaves it."""

    def __init__(self, on_leave: Any) -> None:
        super().__init__()
        self._on_leave = on_leave
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self._on_leave()


class DetailsWorkspace(QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "title": self.tr("&Title:"),
            "date": self.tr("&Date (YYYY-MM-DD):"),
            "location": self.tr("&Place:"),
            "facilitator": self.tr("&Facilitator:"),
            "organisation": self.tr("&Organisation:"),
        }
        form = QFormLayout()
        for field in LINE_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(200 if field != "date" else 10)
            edit.editingFinished.connect(lambda f=field: self._commit(f))
            self.edits[field] = edit
            form.addRow(labels[field], edit)
        self.goal_edit = GoalEdit(lambda: self._commit("goal"))
        self.goal_edit.setMaximumHeight(120)
        form.insertRow(1, self.tr("&Goal:"), self.goal_edit)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Svenska", Language.SV.value)
        self.language_combo.addItem("English", Language.EN.value)
        self.status_combo = QComboBox()
        for status in WorkshopStatus:
            self.status_combo.addItem(status_label(status), status.value)
        form.addRow(self.tr("&Language of the workshop and report:"), self.language_combo)
        form.addRow(self.tr("&Status:"), self.status_combo)
        self.language_combo.activated.connect(lambda _: self._commit("language"))
        self.status_combo.activated.connect(lambda _: self._commit("status"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        session.changed.connect(self._on_changed)
        self.load()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(self.workshop_id, Area.WORKSHOP):
            self.load()

    def workshop(self) -> Workshop:
        return workshops.get(self.session.library, self.workshop_id)

    def load(self) -> None:
        workshop = self.workshop()
        for field, edit in self.edits.items():
            if not edit.hasFocus() or edit.text() == getattr(workshop, field):
                edit.setText(getattr(workshop, field))
        if not self.goal_edit.hasFocus() or self.goal_edit.toPlainText() == workshop.goal:
            if self.goal_edit.toPlainText() != workshop.goal:
                self.goal_edit.setPlainText(workshop.goal)
            self.goal_edit.document().setModified(False)
        self.language_combo.setCurrentIndex(self.language_combo.findData(workshop.language.value))
        self.status_combo.setCurrentIndex(self.status_combo.findData(workshop.status.value))

    def value(self, field: str) -> str:
        if field == "goal":
            return self.goal_edit.toPlainText()
        if field == "language":
            return str(self.language_combo.currentData())
        if field == "status":
            return str(self.status_combo.currentData())
        return self.edits[field].text()

    def _commit(self, field: str) -> None:
        workshop = self.workshop()
        before = str(getattr(workshop, field))
        after = self.value(field)
        if after == before:
            return
        names = {
            "title": self.tr("Edit title"),
            "goal": self.tr("Edit goal"),
            "date": self.tr("Edit date"),
            "location": self.tr("Edit place"),
            "facilitator": self.tr("Edit facilitator"),
            "organisation": self.tr("Edit organisation"),
            "language": self.tr("Change language"),
            "status": self.tr("Change status"),
        }
        command = EditWorkshop(names[field], self.workshop_id, {field: before}, {field: after})
        if not self.session.push(command) and field in self.edits:
            self.edits[field].setFocus(Qt.FocusReason.OtherFocusReason)
