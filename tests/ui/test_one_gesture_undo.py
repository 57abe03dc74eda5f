"""One gesture, one transaction, one undo step: Ctrl+1 or Delete on five selected ideas is one step that one
Ctrl+Z takes back, and a gesture (or an undo) that fails half-way changes nothing and says so."""

from __future__ import annotations

import pytest
from keyboard_hands import shown_ideas_workspace
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from workshop.domain.tags import SustainabilityTag
from workshop.domain.workshop import Workshop
from workshop.services import clusters, ideas, tags
from workshop.services.changes import ChangeSet
from workshop.store import voting as voting_rows
from workshop.ui.commands.ideas import RemoveIdeas
from workshop.ui.dialogs import remove_with_votes_dialog
from workshop.ui.phases.board_workspace import BoardWorkspace
from workshop.ui.phases.ideas_workspace import IdeasWorkspace
from workshop.ui.session import EditCommand, Session

ECO = SustainabilityTag.ECONOMIC


@pytest.fixture(autouse=True)
def agree_to_remove_ideas_with_votes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        remove_with_votes_dialog.QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes
    )


@pytest.fixture
def failures(session: Session) -> list[str]:
    told: list[str] = []
    session.failed.connect(told.append)
    return told


def workspace_with_five_selected(qtbot: QtBot, session: Session, demo: Workshop) -> IdeasWorkspace:
    workspace = shown_ideas_workspace(qtbot, session, demo)
    workspace.table.setFocus()
    model = workspace.table.model()
    selection = QItemSelection(model.index(0, 0), model.index(4, model.columnCount() - 1))
    workspace.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert len(workspace.selected_ids()) == 5
    return workspace


def test_ctrl_1_on_five_ideas_is_one_undo_step(qtbot: QtBot, session: Session, demo: Workshop) -> None:
    workspace = workspace_with_five_selected(qtbot, session, demo)
    five = workspace.selected_ids()
    tags.set_tags(session.library, five[0], {SustainabilityTag.SOCIAL})  # one had another tag already
    before = {i: tags.tags_of(session.library, i) for i in five}
    qtbot.keyClick(workspace.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert session.undo_stack.count() == 1
    assert all(ECO in tags.tags_of(session.library, i) for i in five)
    assert all(ECO in workspace.model.tags_of(i) for i in five)
    session.undo_stack.undo()
    assert {i: tags.tags_of(session.library, i) for i in five} == before
    assert all(ECO not in workspace.model.tags_of(i) for i in five)
    session.undo_stack.redo()
    assert all(ECO in tags.tags_of(session.library, i) for i in five)


def test_delete_of_five_ideas_is_one_undo_step_that_restores_all(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    workspace = workspace_with_five_selected(qtbot, session, demo)
    five = workspace.selected_ids()
    tags.set_tags(session.library, five[2], {ECO})
    votes = voting_rows.votes_on_items(session.library, five)
    everything = ideas.list_ideas(session.library, demo.id)
    qtbot.keyClick(workspace.table, Qt.Key.Key_Delete)
    assert session.undo_stack.count() == 1
    assert all(workspace.model.row_of(i) == -1 for i in five)
    session.undo_stack.undo()
    assert ideas.list_ideas(session.library, demo.id) == everything
    assert tags.tags_of(session.library, five[2]) == {ECO}
    assert sorted(voting_rows.votes_on_items(session.library, five), key=repr) == sorted(votes, key=repr)
    assert all(workspace.model.row_of(i) >= 0 for i in five)


def test_remove_ideas_with_a_missing_id_changes_nothing_and_says_so(
    session: Session, demo: Workshop, failures: list[str]
) -> None:
    a, b, *_ = ideas.list_ideas(session.library, demo.id)
    everything = ideas.list_ideas(session.library, demo.id)
    assert not session.push(RemoveIdeas("Delete 3 ideas", [a.id, b.id, "gone-meanwhile"]))
    assert ideas.list_ideas(session.library, demo.id) == everything
    assert session.undo_stack.count() == 0
    assert failures
    assert "does not exist" in failures[0]


class TwoServiceCalls(EditCommand):
    """A command whose second service call fails after the first one wrote."""

    def __init__(self, idea_id: str) -> None:
        super().__init__("Edit and fail")
        self.idea_id = idea_id

    def do(self) -> ChangeSet:
        assert self.session is not None
        ideas.update(self.session.library, self.idea_id, text="Half of a gesture")
        return tags.set_tags(self.session.library, "gone-meanwhile", {ECO})[1]

    def undo_edit(self) -> ChangeSet:
        raise AssertionError("never on the stack")


def test_a_command_of_two_service_calls_is_one_transaction(
    session: Session, demo: Workshop, failures: list[str]
) -> None:
    first = ideas.list_ideas(session.library, demo.id)[0]
    assert not session.push(TwoServiceCalls(first.id))
    assert ideas.get(session.library, first.id) == first
    assert session.undo_stack.count() == 0
    assert failures


def test_an_undo_that_fails_changes_nothing_and_keeps_the_step(
    qtbot: QtBot, session: Session, demo: Workshop, failures: list[str]
) -> None:
    a, b, c, *_ = ideas.list_ideas(session.library, demo.id)
    command = RemoveIdeas("Delete 3 ideas", [a.id, b.id, c.id])
    assert session.push(command)
    ideas.restore(session.library, b)  # b came back another way (a second window)
    session.undo_stack.undo()
    assert failures, "the facilitator is told the undo did not happen"
    assert {i.id for i in ideas.list_ideas(session.library, demo.id)} & {a.id, c.id} == set()
    qtbot.waitUntil(lambda: session.undo_stack.index() == 1)  # the step is still there to undo
    assert session.undo_stack.canUndo()
    assert not session.undo_stack.canRedo()
    ideas.remove(session.library, b.id)
    session.undo_stack.undo()  # now it can
    assert {a.id, b.id, c.id} <= {i.id for i in ideas.list_ideas(session.library, demo.id)}
    assert session.undo_stack.index() == 0


def test_a_redo_that_fails_changes_nothing_and_keeps_the_step_to_redo(
    qtbot: QtBot, session: Session, demo: Workshop, failures: list[str]
) -> None:
    a, b, *_ = ideas.list_ideas(session.library, demo.id)
    assert session.push(RemoveIdeas("Delete 2 ideas", [a.id, b.id]))
    session.undo_stack.undo()
    ideas.remove(session.library, b.id)  # b went another way meanwhile
    session.undo_stack.redo()
    assert failures
    assert ideas.get(session.library, a.id) == a  # a was not deleted on its own
    qtbot.waitUntil(lambda: session.undo_stack.index() == 0)
    assert session.undo_stack.canRedo()


def test_ctrl_1_on_five_selected_notes_on_the_board_is_one_undo_step(
    qtbot: QtBot, session: Session, demo: Workshop
) -> None:
    board = BoardWorkspace(session, demo.id)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    qtbot.waitExposed(board)
    first_cluster = board.canvas.ordered_clusters()[0].cluster_id
    five = [i for i, note in board.scene.notes.items() if note.cluster_id != first_cluster][:5]
    assert len(five) == 5
    before = clusters.places(session.library, five)
    for idea_id in five:
        board.scene.notes[idea_id].setSelected(True)
    board.canvas.setFocus()
    QTest.keyClick(board.canvas, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert session.undo_stack.count() == 1
    assert set(five) <= set(clusters.members(session.library, first_cluster))
    session.undo_stack.undo()
    assert clusters.places(session.library, five) == before
