"""Reopening a workshop: the console opens on the phase that is running, with that phase's workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop.domain.agenda import PhaseKind
from workshop.domain.workshop import Workshop
from workshop.services import agenda, timer
from workshop.ui.console.console_page import ConsolePage
from workshop.ui.main_window import MainWindow
from workshop.ui.phases.board_workspace import BoardWorkspace
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings


def opened(qtbot: QtBot, session: Session, demo: Workshop) -> ConsolePage:
    page = ConsolePage(session, demo.id)
    page.timer_bar.ticker.stop()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_the_console_opens_on_the_running_phase(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    items = agenda.list_agenda(session.library, demo.id)
    board_phase = next(i for i in items if i.kind == PhaseKind.CLUSTERING)
    timer.start_phase(session.library, demo.id, board_phase.id)
    page = opened(qtbot, session, demo)
    assert page.current_key() == board_phase.id
    assert isinstance(page.current_workspace(), BoardWorkspace)
    assert page.phase_list.currentItem().text().startswith("▶")


def test_with_nothing_running_it_opens_on_the_first_phase(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    first = agenda.list_agenda(session.library, demo.id)[0]
    page = opened(qtbot, session, demo)
    assert page.current_key() == first.id


def test_a_phase_the_facilitator_picked_stays_picked_when_the_agenda_changes(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    items = agenda.list_agenda(session.library, demo.id)
    timer.start_phase(session.library, demo.id, items[1].id)
    page = opened(qtbot, session, demo)
    page.select_phase(items[3].id)
    page.refresh()
    assert page.current_key() == items[3].id


def test_a_space_right_after_opening_a_workshop_stays_in_it(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.finish_start()
    window.open_workshop(demo.id)
    assert window.console is not None
    console = window.console
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused is not console.back_button
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert window.console is console
    assert window.pages.currentWidget() is console
