"""A due date typed as digits (2027-02-15, 20270215, 15/2) or picked from a calendar.

A plain line, not a QDateEdit: a date edit keeps Tab for its own sections and turns typed digits into
nonsense around its "no date" text. What cannot be read as a date stays in the field, as typed, and
:meth:`DueDateField.problem` says why; nothing typed is dropped. Alt+Down, F4 or the arrow in the field
opens the calendar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from workshop.domain.errors import ValidationError
from workshop.domain.typed_date import read_typed_date


class DueDateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("no date"))
        self.setToolTip(self.tr("Type 2027-02-15, 20270215 or 15/2, or pick a day (Alt+Down)"))
        self.setMaxLength(20)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2027-02-15") + 40)
        self.pick_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown), "", self)
        self.pick_action.setText(self.tr("Pick a due date"))
        self.pick_action.setToolTip(self.tr("Pick a day in the calendar (Alt+Down)"))
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.pick_action.triggered.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.editingFinished.connect(self._tidy)

    def iso(self) -> str | None:
        """The ISO date, "" for none, None when the text names no date (see :meth:`problem`)."""
        try:
            return read_typed_date(self.text(), date.today())
        except ValidationError:
            return None

    def problem(self) -> str:
        """Why the typed text is not a date, with the typed text in it; "" when it is one."""
        if self.iso() is not None:
            return ""
        return self.tr("“%1” is not a date. Type it as 2027-02-15, 20270215 or 15/2.").replace(
            "%1", self.text().strip()
        )

    def set_iso(self, value: str) -> None:
        self.setText(value)

    def _tidy(self) -> None:
        """On leaving the field, show the date as it was understood (15/2 → 2027-02-15)."""
        iso = self.iso()
        if iso and iso != self.text():
            self.setText(iso)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        iso = self.iso()
        shown = QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.setText(day.toString("yyyy-MM-dd"))
        self.calendar.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
