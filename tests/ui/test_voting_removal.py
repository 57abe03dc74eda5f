"""Removing an idea or a person with votes asks first, and undo brings the votes back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop.domain.workshop import Workshop
from workshop.services import ballots, ideas, participants, voting
from workshop.store.library import Library
from workshop.ui.dialogs import remove_with_votes_dialog
from workshop.ui.dialogs.remove_with_votes_dialog import confirm_removal
from workshop.ui.session import Session


def test_asks_only_when_there_are_votes(
    session: Session, library: Library, demo: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []

    def answer(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(remove_with_votes_dialog.QMessageBox, "question", answer)
    for voting_round in voting.list_rounds(library, demo.id):
        voting.remove_round(library, voting_round.id)
    made, _ = voting.create_round(library, demo.id, "Omgång", "dots")
    first, second = (item.id for item in voting.items_for(library, made)[:2])
    anna = ballots.turns(library, made.id)[0].participant.id
    mehmet = ballots.turns(library, made.id)[1].participant.id
    ballots.place_dot(library, made.id, anna, first)
    ballots.place_dot(library, made.id, anna, first)

    assert confirm_removal(None, session, idea_ids=[second])
    assert confirm_removal(None, session, participant_id=mehmet)
    assert questions == []
    assert not confirm_removal(None, session, idea_ids=[first])
    assert not confirm_removal(None, session, participant_id=anna)
    assert len(questions) == 2
    assert "1 vote" in questions[0]


def test_undo_of_idea_and_participant_removal_keeps_votes(library: Library, demo: Workshop) -> None:
    made = next(r for r in voting.list_rounds(library, demo.id) if r.method == "dots")
    before = voting.results_for(library, made.id)
    winner = before[0].item_id
    removed_idea, _ = ideas.remove(library, winner)
    assert voting.results_for(library, made.id)[0].item_id != winner
    ideas.restore(library, removed_idea)
    assert voting.results_for(library, made.id) == before
    person = participants.list_participants(library, demo.id)[0]
    removed_person, _ = participants.remove(library, person.id)
    assert voting.results_for(library, made.id) != before
    participants.restore(library, removed_person)
    assert voting.results_for(library, made.id) == before


def test_deleting_a_voted_idea_in_the_ideas_workspace_asks_and_undo_restores_votes(
    qtbot, session: Session, library: Library, demo: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QItemSelectionModel, Qt

    from workshop.ui.models.ideas_model import IdeaIdRole
    from workshop.ui.phases.ideas_workspace import IdeasWorkspace

    made = next(r for r in voting.list_rounds(library, demo.id) if r.method == "dots")
    before = voting.results_for(library, made.id)
    winner = before[0].item_id
    workspace = IdeasWorkspace(session, demo.id)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    row = next(
        r for r in range(workspace.proxy.rowCount()) if workspace.proxy.index(r, 0).data(IdeaIdRole) == winner
    )
    workspace.table.selectionModel().setCurrentIndex(
        workspace.proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    workspace.table.setFocus()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(remove_with_votes_dialog.QMessageBox, "question", answer)
    qtbot.keyClick(workspace.table, Qt.Key.Key_Delete)
    assert ideas.get(library, winner).id == winner  # "No" keeps it
    qtbot.keyClick(workspace.table, Qt.Key.Key_Delete)
    assert len(asked) == 2
    assert winner not in [i.id for i in ideas.list_ideas(library, demo.id)]
    session.undo_stack.undo()
    assert voting.results_for(library, made.id) == before
