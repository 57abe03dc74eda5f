"""The action plan: who does what by when. Fully keyboard driven.

The entry row: Tab through what, idea, owner, due date, next step and status; Enter in any of them adds
the action (an open completion is taken first) and puts the cursor back in "what" for the next one. The
due date is typed as 2027-02-15, 20270215 or 15/2, or picked (Alt+Down); a typed text that is no date
stays in the field and the message line says why. In the plan, F2 edits a cell in place,
Delete removes the action, Ctrl+Up/Ctrl+Down move it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.action import Action
from workshop.domain.agenda import AgendaItem
from workshop.domain.text import IDEA_LIMIT
from workshop.services import participants
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.actions import AddAction, EditAction, RemoveAction, ReorderActions
from workshop.ui.commands.library_edit import moved
from workshop.ui.heading import heading
from workshop.ui.models.actions_model import ActionsModel
from workshop.ui.phases.actions_delegate import ActionCellDelegate, IdeaPicker, OwnerPicker, StatusPicker
from workshop.ui.phases.due_date_field import DueDateField
from workshop.ui.phases.enter_saves import EnterSaves
from workshop.ui.session import Session


class ActionsWorkspace(QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.model = ActionsModel(session, workshop_id)
        self.phase_title = heading(1.3)

        self.what = QLineEdit()
        self.what.setMaxLength(IDEA_LIMIT)
        self.what.setPlaceholderText(self.tr("What will be done? Enter adds it"))
        self.idea = IdeaPicker(self.model.idea_texts)
        self.owner = OwnerPicker(list(self.model.people.values()))
        owner_line, idea_line = self.owner.lineEdit(), self.idea.lineEdit()
        assert owner_line is not None
        assert idea_line is not None
        owner_line.setPlaceholderText(self.tr("participant or free text"))
        self.due = DueDateField()
        self.next_step = QLineEdit()
        self.next_step.setMaxLength(IDEA_LIMIT)
        self.next_step.setAccessibleName(self.tr("Next step"))
        self.what.setAccessibleName(self.tr("What"))
        self.idea.setAccessibleName(self.tr("Linked idea"))
        self.status = StatusPicker()
        self.add_button = QPushButton(self.tr("&Add action"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("Linked &idea:"), self.idea)
        row = QHBoxLayout()
        owner_label = QLabel(self.tr("&Owner:"))
        owner_label.setBuddy(self.owner)
        due_label = QLabel(self.tr("D&ue:"))
        due_label.setBuddy(self.due)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status)
        row.addWidget(self.owner, 3)  # names and units are long; the date and status are not
        for part in (due_label, self.due, status_label, self.status):
            row.addWidget(part)
        form.addRow(owner_label, row)
        form.addRow(self.tr("&Next step:"), self.next_step)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.status.setAccessibleName(self.tr("Status"))

        self.table = QTableView()
        self.table.setModel(self.model)
        delegate = ActionCellDelegate(self.model, self.table)
        delegate.problem.connect(self._show_message)
        self.table.setItemDelegate(delegate)
        self.table.setAccessibleName(self.tr("Action plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ActionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionsModel.NEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(ActionsModel.IDEA, 220)
        self.table.setColumnWidth(ActionsModel.OWNER, 160)
        self.table.setColumnWidth(ActionsModel.DUE, 100)
        # A plan has tens of rows, not thousands: let wrapped titles and next steps have their lines.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_rows = QTimer(self)  # once the header has settled all its widths, wrap to them
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_title)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

        entry_row = (self.what, self.idea, self.owner, self.due, self.next_step, self.status, self.add_button)
        for here, there in zip(entry_row, entry_row[1:], strict=False):
            QWidget.setTabOrder(here, there)
        self.enter = EnterSaves(self.add_from_form, self)
        self.enter.watch(self.what, self.idea, self.owner, self.due, self.next_step, self.status)
        self.add_button.clicked.connect(self.add_from_form)
        self.model.edit_requested.connect(self._edit_cell)
        self._kept_selection: str | None = None
        self._kept_column = 0
        self._keyboard_in_table = False
        self._ideas_stale = False
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        for keys, handler in (
            (QKeySequence.StandardKey.Delete, self.remove_selected),
            (QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_selected(1)),
        ):
            action = QAction(self.table)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(handler)
            self.table.addAction(action)
        session.changed.connect(self._on_changed)
        self._update_count()

    def show_phase(self, item: AgendaItem) -> None:
        self.phase_title.setText(item.title)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if self._ideas_stale:
            self._ideas_stale = False
            self.idea.set_ideas(self.model.idea_texts)
            self.enter.watch_completer(self.idea)
        super().showEvent(event)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id):
            return
        if changes.touches(Area.IDEAS):
            if self.isVisible():
                self.idea.set_ideas(self.model.idea_texts)
                self.enter.watch_completer(self.idea)
            else:  # refilled when the plan is shown: not on every idea typed in another phase
                self._ideas_stale = True
        if changes.touches(Area.PARTICIPANTS):
            self.owner.set_names(list(self.model.people.values()))
            self.enter.watch_completer(self.owner)

    def _remember_selection(self) -> None:
        action = self.selected_action()
        self._kept_selection = action.id if action is not None else None
        self._kept_column = max(0, self.table.currentIndex().column())
        focus = QApplication.focusWidget()
        in_table = focus is not None and (focus is self.table or self.table.isAncestorOf(focus))
        self._keyboard_in_table = in_table

    def _after_reset(self) -> None:
        """Reloading the plan keeps the facilitator's place in it: the row, the column, and the keyboard
        (an edited cell's editor goes with the reset, and Qt would hand the focus to the page's first
        button, "← Library")."""
        if self._kept_selection:
            self._select(self._kept_selection, self._kept_column)
        if self._keyboard_in_table:
            self._keyboard_in_table = False
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n action(s) agreed", "", self.model.rowCount()))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def owner_fields(self, typed: str) -> dict[str, Any]:
        """A typed owner: a participant if the name matches one, else free text."""
        name = typed.strip()
        for person in participants.list_participants(self.session.library, self.workshop_id):
            if name and person.name.casefold() == name.casefold():
                return {"owner_id": person.id, "owner_text": ""}
        return {"owner_id": None, "owner_text": name}

    def add_from_form(self) -> None:
        title = self.what.text()
        if not title.strip():
            self._show_message(self.tr("Write what will be done first."))
            self.what.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.idea.currentText().strip() and not self.idea.idea_id():
            self._show_message(
                self.tr("No idea matches “%1”. Pick one from the list or leave it empty.").replace(
                    "%1", self.idea.currentText().strip()
                )
            )
            self.idea.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        due = self.due.iso()
        if due is None:
            self._show_message(self.due.problem())
            self.due.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        fields: dict[str, Any] = {
            "idea_id": self.idea.idea_id() or None,
            "due_date": due,
            "next_step": self.next_step.text(),
            "status": self.status.status(),
            **self.owner_fields(self.owner.currentText()),
        }
        if self.session.push(AddAction(self.tr("Add action"), self.workshop_id, title, **fields)):
            self._show_message("")
            self.what.clear()
            self.next_step.clear()
            self.idea.set_idea("")
            self.owner.setEditText("")
            self.due.set_iso("")
            self.status.set_status("not_started")
            self.table.scrollToBottom()
        self.what.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_cell(self, action_id: str, field: str, value: object) -> None:
        action = self.model.action(self.model.ids().index(action_id))
        after: dict[str, Any] = self.owner_fields(str(value)) if field == "owner" else {field: value or None}
        if field in ("title", "due_date", "next_step", "status"):
            after = {field: str(value)}
        before = {key: getattr(action, key) for key in after}
        if before != after:
            self.session.push(EditAction(self.tr("Edit action"), action_id, before, after))

    def selected_action(self) -> Action | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.action(rows[0].row()) if rows else None

    def _select(self, action_id: str, column: int = 0) -> None:
        if action_id in self.model.ids():
            index = self.model.index(self.model.ids().index(action_id), column)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)

    def remove_selected(self) -> None:
        action = self.selected_action()
        if action is not None:
            row = self.model.ids().index(action.id)
            self.session.push(RemoveAction(self.tr("Remove action"), action.id))
            if self.model.rowCount():
                self._select(self.model.action(min(row, self.model.rowCount() - 1)).id)

    def move_selected(self, step: int) -> None:
        action = self.selected_action()
        if action is None:
            return
        before = self.model.ids()
        after = moved(before, action.id, step)
        if after != before:
            self.session.push(ReorderActions(self.tr("Move action"), self.workshop_id, before, after))
            self._select(action.id)
