"""Participants added in a row from the keyboard, and the console's focus after the dialog.

The dialog is opened with its shortcut and keys go to whatever has focus, as on a real desktop: Enter in a
dialog's line edit also presses the dialog's default button, and that is how the dialog used to close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.workshop import Workshop
from workshop.services import participants
from workshop.ui.console.console_page import ConsolePage
from workshop.ui.console.participants_panel import ParticipantsPanel
from workshop.ui.session import Session

TypeText = Callable[[QWidget, str], None]
Shortcut = Callable[[QWidget, str], None]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def console(qtbot: QtBot, session: Session, demo: Workshop) -> ConsolePage:
    page = ConsolePage(session, demo.id)
    page.timer_bar.ticker.stop()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def open_panel(qtbot: QtBot, page: ConsolePage, shortcut: Shortcut) -> ParticipantsPanel:
    shortcut(page, "Ctrl+Shift+P")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ParticipantsPanel))
    panel = QApplication.activeWindow()
    assert isinstance(panel, ParticipantsPanel)
    return panel


def back_in_console(qtbot: QtBot, page: ConsolePage, panel: ParticipantsPanel) -> None:
    """The dialog has gone and the window manager gives the console the keyboard again (offscreen has no
    window manager: the test does what it would)."""
    qtbot.waitUntil(lambda: not panel.isVisible())
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_enter_adds_people_in_a_row_and_esc_closes_back_where_the_facilitator_was(
    qtbot: QtBot, session: Session, demo: Workshop, shortcut: Shortcut, type_text: TypeText
) -> None:
    page = console(qtbot, session, demo)
    back: list[bool] = []
    page.back_requested.connect(lambda: back.append(True))
    page.phase_list.setFocus()
    before = len(participants.list_participants(session.library, demo.id))
    panel = open_panel(qtbot, page, shortcut)
    assert focused() is panel.name
    type_text(focused(), "Nils Öst")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert panel.isVisible()  # Enter adds, the dialog stays for the next person
    assert focused() is panel.name
    assert panel.name.text() == ""
    type_text(focused(), "Olle Berg")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is panel.organisation
    type_text(focused(), "Skolan")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert panel.isVisible()
    assert (panel.name.text(), panel.organisation.text()) == ("", "")
    assert focused() is panel.name
    people = participants.list_participants(session.library, demo.id)
    assert [(p.name, p.organisation) for p in people[before:]] == [("Nils Öst", ""), ("Olle Berg", "Skolan")]
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    back_in_console(qtbot, page, panel)
    assert focused() is page.phase_list
    QTest.keyClick(focused(), Qt.Key.Key_Space)  # a Space now is no trip back to the library
    assert back == []


def test_enter_on_an_empty_name_neither_adds_nor_closes(
    qtbot: QtBot, session: Session, demo: Workshop, shortcut: Shortcut
) -> None:
    page = console(qtbot, session, demo)
    before = participants.list_participants(session.library, demo.id)
    panel = open_panel(qtbot, page, shortcut)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert panel.isVisible()
    assert participants.list_participants(session.library, demo.id) == before


def test_the_close_button_closes_and_focus_returns(
    qtbot: QtBot, session: Session, demo: Workshop, shortcut: Shortcut
) -> None:
    page = console(qtbot, session, demo)
    page.phase_list.setFocus()
    panel = open_panel(qtbot, page, shortcut)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    back_in_console(qtbot, page, panel)
    assert focused() is page.phase_list


def test_a_space_after_the_dialog_does_not_leave_for_the_library(
    qtbot: QtBot, session: Session, demo: Workshop, shortcut: Shortcut, type_text: TypeText
) -> None:
    """The console just opened, nothing clicked yet: the dialog, one person, Esc, Space."""
    page = console(qtbot, session, demo)
    back: list[bool] = []
    page.back_requested.connect(lambda: back.append(True))
    panel = open_panel(qtbot, page, shortcut)
    type_text(focused(), "Nils Öst")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    back_in_console(qtbot, page, panel)
    assert focused() is not page.back_button
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    assert back == []
