"""Emptying the trash from the library: ask once, then say what was removed and that it is really gone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop.services import library_listing, trash
from workshop.ui.session import Session


def confirm_and_empty(parent: QWidget, session: Session) -> str | None:
    """Ask, empty the trash, and return the message to show (None if nothing was done)."""
    count = len(library_listing.list_workshops(session.library, trash=True))
    if count == 0:
        return QCoreApplication.translate("EmptyTrash", "The trash is already empty.")
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("EmptyTrash", "Empty trash"),
        QCoreApplication.translate(
            "EmptyTrash",
            "Delete the %1 workshop(s) in the trash for good? Their data is wiped from the library file "
            "and cannot be brought back, except from a backup made earlier.",
        ).replace("%1", str(count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    emptied = session.run(trash.empty_trash)
    if not emptied:
        return None
    return QCoreApplication.translate(
        "EmptyTrash",
        "Trash emptied: %1 workshop(s) deleted and wiped from the library file. "
        "Backups made earlier still hold them until they roll out (at most 30 days).",
    ).replace("%1", str(emptied.workshops))
