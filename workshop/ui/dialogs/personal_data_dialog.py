"""Personal data: anonymise the open workshop (undoable until confirmed), erase a person on request."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.services import privacy
from workshop.ui.commands.privacy_edits import AnonymiseWorkshop
from workshop.ui.session import Session


class PersonalDataDialog(QDialog):
    def __init__(self, session: Session, workshop_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.command: AnonymiseWorkshop | None = None
        self.setWindowTitle(self.tr("Personal data"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)

        self.anonymise_box = QGroupBox(self.tr("This workshop"))
        self.anonymise_button = QPushButton(self.tr("&Anonymise participant names"))
        self.undo_button = QPushButton(self.tr("&Undo anonymisation"))
        self.confirm_button = QPushButton(self.tr("&Confirm: remove the names for good"))
        self.anonymise_status = QLabel(
            self.tr(
                "Replaces every participant's name with “Participant 1”, “Participant 2”… in the roster, "
                "in action owners and where a full name was typed in the workshop's texts. You can undo "
                "it until you confirm."
            )
        )
        self.anonymise_status.setWordWrap(True)
        self.anonymise_status.setAccessibleName(self.tr("Anonymisation status"))
        row = QHBoxLayout()
        for button in (self.anonymise_button, self.undo_button, self.confirm_button):
            row.addWidget(button)
        box_layout = QVBoxLayout(self.anonymise_box)
        box_layout.addWidget(self.anonymise_status)
        box_layout.addLayout(row)
        self.anonymise_box.setVisible(workshop_id is not None)
        layout.addWidget(self.anonymise_box)

        self.erase_box = QGroupBox(self.tr("Erase a person (a GDPR request)"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        completer = QCompleter(privacy.known_names(session.library), self)
        self.name_edit.setCompleter(completer)
        self.find_button = QPushButton(self.tr("&Find"))
        self.erase_button = QPushButton(self.tr("&Erase from all workshops…"))
        self.erase_status = QLabel(
            self.tr(
                "The full name is removed from every workshop: participant entries, action owners, the "
                "facilitator field and the texts. Ideas and votes stay, anonymous. This cannot be undone."
            )
        )
        self.erase_status.setWordWrap(True)
        self.erase_status.setAccessibleName(self.tr("Erasure status"))
        form = QFormLayout()
        form.addRow(self.tr("Full &name:"), self.name_edit)
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.find_button)
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        erase_layout = QVBoxLayout(self.erase_box)
        erase_layout.addLayout(form)
        erase_layout.addLayout(erase_row)
        erase_layout.addWidget(self.erase_status)
        layout.addWidget(self.erase_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.anonymise_button.clicked.connect(self.anonymise)
        self.undo_button.clicked.connect(self.undo_anonymisation)
        self.confirm_button.clicked.connect(self.confirm_anonymisation)
        self.find_button.clicked.connect(self.find_person)
        self.erase_button.clicked.connect(lambda: self.erase())
        self.name_edit.returnPressed.connect(self.find_person)
        session.undo_stack.indexChanged.connect(self._update_buttons)
        self._update_buttons()

    def _pending(self) -> bool:
        """The anonymisation made here is done and not undone."""
        stack = self.session.undo_stack
        return (
            self.command is not None
            and stack.index() > 0
            and stack.command(stack.index() - 1) is self.command
        )

    def _update_buttons(self, *_: object) -> None:
        pending = self._pending()
        self.anonymise_button.setEnabled(not pending)
        self.undo_button.setEnabled(pending)
        self.confirm_button.setEnabled(pending)

    def anonymise(self) -> bool:
        if self.workshop_id is None:
            return False
        command = AnonymiseWorkshop(self.tr("Anonymise participant names"), self.workshop_id)
        if not self.session.push(command):
            return False
        self.command = command
        record = command.record
        people = len(record.participants) if record else 0
        self.anonymise_status.setText(
            self.tr("%1 name(s) replaced. Check the workshop, then confirm — or undo.").replace(
                "%1", str(people)
            )
        )
        self._update_buttons()
        return True

    def undo_anonymisation(self) -> None:
        if self._pending():
            self.session.undo_stack.undo()
            self.anonymise_status.setText(self.tr("The names are back."))

    def confirm_anonymisation(self) -> bool:
        if not self._pending() or self.workshop_id is None:
            return False
        if not self.session.run(privacy.confirm_anonymisation, self.workshop_id):
            return False
        self.session.undo_stack.clear()  # the undo history is the last place the names were kept
        self.command = None
        self.anonymise_status.setText(
            self.tr(
                "Confirmed. The names are gone from the library file; backups made earlier still hold "
                "them until they roll out (at most 30 days)."
            )
        )
        self._update_buttons()
        return True

    def find_person(self) -> privacy.Erasure | None:
        try:
            found = privacy.find_person(self.session.library, self.name_edit.text())
        except ValidationError as error:
            self.erase_status.setText(error.message(self.session.language))
            return None
        self.erase_status.setText(self._describe(found, done=False))
        return found

    def _describe(self, erasure: privacy.Erasure, *, done: bool) -> str:
        if not erasure.found:
            return self.tr("“%1” was not found in any workshop.").replace("%1", erasure.name)
        text = (
            self.tr("Erased “%1” from %2 workshop(s): ") if done else self.tr("“%1” is in %2 workshop(s): ")
        )
        details = self.tr("%1 participant entries, %2 action owners, %3 facilitator fields, %4 texts.")
        return text.replace("%1", erasure.name).replace(
            "%2", str(len(erasure.workshop_ids))
        ) + details.replace("%1", str(erasure.participants)).replace(
            "%2", str(erasure.action_owners)
        ).replace("%3", str(erasure.facilitators)).replace("%4", str(erasure.texts))

    def erase(self, *, confirmed: bool = False) -> privacy.Erasure | None:
        found = self.find_person()
        if found is None or not found.found:
            return None
        if not confirmed:
            answer = QMessageBox.warning(
                self,
                self.tr("Erase a person"),
                self.tr("Erase “%1” from every workshop? This cannot be undone.").replace("%1", found.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        erased = self.session.run(privacy.erase_person, found.name)
        if not erased:
            return None
        self.session.undo_stack.clear()  # earlier undo steps may hold the name
        self.erase_status.setText(
            self._describe(erased, done=True)
            + " "
            + self.tr("Backups made earlier still hold the name until they roll out (at most 30 days).")
        )
        return erased
