"""Problem framing: the problem statement and its context, target groups, constraints, success criteria
and the "How might we…?" questions, one of which is in focus (it is what the room sees on the screen).

Every entry is one undoable step; the two long texts are one step per visit to the field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from workshop.domain.agenda import AgendaItem
from workshop.domain.framing import FramingKind
from workshop.services import framing, questions, workshops
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.framing import (
    AddFramingItem,
    EditFramingItem,
    RemoveFramingItem,
    ReorderFramingItems,
    SetFramingText,
)
from workshop.ui.commands.library_edit import moved
from workshop.ui.commands.questions import (
    AddQuestion,
    EditQuestion,
    RemoveQuestion,
    ReorderQuestions,
    SetFocusQuestion,
)
from workshop.ui.heading import heading
from workshop.ui.phases.framing_list import Entry, FramingList
from workshop.ui.session import Session


class FramingText(QPlainTextEdit):
    """A long text that is saved when the facilitator leaves it: one visit, one undo step."""

    def __init__(self, on_leave: Callable[[], None]) -> None:
        super().__init__()
        self._on_leave = on_leave
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self._on_leave()


class FramingWorkspace(QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.phase_title = heading(1.3)
        self.statement = FramingText(lambda: self._commit_text("problem_statement"))
        self.statement.setAccessibleName(self.tr("Problem statement"))
        self.context = FramingText(lambda: self._commit_text("context"))
        self.context.setAccessibleName(self.tr("Context"))
        for edit in (self.statement, self.context):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
        statement_label = QLabel(self.tr("&Problem statement:"))
        statement_label.setBuddy(self.statement)
        context_label = QLabel(self.tr("C&ontext:"))
        context_label.setBuddy(self.context)

        self.lists: dict[FramingKind, FramingList] = {
            FramingKind.TARGET_GROUP: FramingList(
                self.tr("&Target groups"), self.tr("Add a target group, Enter")
            ),
            FramingKind.CONSTRAINT: FramingList(self.tr("Co&nstraints"), self.tr("Add a constraint, Enter")),
            FramingKind.SUCCESS_CRITERION: FramingList(
                self.tr("&Success criteria"), self.tr("Add a success criterion, Enter")
            ),
        }
        self.questions = FramingList(self.tr("&How might we…? questions"), self.tr("How might we…? Enter"))
        self.focus_label = QLabel()
        self.focus_label.setWordWrap(True)
        self.focus_label.setTextFormat(Qt.TextFormat.PlainText)
        self.focus_button = QPushButton(self.tr("Put in &focus"))
        self.focus_button.setToolTip(self.tr("Show the selected question to the room (Ctrl+Shift+F)"))

        grid = QGridLayout()
        grid.addWidget(statement_label, 0, 0)
        grid.addWidget(self.statement, 1, 0)
        grid.addWidget(context_label, 0, 1)
        grid.addWidget(self.context, 1, 1)
        grid.addWidget(self.lists[FramingKind.TARGET_GROUP], 2, 0)
        grid.addWidget(self.lists[FramingKind.CONSTRAINT], 2, 1)
        grid.addWidget(self.lists[FramingKind.SUCCESS_CRITERION], 3, 0)
        question_box = QVBoxLayout()
        question_box.addWidget(self.questions, 1)
        question_box.addWidget(self.focus_label)
        question_box.addWidget(self.focus_button)
        grid.addLayout(question_box, 3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_title)
        layout.addLayout(grid, 1)

        for kind, widget in self.lists.items():
            widget.add_requested.connect(lambda text, k=kind: self._add_item(k, text))
            widget.edit_requested.connect(self._edit_item)
            widget.remove_requested.connect(self._remove_item)
            widget.move_requested.connect(lambda item_id, step, k=kind: self._move_item(k, item_id, step))
        self.questions.add_requested.connect(self._add_question)
        self.questions.edit_requested.connect(self._edit_question)
        self.questions.remove_requested.connect(self._remove_question)
        self.questions.move_requested.connect(self._move_question)
        self.focus_button.clicked.connect(self.focus_selected_question)
        focus_action = QAction(self)
        focus_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        focus_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus_action.triggered.connect(self.focus_selected_question)
        self.addAction(focus_action)
        session.changed.connect(self._on_changed)
        self.load()

    def show_phase(self, item: AgendaItem) -> None:
        self.phase_title.setText(item.title)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id):
            return
        if changes.touches(Area.FRAMING, Area.QUESTIONS, Area.WORKSHOP):
            self.load()

    def load(self) -> None:
        lib = self.session.library
        workshop = workshops.get(lib, self.workshop_id)
        for edit, text in ((self.statement, workshop.problem_statement), (self.context, workshop.context)):
            if not edit.hasFocus() and edit.toPlainText() != text:
                edit.setPlainText(text)
        items = framing.list_items(lib, self.workshop_id)
        for kind, widget in self.lists.items():
            widget.set_entries([Entry(i.id, i.text) for i in items if i.kind == kind])
        hmw = questions.list_questions(lib, self.workshop_id)
        self.questions.set_entries([Entry(q.id, q.text, q.focus) for q in hmw])
        focus = next((q.text for q in hmw if q.focus), "")
        self.focus_label.setText(
            self.tr("In focus (bold): %1").replace("%1", focus) if focus else self.tr("No question in focus.")
        )

    # --- edits ---------------------------------------------------------------------------------------
    def _commit_text(self, field: str) -> None:
        edit = self.statement if field == "problem_statement" else self.context
        before = str(getattr(workshops.get(self.session.library, self.workshop_id), field))
        after = edit.toPlainText()
        if after == before:
            return
        name = self.tr("Edit problem statement") if field == "problem_statement" else self.tr("Edit context")
        self.session.push(SetFramingText(name, self.workshop_id, field, before, after))

    def _add_item(self, kind: FramingKind, text: str) -> None:
        if self.session.push(AddFramingItem(self.tr("Add framing item"), self.workshop_id, kind, text)):
            self.lists[kind].clear_line()

    def _edit_item(self, item_id: str, text: str) -> None:
        before = framing.get(self.session.library, item_id).text
        if not self.session.push(EditFramingItem(self.tr("Edit framing item"), item_id, before, text)):
            self.load()

    def _remove_item(self, item_id: str) -> None:
        self.session.push(RemoveFramingItem(self.tr("Remove framing item"), item_id))

    def _move_item(self, kind: FramingKind, item_id: str, step: int) -> None:
        before = [e.id for e in self.lists[kind].entries()]
        after = moved(before, item_id, step)
        if after != before:
            self.session.push(
                ReorderFramingItems(self.tr("Move framing item"), self.workshop_id, before, after)
            )

    def _add_question(self, text: str) -> None:
        if self.session.push(AddQuestion(self.tr("Add question"), self.workshop_id, text)):
            self.questions.clear_line()

    def _edit_question(self, question_id: str, text: str) -> None:
        before = questions.get(self.session.library, question_id).text
        if not self.session.push(EditQuestion(self.tr("Edit question"), question_id, before, text)):
            self.load()

    def _remove_question(self, question_id: str) -> None:
        self.session.push(RemoveQuestion(self.tr("Remove question"), question_id))

    def _move_question(self, question_id: str, step: int) -> None:
        before = [e.id for e in self.questions.entries()]
        after = moved(before, question_id, step)
        if after != before:
            self.session.push(ReorderQuestions(self.tr("Move question"), self.workshop_id, before, after))

    def focus_selected_question(self) -> None:
        chosen = self.questions.current_id()
        current = questions.focus_question(self.session.library, self.workshop_id)
        before = current.id if current is not None else None
        if chosen and chosen != before:
            self.session.push(
                SetFocusQuestion(self.tr("Put question in focus"), self.workshop_id, before, chosen)
            )
