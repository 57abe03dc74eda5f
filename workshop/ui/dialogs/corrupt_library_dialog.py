"""At start, when the library is damaged: say so, and offer the newest backup that passes its check.

The damaged file is renamed with a time stamp and kept next to the library, never deleted, so it can still
be sent to someone who can rescue more from it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from workshop import APP_NAME
from workshop.domain.language import Language
from workshop.services import backups
from workshop.store.errors import LibraryError, Problem
from workshop.store.library import Library
from workshop.ui.dialogs.backups_dialog import local_time

RECOVERABLE = {Problem.DAMAGED, Problem.NOT_SQLITE}


class CorruptLibraryDialog(QDialog):
    def __init__(
        self, error: LibraryError, backup: backups.Backup, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.backup = backup
        try:
            stored = backup.contents()
        except LibraryError:
            stored = []
        titles = ", ".join(w.title for w in stored[:5]) + (" …" if len(stored) > 5 else "")
        self.message = QLabel(error.message(language))
        self.message.setWordWrap(True)
        self.offer = QLabel(
            self.tr(
                "A good backup from %1 holds %2 workshop(s): %3.\n\nRestore it? The damaged library is "
                "kept beside it under a new name; nothing is deleted."
            )
            .replace("%1", local_time(backup))
            .replace("%2", str(len(stored)))
            .replace("%3", titles or "–")
        )
        self.offer.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore the backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.offer)
        layout.addWidget(self.buttons)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()


def open_or_recover(library_path: Path, error: LibraryError, language: Language) -> Library | None:
    """After opening failed with *error*: offer a backup if it can help; the library, or None to quit.

    A backup is offered only for a file that is really damaged: a healthy library that could not be
    opened (a full or read-only disk, another program) is never replaced, only the reason is shown.
    """
    damaged = error.problem in RECOVERABLE and not backups.is_healthy_library(library_path)
    backup = backups.newest_healthy_backup(library_path) if damaged else None
    if backup is None:
        QMessageBox.critical(None, APP_NAME, error.message(language))
        return None
    dialog = CorruptLibraryDialog(error, backup, language)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        moved = backups.recover_damaged_library(library_path, backup).damaged_moved_to
        library = Library.open(library_path)
    except LibraryError as again:
        QMessageBox.critical(None, APP_NAME, again.message(language))
        return None
    QMessageBox.information(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "CorruptLibraryDialog", "The backup from %1 was restored. The damaged library was kept as %2."
        )
        .replace("%1", local_time(backup))
        .replace("%2", str(moved)),
    )
    return library
