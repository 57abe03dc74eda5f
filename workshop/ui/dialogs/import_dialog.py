"""File → Import…: bring in a workshop from an exchange file or from a report PDF made by Idéverkstad.

The file is checked in a worker thread (a big file takes a moment); every problem is listed with its JSON
path, and nothing is written unless the whole file is fine. If the workshop is already in the library,
the facilitator chooses: import it as a copy (new ids throughout) or cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import import_file
from workshop.services.import_workshop import AlreadyInLibrary, import_snapshot
from workshop.store.errors import LibraryError
from workshop.ui.dialogs.export_worker import Worker, start
from workshop.ui.session import Session


class ImportDialog(QDialog):
    imported = Signal(str)  # the new workshop's id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: Worker | None = None
        self.checked: WorkshopSnapshot | None = None
        self.imported_id: str | None = None
        self.setWindowTitle(self.tr("Import workshop"))
        self.setMinimumSize(560, 360)

        intro = QLabel(self.tr("Choose an exchange file (.json) or a report (.pdf) made by Idéverkstad."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.returnPressed.connect(self.check)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.check_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Checking the file"))
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Import status"))
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems in the file"))
        self.problem_list.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_checked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import workshop"), self.path_edit.text(), self.tr("Workshop files (*.json *.pdf)")
        )
        if path:
            self.path_edit.setText(path)
            self.check()

    def check(self) -> None:
        """Read and check the file in a worker; the result fills the problem list or enables Import."""
        path = Path(self.path_edit.text().strip())
        self.checked = None
        self.import_button.setEnabled(False)
        self.problem_list.clear()
        if not path.is_file():
            self._show(self.tr("There is no file %1.").replace("%1", str(path)), error=True)
            return

        def job(_progress: object) -> import_file.ImportResult:
            return import_file.read_file(path)

        self.worker = Worker(job)
        self.worker.signals.finished.connect(self._checked)
        self.worker.signals.failed.connect(lambda message: self._show(message, error=True))
        self.worker.signals.failed.connect(self.progress.hide)
        self.progress.show()
        self._show(self.tr("Checking…"))
        start(self.worker)

    def _checked(self, result: object) -> None:
        self.progress.hide()
        assert isinstance(result, import_file.ImportResult)
        if result.snapshot is None or result.problems:
            for problem in result.problems:
                self.problem_list.addItem(problem.describe(self.session.language))
            self._show(
                self.tr("The file cannot be imported (%1 problems). Nothing was changed.").replace(
                    "%1", result.count_label()
                ),
                error=True,
            )
            return
        self.checked = result.snapshot
        w = result.snapshot.workshop
        self._show(
            self.tr("Ready to import \u201c%1\u201d: %2 ideas, %3 participants.")
            .replace("%1", w.title)
            .replace("%2", str(len(result.snapshot.ideas)))
            .replace("%3", str(len(result.snapshot.participants)))
        )
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    def ask_copy(self, message: str) -> bool:
        """Ask whether to import as a copy. (Tests replace this method to answer.)"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already in the library"), message, parent=self)
        copy_button = box.addButton(self.tr("Import as &copy"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is copy_button

    def import_checked(self) -> None:
        if self.checked is None:
            return
        try:
            workshop, changes = import_snapshot(self.session.library, self.checked)
        except AlreadyInLibrary as error:
            if not self.ask_copy(error.message(self.session.language)):
                self._show(self.tr("Not imported."))
                return
            try:
                workshop, changes = import_snapshot(self.session.library, self.checked, copy=True)
            except (AlreadyInLibrary, LibraryError) as again:
                self._show(again.message(self.session.language), error=True)
                return
        except LibraryError as error:
            self._show(error.message(self.session.language), error=True)
            return
        self.session.changed.emit(changes)
        self.imported_id = workshop.id
        self.imported.emit(workshop.id)
        self.accept()

    def _show(self, message: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.status_label.setText(message)
