"""The backups: when each was made and what it holds; get one workshop, or the whole library, back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.services import backups
from workshop.services.changes import Area, ChangeSet
from workshop.store.errors import LibraryError
from workshop.store.library import Library
from workshop.ui.session import Session

BackupRole = Qt.ItemDataRole.UserRole + 1
WorkshopIdRole = Qt.ItemDataRole.UserRole + 2
EVERYTHING = tuple(Area)


def local_time(backup: backups.Backup) -> str:
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def replace_library(session: Session, backup: backups.Backup) -> str:
    """Swap the session's library for a backup; returns where the replaced file was moved.

    The undo history refers to rows of the old file, so it is cleared. If the swap fails half-way the
    library is opened again as it is, so the window never stays without one.
    """
    path = session.library.path
    session.undo_stack.clear()
    session.library.close()
    try:
        moved = backups.restore_library(path, backup)
    finally:
        session.library = Library.open(path)
    session.changed.emit(ChangeSet.of(None, *EVERYTHING))
    return str(moved or "")


class BackupsDialog(QDialog):
    library_replacing = Signal()  # about to swap the library: close whatever shows a workshop
    workshop_restored = Signal(str)  # workshop id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 480)
        folder = backups.backup_folder(session.library.path)
        self.intro = QLabel(
            self.tr(
                "A backup is made when the library is opened, every 10 minutes while you make changes, "
                "and when you quit. The 10 newest are kept, plus one a day for 30 days. Folder: %1"
            ).replace("%1", str(folder))
        )
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Backups and the workshops in them"))
        self.tree.setHeaderLabels([self.tr("Backup / workshop"), self.tr("Participants"), self.tr("Ideas")])
        self.tree.setColumnWidth(0, 480)
        self.restore_workshop_button = QPushButton(self.tr("Restore &workshop"))
        self.restore_library_button = QPushButton(self.tr("Restore whole &library…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_workshop_button)
        row.addWidget(self.restore_library_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.restore_workshop_button.clicked.connect(self.restore_selected_workshop)
        self.restore_library_button.clicked.connect(self.restore_selected_library)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        listed = backups.list_backups(self.session.library.path)
        for backup in listed:
            item = QTreeWidgetItem([local_time(backup)])
            item.setData(0, BackupRole, backup)
            try:
                stored = backup.contents()
            except LibraryError:
                item.setText(0, self.tr("%1 — cannot be read").replace("%1", local_time(backup)))
                item.setDisabled(True)
                self.tree.addTopLevelItem(item)
                continue
            item.setText(
                0,
                self.tr("%1 — %n workshop(s), %2 kB", "", len(stored))
                .replace("%1", local_time(backup))
                .replace("%2", str(max(1, backup.size // 1024))),
            )
            for workshop in stored:
                title = workshop.title + (self.tr(" (in the trash)") if workshop.in_trash else "")
                if workshop.date:
                    title = f"{title}  ·  {workshop.date}"
                child = QTreeWidgetItem([title, str(workshop.participants), str(workshop.ideas)])
                child.setData(0, BackupRole, backup)
                child.setData(0, WorkshopIdRole, workshop.id)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.status.setText(self.tr("There are no backups yet."))
        self._update_buttons()

    def selected_backup(self) -> backups.Backup | None:
        item = self.tree.currentItem()
        return item.data(0, BackupRole) if item is not None else None

    def selected_workshop_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, WorkshopIdRole) if item is not None else None
        return str(value) if value else None

    def _update_buttons(self, *_: object) -> None:
        self.restore_workshop_button.setEnabled(self.selected_workshop_id() is not None)
        self.restore_library_button.setEnabled(self.selected_backup() is not None)

    def restore_selected_workshop(self) -> str | None:
        backup, workshop_id = self.selected_backup(), self.selected_workshop_id()
        if backup is None or workshop_id is None:
            return None
        restored = self.session.run(
            backups.restore_workshop, backup, workshop_id, language=self.session.language
        )
        if not restored:
            self.status.setText(self.tr("The workshop could not be restored; see the message above."))
            return None
        current = self.tree.currentItem()
        title = current.text(0).split("  ·  ")[0] if current is not None else ""
        self.status.setText(
            self.tr("“%1” is back in the library (from the backup of %2).")
            .replace("%1", title)
            .replace("%2", local_time(backup))
        )
        self.workshop_restored.emit(str(restored))
        return str(restored)

    def restore_selected_library(self) -> bool:
        backup = self.selected_backup()
        if backup is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Restore whole library"),
            self.tr(
                "Replace the whole library with the backup of %1? The current library is kept beside it "
                "under a new name, so nothing is deleted."
            ).replace("%1", local_time(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.replace_with(backup)

    def replace_with(self, backup: backups.Backup) -> bool:
        self.library_replacing.emit()
        try:
            moved = replace_library(self.session, backup)
        except LibraryError as error:
            self.status.setText(error.message(self.session.language))
            return False
        self.status.setText(
            self.tr("The library now holds the backup of %1. The previous library was kept as %2.")
            .replace("%1", local_time(backup))
            .replace("%2", moved)
        )
        self.refresh()
        return True
