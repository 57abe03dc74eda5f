"""Edit the agenda from the console: add, remove, move, rename and retime the selected phase.

The title and minutes are saved when the facilitator leaves the field (or presses Enter): one edit, one
undo step. Ctrl+Up/Ctrl+Down in the agenda list move the selected phase.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
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
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setAccessibleName(self.tr("What the facilitator does"))
        self.notes.hide()
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
        self.method_button = QPushButton(self.tr("Insert method…"))
        self.method_button.setToolTip(self.tr("Add a method's phases after the selected phase (Ctrl+M)"))
        self.method_button.setShortcut(QKeySequence("Ctrl+M"))
        self.save_method_button = QPushButton(self.tr("Save as method…"))
        save_menu = QMenu(self.save_method_button)
        self.save_phase_action = save_menu.addAction(self.tr("This phase…"), self.save_phase_as_method)
        whole = self.tr("The whole agenda…")
        self.save_agenda_action = save_menu.addAction(whole, self.save_agenda_as_method)
        self.save_method_button.setMenu(save_menu)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        method_row = QHBoxLayout()
        method_row.addWidget(self.method_button)
        method_row.addWidget(self.save_method_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        layout.addLayout(moves)
        layout.addLayout(method_row)
        self.title.editingFinished.connect(self._commit_title)
        self.minutes.editingFinished.connect(self._commit_minutes)
        self.kind.activated.connect(lambda _: self._commit_kind())
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.method_button.clicked.connect(self.insert_method)
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
            self.save_phase_action,
        ):
            widget.setEnabled(item is not None)
        self.notes.setText(self._notes_of(item) if item is not None else "")
        self.notes.setVisible(bool(self.notes.text()))
        if item is None:
            self.title.clear()
            return
        if not self.title.hasFocus():
            self.title.setText(item.title)
        if not self.minutes.hasFocus():
            self.minutes.setValue(item.planned_minutes)
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))

    def _notes_of(self, item: AgendaItem) -> str:
        """The method, its rounds and what the facilitator says and does: the console's crib sheet."""
        lines = []
        if item.method:
            lines.append(self.tr("Method: %1").replace("%1", item.method))
        rounds = item.round_list()
        if rounds:
            minutes = " + ".join(str(r.minutes + r.extra_minutes) for r in rounds)
            lines.append(self.tr("%1 rounds: %2 min").replace("%1", str(len(rounds))).replace("%2", minutes))
        if item.facilitator_notes:
            lines.append(item.facilitator_notes)
        return "\n".join(lines)

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

    # --- methods -------------------------------------------------------------------------------------
    def insert_method(self) -> None:
        """Pick a method in the library; its phases go after the selected phase (or at the end)."""
        from workshop.ui.commands.methods import InsertMethod
        from workshop.ui.dialogs.method_library_dialog import MethodLibraryDialog

        dialog = MethodLibraryDialog(self.session, self)
        if not dialog.exec() or dialog.chosen_key() is None:
            return
        ids = [i.id for i in agenda.list_agenda(self.session.library, self.workshop_id)]
        selected = self.selected_phase()
        at = ids.index(selected) + 1 if selected in ids else None
        command = InsertMethod(self.tr("Insert method"), self.workshop_id, str(dialog.chosen_key()), at)
        if self.session.push(command) and command.items:
            self.select(command.items[0].id)

    def save_phase_as_method(self) -> None:
        if self.item is not None:
            self._save_as_method([self.item])

    def save_agenda_as_method(self) -> None:
        self._save_as_method(agenda.list_agenda(self.session.library, self.workshop_id))

    def _save_as_method(self, items: list[AgendaItem]) -> None:
        from workshop.ui.dialogs.save_method_dialog import SaveMethodDialog

        if items:
            SaveMethodDialog(self.session, self, items=items).exec()
