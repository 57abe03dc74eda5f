"""Idea capture driven as a facilitator would: type, Enter, paste, edit in place, delete, tag, undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from keyboard_hands import shown_ideas_workspace
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from workshop.domain.tags import SustainabilityTag
from workshop.domain.workshop import Workshop
from workshop.services import actions, duplicates, ideas, questions, silent_writing, tags
from workshop.ui.dialogs import remove_with_votes_dialog
from workshop.ui.phases.actions_workspace import ActionsWorkspace
from workshop.ui.phases.ideas_workspace import IdeasWorkspace
from workshop.ui.session import Session

TypeText = Callable[[QWidget, str], None]


@pytest.fixture(autouse=True)
def agree_to_remove_ideas_with_votes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The demo's ideas carry votes, so deleting one asks first; these tests answer Yes (the asking itself
    is tested in test_voting_removal.py)."""
    asked: list[str] = []

    def yes(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(remove_with_votes_dialog.QMessageBox, "question", yes)
    return asked


def make(qtbot: QtBot, session: Session, demo: Workshop) -> IdeasWorkspace:
    return shown_ideas_workspace(qtbot, session, demo)


def test_type_enter_saves_clears_and_keeps_focus(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    before = ideas.count(session.library, demo.id)
    line = workspace.capture.line
    type_text(line, "Säkra övergångar för förskolebarn 🚸")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    saved = ideas.list_ideas(session.library, demo.id)[-1]
    assert saved.text == "Säkra övergångar för förskolebarn 🚸"
    assert saved.question_id == questions.focus_question(session.library, demo.id).id  # type: ignore[union-attr]
    assert saved.author_id is None
    assert line.text() == ""
    assert QApplication.focusWidget() is line
    assert workspace.model.rowCount() == before + 1
    assert workspace.count_label.text() == f"{before + 1} idea(s)"
    assert session.undo_stack.undoText() == "Add idea"
    session.undo_stack.undo()
    assert ideas.count(session.library, demo.id) == before
    assert workspace.model.rowCount() == before
    session.undo_stack.redo()
    assert ideas.get(session.library, saved.id).text == saved.text


def test_author_picked_by_typing_and_unknown_name_keeps_the_idea(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    author_edit = workspace.capture.author.lineEdit()
    type_text(author_edit, "karin åberg")
    type_text(workspace.capture.line, "Idé med författare")
    qtbot.keyClick(workspace.capture.line, Qt.Key.Key_Return)
    saved = ideas.list_ideas(session.library, demo.id)[-1]
    assert saved.text == "Idé med författare"
    assert saved.author_id is not None
    count = ideas.count(session.library, demo.id)
    author_edit.setText("Någon Okänd")
    workspace.capture.line.setText("Ska inte försvinna")
    qtbot.keyClick(workspace.capture.line, Qt.Key.Key_Return)
    assert ideas.count(session.library, demo.id) == count
    assert workspace.capture.line.text() == "Ska inte försvinna"
    assert "Någon Okänd" in workspace.message.text()


def test_empty_enter_adds_nothing(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    workspace = make(qtbot, session, demo)
    count = ideas.count(session.library, demo.id)
    qtbot.keyClicks(workspace.capture.line, "   ")
    qtbot.keyClick(workspace.capture.line, Qt.Key.Key_Return)
    assert ideas.count(session.library, demo.id) == count
    assert session.undo_stack.count() == 0


def test_paste_of_several_lines_adds_one_idea_per_line_in_one_undo_step(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = make(qtbot, session, demo)
    asked: list[int] = []
    workspace.capture.confirm_paste = lambda n: asked.append(n) or True
    count = ideas.count(session.library, demo.id)
    QGuiApplication.clipboard().setText("Första raden\n\n  Andra raden \r\nTredje – ü")
    qtbot.keyClick(workspace.capture.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert asked == [3]
    texts = [i.text for i in ideas.list_ideas(session.library, demo.id)[-3:]]
    assert texts == ["Första raden", "Andra raden", "Tredje – ü"]
    assert session.undo_stack.undoText() == "Add 3 idea(s)"
    session.undo_stack.undo()
    assert ideas.count(session.library, demo.id) == count


def test_declined_paste_goes_into_the_line(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    workspace = make(qtbot, session, demo)
    workspace.capture.confirm_paste = lambda n: False
    QGuiApplication.clipboard().setText("ett\ntvå")
    qtbot.keyClick(workspace.capture.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert workspace.capture.line.text() == "ett två"


def select_row(workspace: IdeasWorkspace, row: int) -> None:
    workspace.table.setFocus()
    workspace.table.selectRow(row)


def test_edit_in_place_with_f2_and_undo(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    first = ideas.list_ideas(session.library, demo.id)[0]
    select_row(workspace, 0)
    qtbot.keyClick(workspace.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Ändrad idé")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call
    assert ideas.get(session.library, first.id).text == "Ändrad idé"
    assert workspace.model.idea(0).text == "Ändrad idé"
    assert session.undo_stack.undoText() == "Edit idea"
    session.undo_stack.undo()
    assert ideas.get(session.library, first.id).text == first.text
    assert workspace.model.idea(0).text == first.text


def test_delete_key_removes_and_undo_restores_with_tags(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = make(qtbot, session, demo)
    first = ideas.list_ideas(session.library, demo.id)[0]
    select_row(workspace, 0)
    qtbot.keyClick(workspace.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tags.tags_of(session.library, first.id) == {SustainabilityTag.SOCIAL}
    assert "Social" in workspace.model.index(0, 2).data()
    qtbot.keyClick(workspace.table, Qt.Key.Key_Delete)
    assert first.id not in [i.id for i in ideas.list_ideas(session.library, demo.id)]
    assert workspace.model.row_of(first.id) == -1
    session.undo_stack.undo()
    assert ideas.get(session.library, first.id) == first
    assert tags.tags_of(session.library, first.id) == {SustainabilityTag.SOCIAL}
    assert workspace.model.row_of(first.id) == 0
    session.undo_stack.undo()
    assert tags.tags_of(session.library, first.id) == frozenset()


def test_undo_of_delete_relinks_the_action_plan_and_merged_duplicates(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = make(qtbot, session, demo)
    plan = ActionsWorkspace(session, demo.id)
    qtbot.addWidget(plan)
    first, duplicate = ideas.list_ideas(session.library, demo.id)[:2]
    linked = [a for a in actions.list_actions(session.library, demo.id) if a.idea_id == first.id]
    assert linked, "the demo's plan carries its winning idea forward"
    row = plan.model.ids().index(linked[0].id)
    assert plan.model.index(row, plan.model.IDEA).data() == first.text
    duplicates.merge(session.library, first.id, [duplicate.id])
    select_row(workspace, 0)
    qtbot.keyClick(workspace.table, Qt.Key.Key_Delete)
    assert actions.get(session.library, linked[0].id).idea_id is None
    assert plan.model.index(row, plan.model.IDEA).data() == "—"
    assert ideas.get(session.library, duplicate.id).merged_into is None
    session.undo_stack.undo()
    assert actions.get(session.library, linked[0].id).idea_id == first.id
    assert plan.model.index(row, plan.model.IDEA).data() == first.text
    assert ideas.get(session.library, duplicate.id).merged_into == first.id
    assert workspace.model.row_of(first.id) == 0


def test_search_filters_and_counts(
    qtbot: QtBot, session: Session, demo: Workshop, type_text: TypeText
) -> None:
    workspace = make(qtbot, session, demo)
    total = workspace.model.rowCount()
    qtbot.keyClick(workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is workspace.search
    type_text(workspace.search, "belysning")
    shown = workspace.proxy.rowCount()
    assert 0 < shown < total
    assert workspace.count_label.text() == f"{shown} of {total} ideas"


def test_silent_writing_and_reveal_are_undoable(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    workspace = make(qtbot, session, demo)
    qtbot.keyClick(
        workspace.capture.line,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert silent_writing.is_silent(session.library, demo.id)
    assert "on" in workspace.silent_button.text()
    qtbot.keyClicks(workspace.capture.line, "Hidden one")
    qtbot.keyClick(workspace.capture.line, Qt.Key.Key_Return)
    hidden = ideas.list_ideas(session.library, demo.id)[-1]
    assert not hidden.revealed
    assert workspace.reveal_button.isEnabled()
    assert workspace.model.index(workspace.model.row_of(hidden.id), 3).data() == "hidden"
    qtbot.mouseClick(workspace.reveal_button, Qt.MouseButton.LeftButton)
    assert ideas.get(session.library, hidden.id).revealed
    assert not workspace.reveal_button.isEnabled()
    session.undo_stack.undo()
    assert not ideas.get(session.library, hidden.id).revealed
    session.undo_stack.undo()  # the idea
    session.undo_stack.undo()  # silent writing
    assert not silent_writing.is_silent(session.library, demo.id)
