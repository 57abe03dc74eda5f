"""Keys as hands press them in the UI tests: to whatever has the keyboard, an open popup first, and the
ideas workspace shown and active with the cursor in the idea field (where a facilitator starts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.workshop import Workshop
from workshop.ui.phases.ideas_workspace import IdeasWorkspace
from workshop.ui.session import Session


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key) -> None:
    """A key to whatever has focus; an open completer popup gets it first, as on a real desktop."""
    popup = QApplication.activePopupWidget()
    QTest.keyClick(popup if popup is not None else focused(), key)


def shown_ideas_workspace(qtbot: QtBot, session: Session, demo: Workshop) -> IdeasWorkspace:
    workspace = IdeasWorkspace(session, demo.id)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 700)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    workspace.capture.line.setFocus()
    return workspace
