"""Keys pressed in the moment between the first paint and the menus being made are not lost.

Found by the rehearsal (tests/rehearsal): Ctrl+N pressed as soon as the window appeared did nothing,
because the menus' commands are made just after the first paint.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from workshop.ui.early_keys import EarlyKeys
from workshop.ui.main_window import MainWindow
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings


def early_window(qtbot: QtBot, session: Session, settings: AppSettings) -> tuple[MainWindow, EarlyKeys]:
    window = MainWindow(session, settings, finish_after_first_paint=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, EarlyKeys(window)


def test_ctrl_n_pressed_before_the_menus_exist_opens_the_new_workshop_dialog_once_they_do(
    qtbot: QtBot, session: Session, isolated_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(MainWindow, "_new_workshop", lambda self: opened.append(1))
    window, early = early_window(qtbot, session, isolated_settings)
    handle = window.windowHandle()
    assert handle is not None
    QTest.keySequence(handle, QKeySequence("Ctrl+N"))  # as the window system delivers it
    assert opened == []
    assert len(early.held) == 1
    window.finish_start()
    early.replay()
    qtbot.waitUntil(lambda: opened == [1])


def test_text_typed_before_the_menus_exist_reaches_the_field_in_order(
    qtbot: QtBot, session: Session, isolated_settings: AppSettings
) -> None:
    window, early = early_window(qtbot, session, isolated_settings)
    field = window.library_page.search
    field.setFocus()
    handle = window.windowHandle()
    assert handle is not None
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_K):
        QTest.keyClick(handle, key)
    assert field.text() == ""  # held, not typed yet
    window.finish_start()
    early.replay()
    qtbot.waitUntil(lambda: field.text() == "park")
    QTest.keyClick(handle, Qt.Key.Key_S)  # after the replay keys go straight through again
    assert field.text() == "parks"
