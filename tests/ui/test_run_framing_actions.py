"""Problem framing and the action plan, driven from the keyboard, with undo of every kind of edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.action import ActionStatus
from workshop.domain.framing import FramingKind
from workshop.domain.workshop import Workshop
from workshop.services import actions, framing, ideas, questions, workshops
from workshop.ui.phases.actions_workspace import ActionsWorkspace
from workshop.ui.phases.framing_workspace import FramingWorkspace
from workshop.ui.session import Session

TypeText = Callable[[QWidget, str], None]


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_problem_statement_is_one_undo_step_per_visit(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    demo_statement = workshops.get(session.library, demo.id).problem_statement
    assert demo_statement  # the demo comes framed
    workspace = FramingWorkspace(session, demo.id)
    shown(qtbot, workspace)
    assert workspace.statement.toPlainText() == demo_statement
    workspace.statement.setFocus()
    workspace.statement.selectAll()
    type_text(workspace.statement, "Barn går inte till skolan, för föräldrar oroar sig")
    assert workshops.get(session.library, demo.id).problem_statement == demo_statement  # not per character
    workspace.context.setFocus()  # leaving the field saves it
    assert workshops.get(session.library, demo.id).problem_statement.startswith("Barn går inte")
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit problem statement"
    session.undo_stack.undo()
    assert workshops.get(session.library, demo.id).problem_statement == demo_statement
    assert workspace.statement.toPlainText() == demo_statement


def test_framing_lists_enter_adds_f2_edits_delete_removes(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    demo_groups = [i.text for i in framing.list_items(session.library, demo.id, FramingKind.TARGET_GROUP)]
    workspace = FramingWorkspace(session, demo.id)
    shown(qtbot, workspace)
    groups = workspace.lists[FramingKind.TARGET_GROUP]
    assert groups.list.count() == len(demo_groups) == 3
    groups.line.setFocus()
    for text in ("Elever i åk 4–6", "Föräldrar"):
        type_text(groups.line, text)
        qtbot.keyClick(groups.line, Qt.Key.Key_Return)
        assert groups.line.text() == ""
    saved = framing.list_items(session.library, demo.id, FramingKind.TARGET_GROUP)[3:]
    assert [i.text for i in saved] == ["Elever i åk 4–6", "Föräldrar"]
    assert groups.list.count() == 5
    groups.list.setFocus()
    groups.list.setCurrentRow(4)
    qtbot.keyClick(groups.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [i.text for i in framing.list_items(session.library, demo.id, "target_group")][3] == "Föräldrar"
    groups.select(saved[0].id)
    qtbot.keyClick(groups.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Elever på mellanstadiet")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert framing.get(session.library, saved[0].id).text == "Elever på mellanstadiet"
    groups.list.setFocus()
    groups.select(saved[0].id)
    qtbot.keyClick(groups.list, Qt.Key.Key_Delete)
    assert len(framing.list_items(session.library, demo.id, "target_group")) == 4
    for expected in ("Remove framing item", "Edit framing item", "Move framing item", "Add framing item"):
        assert session.undo_stack.undoText() == expected
        session.undo_stack.undo()
    texts = [i.text for i in framing.list_items(session.library, demo.id, "target_group")]
    assert texts == [*demo_groups, "Elever i åk 4–6"]


def test_questions_add_and_focus_with_undo(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = FramingWorkspace(session, demo.id)
    shown(qtbot, workspace)
    first_focus = questions.focus_question(session.library, demo.id)
    workspace.questions.line.setFocus()
    type_text(workspace.questions.line, "Hur skulle vi kunna göra parken tryggare?")
    qtbot.keyClick(workspace.questions.line, Qt.Key.Key_Return)
    added = questions.list_questions(session.library, demo.id)[-1]
    workspace.questions.list.setFocus()
    workspace.questions.select(added.id)
    qtbot.keyClick(
        workspace.questions.list,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert questions.focus_question(session.library, demo.id) == questions.get(session.library, added.id)
    assert "parken" in workspace.focus_label.text()
    session.undo_stack.undo()
    assert questions.focus_question(session.library, demo.id) == first_focus
    session.undo_stack.undo()
    assert added.id not in [q.id for q in questions.list_questions(session.library, demo.id)]


def test_action_plan_keyboard_only(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    demo_plan = actions.list_actions(session.library, demo.id)
    assert 2 <= len(demo_plan) <= 4  # the demo comes with a started plan
    workspace = ActionsWorkspace(session, demo.id)
    shown(qtbot, workspace)
    assert workspace.model.rowCount() == len(demo_plan)
    workspace.what.setFocus()
    type_text(workspace.what, "Pilotprojekt med gående skolbuss")
    qtbot.keyClick(workspace.what, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (workspace.idea, workspace.idea.lineEdit())
    type_text(workspace.idea.lineEdit(), "Gående skolbuss med vuxna som turas om att gå en fast slinga")
    workspace.owner.setFocus()
    type_text(workspace.owner.lineEdit(), "Mehmet Yilmaz")
    workspace.due.setFocus()
    workspace.due.set_iso("2026-05-01")
    workspace.next_step.setFocus()
    type_text(workspace.next_step, "Boka möte med föräldraföreningen")
    qtbot.keyClick(workspace.next_step, Qt.Key.Key_Return)
    plan = actions.list_actions(session.library, demo.id)
    assert plan[: len(demo_plan)] == demo_plan
    assert len(plan) == len(demo_plan) + 1
    action = plan[-1]
    assert action.title == "Pilotprojekt med gående skolbuss"
    assert action.idea_id == ideas.list_ideas(session.library, demo.id)[0].id
    assert action.owner_id is not None
    assert action.owner_text == ""
    assert action.due_date == "2026-05-01"
    assert action.next_step == "Boka möte med föräldraföreningen"
    assert QApplication.focusWidget() is workspace.what
    assert workspace.what.text() == ""
    # the next one, with a free-text owner
    type_text(workspace.what, "Trygghetsvandring i oktober")
    workspace.owner.setFocus()
    type_text(workspace.owner.lineEdit(), "Stadsdelsförvaltningen")
    qtbot.keyClick(workspace.owner.lineEdit(), Qt.Key.Key_Return)
    second = actions.list_actions(session.library, demo.id)[-1]
    assert second.owner_id is None
    assert second.owner_text == "Stadsdelsförvaltningen"
    assert workspace.model.rowCount() == len(demo_plan) + 2
    assert f"{len(demo_plan) + 2} action(s)" in workspace.count_label.text()


def test_action_edit_in_place_reorder_delete_and_undo(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    actions.remove_many(session.library, [a.id for a in actions.list_actions(session.library, demo.id)])
    first, _ = actions.add(session.library, demo.id, "Första")
    second, _ = actions.add(session.library, demo.id, "Andra")
    workspace = ActionsWorkspace(session, demo.id)
    shown(qtbot, workspace)
    table = workspace.table
    table.setFocus()
    table.selectRow(0)
    status_index = workspace.model.index(0, workspace.model.STATUS)
    workspace.model.setData(status_index, ActionStatus.IN_PROGRESS.value)
    assert actions.get(session.library, first.id).status == ActionStatus.IN_PROGRESS
    assert session.undo_stack.undoText() == "Edit action"
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in actions.list_actions(session.library, demo.id)] == [second.id, first.id]
    assert workspace.selected_action() is not None
    assert workspace.selected_action().id == first.id  # type: ignore[union-attr]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [a.id for a in actions.list_actions(session.library, demo.id)] == [second.id]
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert actions.list_actions(session.library, demo.id) == [first, second]


def test_action_without_what_is_refused_and_keeps_typing(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    demo_plan = actions.list_actions(session.library, demo.id)
    workspace = ActionsWorkspace(session, demo.id)
    shown(qtbot, workspace)
    workspace.next_step.setFocus()
    qtbot.keyClicks(workspace.next_step, "call the school")
    qtbot.keyClick(workspace.next_step, Qt.Key.Key_Return)
    assert actions.list_actions(session.library, demo.id) == demo_plan
    assert workspace.next_step.text() == "call the school"
    assert workspace.message.isVisible()
