"""The File menu entries that keep a facilitator's data safe: backups, and personal data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from workshop.ui.session import Session

if TYPE_CHECKING:  # the dialogs (and the backups service) are loaded when first opened, not at start
    from workshop.ui.dialogs.backups_dialog import BackupsDialog
    from workshop.ui.dialogs.personal_data_dialog import PersonalDataDialog


class _Console(Protocol):
    workshop_id: str


class DataSafetyWindow(Protocol):
    """What the entries need from the main window."""

    session: Session
    console: _Console | None

    def show_library(self) -> None: ...


def add_data_safety_actions(window: QMainWindow, menu: QMenu) -> tuple[QAction, QAction]:
    """Add "Backups…" and "Personal data…" to *menu*; returns the two actions."""
    backups_action = QAction(QCoreApplication.translate("DataSafetyMenu", "&Backups…"), window)
    backups_action.triggered.connect(lambda: open_backups(window))  # type: ignore[arg-type]
    personal_action = QAction(QCoreApplication.translate("DataSafetyMenu", "&Personal data…"), window)
    personal_action.triggered.connect(lambda: open_personal_data(window))  # type: ignore[arg-type]
    menu.addAction(backups_action)
    menu.addAction(personal_action)
    return backups_action, personal_action


def open_backups(window: DataSafetyWindow) -> BackupsDialog:
    from workshop.ui.dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window.session, window if isinstance(window, QMainWindow) else None)
    dialog.library_replacing.connect(window.show_library)
    dialog.open()
    return dialog


def open_personal_data(window: DataSafetyWindow) -> PersonalDataDialog:
    from workshop.ui.dialogs.personal_data_dialog import PersonalDataDialog

    workshop_id = window.console.workshop_id if window.console is not None else None
    dialog = PersonalDataDialog(
        window.session, workshop_id, window if isinstance(window, QMainWindow) else None
    )
    dialog.open()
    return dialog
