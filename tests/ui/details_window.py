"""Opening a workshop's details in a real main window, shared by the UI tests that edit them."""

from __future__ import annotations

from workshop.services import workshops
from workshop.ui.main_window import MainWindow
from workshop.ui.phases.details_workspace import DetailsWorkspace


def open_details(
    qtbot, session, settings, title: str = "Detaljer"
) -> tuple[MainWindow, DetailsWorkspace, str]:
    """A main window on a new workshop with its details workspace showing."""
    workshop, _ = workshops.create(session.library, title, template="short-idea-session")
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.open_workshop(workshop.id)
    assert window.console is not None
    window.console.select_phase("details")
    widget = window.console.current_workspace()
    assert isinstance(widget, DetailsWorkspace)
    return window, widget, workshop.id
