"""The run features reached from the main window: Run menu, F5 shared screen, F1 help, Edit menu names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop.domain.agenda import PhaseKind
from workshop.domain.language import Language
from workshop.domain.workshop import Workshop
from workshop.services import agenda
from workshop.ui.help_overlay import HelpOverlay
from workshop.ui.main_window import MainWindow
from workshop.ui.phases.ideas_workspace import IdeasWorkspace
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings


def test_presenter_toggles_and_follows_the_language(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_workshop(demo.id)
    assert window.run_menu.isEnabled()
    assert "F6" in [a.shortcut().toString() for a in window.run_menu.actions()]
    window.presenter_action.trigger()
    assert window.presenter is not None
    assert window.presenter.isVisible()
    assert window.presenter.workshop_id == demo.id
    window.set_language(Language.SV)
    assert window.presenter is not None  # reopened after the rebuild
    window.presenter_action.trigger()
    assert window.presenter is None
    window.presenter_action.trigger()
    window.show_library()
    assert window.presenter is None
    assert not window.run_menu.isEnabled()
    window.close()


def test_help_lists_menu_shortcuts_and_edit_menu_names_the_undo(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(demo.id)
    keys = [k for k, _ in HelpOverlay(window.menuBar(), window).texts()]
    for expected in ("F1", "F5", "F6", "F9", "Ctrl+Z", "Enter", "Ctrl+F"):
        assert any(expected in k for k in keys), expected
    console = window.console
    assert console is not None
    ideas_id = next(i.id for i in agenda.list_agenda(session.library, demo.id) if i.kind == PhaseKind.IDEAS)
    console.select_phase(ideas_id)
    workspace = console.current_workspace()
    assert isinstance(workspace, IdeasWorkspace)
    workspace.capture.line.setText("Ny idé")
    qtbot.keyClick(workspace.capture.line, Qt.Key.Key_Return)
    assert window.undo_action.text().replace("&", "") == "Undo Add idea"
    window.close()


def _menus_on_screen(window: MainWindow) -> QRect:
    bar = window.menuBar()
    return QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size())


def test_one_f5_one_toggle_from_either_window(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings, shortcut: Any
) -> None:
    """Issue #11: with the shared screen in front, F5 did nothing (it belonged to the console only)."""
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_workshop(demo.id)
    assert window.console is not None
    qtbot.waitExposed(window)
    window.console.setFocus()  # the console is the active window, as after a click in it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shortcut(window, "F5")
    presenter = window.presenter
    assert presenter is not None
    assert presenter.isVisible()
    assert window.presenter_action.isChecked()
    assert QApplication.activeWindow() is presenter  # it opened in front
    shortcut(presenter, "F5")  # pressed while the shared screen is the active window
    assert window.presenter is None
    assert not window.presenter_action.isChecked()
    shortcut(window, "F5")
    assert window.presenter is not None
    assert window.presenter.isVisible()
    window.presenter.hide()  # on screen no more (e.g. hidden by the window system): one press shows it
    shortcut(window, "F5")
    assert window.presenter is not None
    assert window.presenter.isVisible()
    shortcut(window.presenter, "F5")
    assert window.presenter is None
    window.close()


def test_on_one_screen_the_shared_screen_never_covers_the_consoles_menus(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    """Issue #11: on a single screen the shared window opened over the console's menu bar."""
    assert len(QGuiApplication.screens()) == 1
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    assert window.open_workshop(demo.id)
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None
    menus = _menus_on_screen(window)
    assert not presenter.frameGeometry().intersects(menus), (presenter.frameGeometry(), menus)
    presenter.toggle_full_screen()  # F11 on the console's own screen: all the room below the menus
    assert not presenter.frameGeometry().intersects(menus)
    assert presenter.height() > window.height() // 2
    presenter.toggle_full_screen()
    assert not presenter.frameGeometry().intersects(menus)
    window.close()
