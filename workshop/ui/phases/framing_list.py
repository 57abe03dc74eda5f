"""A short list the facilitator fills in quickly: type a line, Enter, next line.

In the list F2 edits in place, Delete removes, Ctrl+Up/Ctrl+Down move the selected entry. The list only
reports what the facilitator asked for; the workspace turns that into undoable commands.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.text import IDEA_LIMIT

EntryIdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Entry:
    id: str
    text: str
    marked: bool = False  # shown in bold, e.g. the question in focus (the workspace also says it in words)


class FramingList(QWidget):
    add_requested = Signal(str)
    edit_requested = Signal(str, str)  # id, text
    remove_requested = Signal(str)
    move_requested = Signal(str, int)  # id, step

    def __init__(self, title: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(title)
        self.line = QLineEdit()
        self.line.setMaxLength(IDEA_LIMIT)
        self.line.setPlaceholderText(placeholder)
        self.line.setAccessibleName(self.tr("New entry: %1").replace("%1", title.replace("&", "")))
        self.label.setBuddy(self.line)
        self.list = QListWidget()
        self.list.setAccessibleName(title.replace("&", ""))
        self.list.setWordWrap(True)  # long questions read whole, without a sideways scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.line)
        layout.addWidget(self.list, 1)
        self._entries: list[Entry] = []
        self.line.returnPressed.connect(self._add)
        self.list.itemChanged.connect(self._edited)
        for keys, handler in (
            (QKeySequence.StandardKey.Delete, self._remove),
            (QKeySequence("Ctrl+Up"), lambda: self._move(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self._move(1)),
        ):
            action = QAction(self.list)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(handler)
            self.list.addAction(action)

    def set_entries(self, entries: list[Entry]) -> None:
        current = self.current_id()
        self._entries = list(entries)
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.text)
            item.setData(EntryIdRole, entry.id)
            if entry.marked:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if entry.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(EntryIdRole)) if item is not None else None

    def select(self, entry_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(EntryIdRole) == entry_id:
                self.list.setCurrentRow(row)

    def clear_line(self) -> None:
        self.line.clear()

    def _add(self) -> None:
        if self.line.text().strip():
            self.add_requested.emit(self.line.text())

    def _edited(self, item: QListWidgetItem) -> None:
        entry_id = str(item.data(EntryIdRole))
        old = next((e.text for e in self._entries if e.id == entry_id), None)
        text = str(item.data(Qt.ItemDataRole.EditRole))
        if old is not None and text != old:
            self.edit_requested.emit(entry_id, text)

    def _remove(self) -> None:
        entry_id = self.current_id()
        if entry_id:
            self.remove_requested.emit(entry_id)

    def _move(self, step: int) -> None:
        entry_id = self.current_id()
        if entry_id:
            self.move_requested.emit(entry_id, step)
