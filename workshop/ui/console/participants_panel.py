"""The people taking part: add (type a name, Enter), edit in place, mark present, remove.

Opened from the console (Ctrl+Shift+P). Enter in the name or organisation adds the person and empties both
fields for the next one; the dialog stays until Esc or Close. In the table F2 edits a cell, Space ticks
"present", Delete removes the person (their ideas stay, as anonymous; undo gives them back).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.participant import Participant
from workshop.domain.text import SHORT_LIMIT
from workshop.services import participants
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.participants import AddParticipant, EditParticipant, RemoveParticipant
from workshop.ui.dialogs.remove_with_votes_dialog import confirm_removal
from workshop.ui.phases.enter_saves import EnterSaves
from workshop.ui.session import Session

PersonIdRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "organisation", "role", "present")


class ParticipantsPanel(QDialog):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.setWindowTitle(self.tr("Participants"))
        self.resize(720, 480)
        self.name = QLineEdit()
        self.name.setMaxLength(SHORT_LIMIT)
        self.name.setPlaceholderText(self.tr("Name, Enter"))
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(SHORT_LIMIT)
        self.organisation.setPlaceholderText(self.tr("Organisation (optional)"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        name_label = QLabel(self.tr("Add &person:"))
        name_label.setBuddy(self.name)
        add_row = QHBoxLayout()
        add_row.addWidget(name_label)
        add_row.addWidget(self.name, 2)
        add_row.addWidget(self.organisation, 2)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Role"), self.tr("Present")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close_button is not None
        self.close_button = close_button
        self.close_button.setAutoDefault(False)  # Enter adds a person; it does not close the dialog
        self.close_button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.enter = EnterSaves(self.add_person, self)
        self.enter.watch(self.name, self.organisation)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.installEventFilter(self)
        session.changed.connect(self._on_changed)
        self.load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """In the table, Space marks the current person present or absent, Delete removes them."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Space:
                self.toggle_present()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(self.workshop_id, Area.PARTICIPANTS):
            self.load()

    def people(self) -> list[Participant]:
        return participants.list_participants(self.session.library, self.workshop_id)

    def load(self) -> None:
        current = self.table.currentRow()
        people = self.people()
        self.table.blockSignals(True)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            for column, field in enumerate(COLUMNS[:3]):
                item = QTableWidgetItem(str(getattr(person, field)))
                item.setData(PersonIdRole, person.id)
                self.table.setItem(row, column, item)
            present = QTableWidgetItem(self.tr("present") if person.present else self.tr("absent"))
            present.setData(PersonIdRole, person.id)
            present.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            present.setCheckState(Qt.CheckState.Checked if person.present else Qt.CheckState.Unchecked)
            self.table.setItem(row, 3, present)
        self.table.blockSignals(False)
        if people:
            self.table.setCurrentCell(min(max(current, 0), len(people) - 1), 0)
        here = sum(1 for p in people if p.present)
        self.count.setText(
            self.tr("%1 of %2 present").replace("%1", str(here)).replace("%2", str(len(people)))
        )

    def add_person(self) -> None:
        name = self.name.text()
        if not name.strip():
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        command = AddParticipant(
            self.tr("Add participant"),
            self.workshop_id,
            name,
            organisation=self.organisation.text(),
            present=True,
        )
        if self.session.push(command):
            self.name.clear()
            self.organisation.clear()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _person(self, row: int) -> Participant | None:
        item = self.table.item(row, 0)
        if item is None:
            return None
        person_id = str(item.data(PersonIdRole))
        return next((p for p in self.people() if p.id == person_id), None)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        person = self._person(item.row())
        if person is None:
            return
        field = COLUMNS[item.column()]
        if field == "present":
            value: object = item.checkState() == Qt.CheckState.Checked
        else:
            value = item.text()
        if getattr(person, field) == value:
            return
        name = self.tr("Mark present") if field == "present" else self.tr("Edit participant")
        if not self.session.push(
            EditParticipant(name, person.id, {field: getattr(person, field)}, {field: value})
        ):
            self.load()

    def toggle_present(self) -> None:
        person = self._person(self.table.currentRow())
        if person is not None:
            name = self.tr("Mark present")
            self.session.push(
                EditParticipant(name, person.id, {"present": person.present}, {"present": not person.present})
            )

    def remove_selected(self) -> None:
        person = self._person(self.table.currentRow())
        if person is not None and confirm_removal(self, self.session, participant_id=person.id):
            self.session.push(RemoveParticipant(self.tr("Remove participant"), person.id))
