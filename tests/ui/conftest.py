"""UI fixtures: a real Session on a temporary library, isolated QSettings, non-ASCII typing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from workshop.domain.language import Language
from workshop.store.library import Library
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings
from workshop.ui.translation import remove_translators


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


@pytest.fixture(autouse=True)
def source_language(qapp: QApplication) -> Iterator[None]:
    """Every UI test starts and ends with no translator installed: a test that switches the language
    (View ▸ Language) must not leave Swedish behind for the next test's English assertions."""
    remove_translators(qapp)
    yield
    remove_translators(qapp)


@pytest.fixture
def library(library_path: Path, qapp: QApplication) -> Iterator[Library]:
    """As the shared fixture, but every window is closed and deleted before the library closes, so no
    widget timer can touch a closed database while pytest-qt tears the test down."""
    lib = Library.open(library_path)
    yield lib
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    lib.close()


@pytest.fixture
def session(library: Library) -> Iterator[Session]:
    s = Session(library, Language.EN)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def shortcut() -> Callable[[QWidget, str], None]:
    """Press a key sequence as the window system would deliver it, so QAction/QShortcut shortcuts fire.

    On the offscreen platform no window has focus, and key events sent to a widget skip the shortcut
    map; sending them to the widget's top-level QWindow goes through it.
    """

    def press(widget: QWidget, sequence: str) -> None:
        window = widget.window().windowHandle()
        assert window is not None, "show the window first"
        QTest.keySequence(window, QKeySequence(sequence))

    return press


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
