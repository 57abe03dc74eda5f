"""Typing in the paper dots counted on the wall: a number, Enter, and on to the next item.

The facilitator keeps their eyes on the wall, so the whole entry works from the number keys: Up/Down (or
a click) picks another item; each Enter is one undoable step. A mistyped entry is refused with a message
and stays in the field to be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workshop.domain.voting import VotingItem
from workshop.domain.voting_rules import MAX_TALLY
from workshop.services import ballots
from workshop.ui.commands.voting import ChangeBallot
from workshop.ui.session import Session

ItemIdRole = Qt.ItemDataRole.UserRole + 1
ItemTextRole = Qt.ItemDataRole.UserRole + 2


class CountEdit(QLineEdit):
    """The number field; Up and Down move through the items without leaving it."""

    def __init__(self, entry: TallyEntry) -> None:
        super().__init__()
        self.entry = entry

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.entry.step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class TallyEntry(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.round_id = ""
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Items and counted dots"))
        self.count_edit = CountEdit(self)
        self.count_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,7}"), self))
        self.count_edit.setToolTip(self.tr("0 to %1").replace("%1", str(MAX_TALLY)))
        self.count_edit.setPlaceholderText(self.tr("Type the number and press Enter"))
        self.count_label = QLabel(self.tr("&Counted dots for the selected item:"))
        self.count_label.setBuddy(self.count_edit)
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.current_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.count_edit)
        self.count_edit.returnPressed.connect(self.commit)
        self.list.currentRowChanged.connect(self._show_current)

    def load(self, round_id: str, items: list[VotingItem]) -> None:
        """Show the items with the counts entered so far (the facilitator's own numbers)."""
        self.round_id = round_id
        counts = ballots.ballot_for(self.session.library, round_id, None)
        row = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            count = counts.get(item.id, 0)
            entry = QListWidgetItem(f"{count:>4}   {item.text}" if count else f"   –   {item.text}")
            entry.setData(ItemIdRole, item.id)
            entry.setData(ItemTextRole, item.text)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show_current()

    def step(self, by: int) -> None:
        row = max(0, min(self.list.count() - 1, self.list.currentRow() + by))
        self.list.setCurrentRow(row)

    def _show_current(self, *_: object) -> None:
        item = self.list.currentItem()
        self.current_label.setText(str(item.data(ItemTextRole)) if item else "")

    def current_item_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ItemIdRole)) if item is not None else None

    def commit(self) -> None:
        item_id = self.current_item_id()
        text = self.count_edit.text().strip()
        if item_id is None or not text:
            self.step(1)
            return
        round_id, count = self.round_id, int(text)
        command = ChangeBallot(
            self.tr("Counted dots"),
            round_id,
            None,
            lambda lib: ballots.set_tally(lib, round_id, item_id, count),
        )
        if self.session.push(command):
            self.count_edit.clear()
            self.step(1)
