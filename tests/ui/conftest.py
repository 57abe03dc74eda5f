"""UI fixtures: a real Session on a temporary library, isolated QSettings, non-ASCII typing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from workshop.domain.language import Language
from workshop.store.library import Library
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[AppSettings]:
    """Every UI test gets its own settings file, never the user's."""
    QCoreApplication.setOrganizationName("IdeverkstadTests")
    QCoreApplication.setApplicationName("IdeverkstadTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    settings = AppSettings(QSettings())
    settings.qsettings.clear()
    yield settings
    settings.qsettings.sync()


@pytest.fixture
def session(library: Library) -> Iterator[Session]:
    s = Session(library, Language.EN)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Type any text into a widget as key events, one character at a time.

    qtbot.keyClicks kills the process on non-ASCII characters (see PITFALLS.md), so every character is
    sent as a QKeyEvent with its text, which is how a real keyboard with an input method delivers it.
    """

    def type_into(widget: QWidget, text: str) -> None:
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)

    return type_into
