"""Edit the agenda from the console: add, remove, move, rename and retime the selected phase.

The title and minutes are saved when the facilitator leaves the field (or presses Enter): one edit, one
undo step. Ctrl+Up/Ctrl+Down in the agenda list move the selected phase.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.agenda import MAX_PHASE_MINUTES, AgendaItem, PhaseKind
from workshop.domain.text import SHORT_LIMIT
from workshop.services import agenda
from workshop.ui.commands.agenda import AddPhase, EditPhase, RemovePhase, ReorderPhases
from workshop.ui.commands.library_edit import moved
from workshop.ui.session import Session


def kind_label(kind: PhaseKind) -> str:
    labels = {
        PhaseKind.INTRO: QCoreApplication.translate("Agenda", "Introduction"),
        PhaseKind.FRAMING: QCoreApplication.translate("Agenda", "Problem framing"),
        PhaseKind.IDEAS: QCoreApplication.translate("Agenda", "Idea collection"),
        PhaseKind.CLUSTERING: QCoreApplication.translate("Agenda", "Clustering"),
        PhaseKind.VOTING: QCoreApplication.translate("Agenda", "Voting"),
        PhaseKind.ACTIONS: QCoreApplication.translate("Agenda", "Action plan"),
        PhaseKind.BREAK: QCoreApplication.translate("Agenda", "Break"),
        PhaseKind.OTHER: QCoreApplication.translate("Agenda", "Other"),
    }
    return labels[kind]


class AgendaEditor(QWidget):
    def __init__(
        self,
        session: Session,
        workshop_id: str,
        selected_phase: Callable[[], str | None],
        select: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.selected_phase = selected_phase
        self.select = select
        self.title = QLineEdit()
        self.title.setMaxLength(SHORT_LIMIT)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_PHASE_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.kind = QComboBox()
        for kind in PhaseKind:
            self.kind.addItem(kind_label(kind), kind.value)
        form = QFormLayout()
        form.addRow(self.tr("Phase &title:"), self.title)
        form.addRow(self.tr("Planned mi&nutes:"), self.minutes)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.add_button = QPushButton(self.tr("Add p&hase"))
        self.remove_button = QPushButton(self.tr("Remo&ve phase"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the phase up (Ctrl+Up in the agenda)"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the phase down (Ctrl+Down in the agenda)"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(moves)
        self.title.editingFinished.connect(self._commit_title)
        self.minutes.editingFinished.connect(self._commit_minutes)
        self.kind.activated.connect(lambda _: self._commit_kind())
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.item: AgendaItem | None = None

    def show_item(self, item: AgendaItem | None) -> None:
        self.item = item
        for widget in (
            self.title,
            self.minutes,
            self.kind,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(item is not None)
        if item is None:
            self.title.clear()
            return
        if not self.title.hasFocus():
            self.title.setText(item.title)
        if not self.minutes.hasFocus():
            self.minutes.setValue(item.planned_minutes)
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))

    def _edit(self, name: str, field: str, value: object) -> None:
        if self.item is None or getattr(self.item, field) == value:
            return
        command = EditPhase(name, self.item.id, {field: getattr(self.item, field)}, {field: value})
        if not self.session.push(command) and field == "title":
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _commit_title(self) -> None:
        self._edit(self.tr("Rename phase"), "title", self.title.text())

    def _commit_minutes(self) -> None:
        self._edit(self.tr("Change planned minutes"), "planned_minutes", self.minutes.value())

    def _commit_kind(self) -> None:
        self._edit(self.tr("Change phase kind"), "kind", PhaseKind(str(self.kind.currentData())))

    def add_phase(self) -> None:
        command = AddPhase(self.tr("Add phase"), self.workshop_id, PhaseKind.OTHER, self.tr("New phase"))
        if self.session.push(command) and command.item is not None:
            self.select(command.item.id)
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title.selectAll()

    def remove_phase(self) -> None:
        item_id = self.selected_phase()
        if item_id and self.item is not None:
            self.session.push(RemovePhase(self.tr("Remove phase"), item_id))

    def move_phase(self, step: int) -> None:
        item_id = self.selected_phase()
        if not item_id:
            return
        before = [i.id for i in agenda.list_agenda(self.session.library, self.workshop_id)]
        after = moved(before, item_id, step)
        if after != before:
            self.session.push(ReorderPhases(self.tr("Move phase"), self.workshop_id, before, after))
            self.select(item_id)
