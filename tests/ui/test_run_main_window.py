"""The run features reached from the main window: Run menu, F5 shared screen, F1 help, Edit menu names."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
