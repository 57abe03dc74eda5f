"""F1: every keyboard shortcut in one place, read from the menus (so it never goes out of date) plus the
keys that work inside the workspaces."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def workspace_keys() -> list[tuple[str, str]]:
    """Keys that belong to a field or a list rather than to a menu."""
    return [
        ("Enter", QCoreApplication.translate("HelpOverlay", "Save what you typed and start the next one")),
        ("F2", QCoreApplication.translate("HelpOverlay", "Edit the selected entry in place")),
        (
            "Delete",
            QCoreApplication.translate("HelpOverlay", "Remove the selected idea, entry, action or person"),
        ),
        (
            "Ctrl+Up / Ctrl+Down",
            QCoreApplication.translate("HelpOverlay", "Move the selected phase, entry or action"),
        ),
        ("Ctrl+M", QCoreApplication.translate("HelpOverlay", "Agenda: insert a method from the library")),
        ("Ctrl+F", QCoreApplication.translate("HelpOverlay", "Ideas: search")),
        (
            "Ctrl+1 / Ctrl+2 / Ctrl+3",
            QCoreApplication.translate("HelpOverlay", "Ideas: tag economic / social / ecological"),
        ),
        ("Ctrl+Shift+W", QCoreApplication.translate("HelpOverlay", "Ideas: silent writing on or off")),
        ("Ctrl+Shift+R", QCoreApplication.translate("HelpOverlay", "Ideas: reveal the hidden ideas")),
        (
            "Ctrl+Shift+F",
            QCoreApplication.translate("HelpOverlay", "Framing: put the selected question in focus"),
        ),
        ("Space", QCoreApplication.translate("HelpOverlay", "Participants: mark present or absent")),
        ("F11 / Esc", QCoreApplication.translate("HelpOverlay", "Shared screen: full screen on / off")),
        ("Tab / Shift+Tab", QCoreApplication.translate("HelpOverlay", "Move between fields")),
    ]


def native_keys(keys: str) -> str:
    """ "Ctrl+Up / Ctrl+Down" in the words of the UI language (Qt's own translation: "Skift" in Swedish),
    the same way the menu shortcuts are shown."""
    return " / ".join(
        QKeySequence(part.strip()).toString(QKeySequence.SequenceFormat.NativeText) or part.strip()
        for part in keys.split(" / ")
    )


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, "Menu › Command") for every menu command that has a shortcut."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {sub.title().replace('&', '')}")
                continue
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys and action.isVisible():
                found.append((keys, f"{path} › {action.text().replace('&', '')}"))

    for action in menu_bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu.title().replace("&", ""))
    return found


class HelpOverlay(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(760, 620)
        rows = menu_shortcuts(menu_bar) + [(native_keys(keys), meaning) for keys, meaning in workspace_keys()]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.table.setFont(font)
        for row, (keys, meaning) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            bold = key_item.font()
            bold.setBold(True)
            key_item.setFont(bold)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def texts(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            keys, meaning = self.table.item(row, 0), self.table.item(row, 1)
            if keys is not None and meaning is not None:
                out.append((keys.text(), meaning.text()))
        return out
