"""The voting views stay out of idea capture's way: hidden, a change only marks them out of date; shown,
they show what changed meanwhile (a round made elsewhere is listed and selected, the screen follows it)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from workshop.domain.voting import VotingMethod
from workshop.domain.workshop import Workshop
from workshop.services import ideas, voting
from workshop.store.library import Library
from workshop.ui.phases.voting_workspace import VotingWorkspace
from workshop.ui.presenter.voting_view import VotingView
from workshop.ui.session import Session


def stack_with(qtbot: QtBot, *pages: object) -> QStackedWidget:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QLabel("Ideas"))
    for page in pages:
        stack.addWidget(page)  # type: ignore[arg-type]
    stack.resize(1100, 800)
    stack.show()
    qtbot.waitExposed(stack)
    return stack


def test_hidden_voting_views_read_nothing_when_an_idea_is_added_and_catch_up_when_shown(
    qtbot: QtBot, session: Session, library: Library, demo: Workshop
) -> None:
    console = VotingWorkspace(session, demo.id)
    projector = VotingView(session, demo.id)
    console_stack, projector_stack = stack_with(qtbot, console), stack_with(qtbot, projector)
    statements: list[str] = []
    library.db.conn.set_trace_callback(statements.append)
    try:
        session.run(ideas.add, demo.id, "Cykelbuss varje fredag")
    finally:
        library.db.conn.set_trace_callback(None)
    assert [s for s in statements if "voting_rounds" in s or "votes" in s] == []
    made = session.run(voting.create_round, demo.id, "Prickar i pausen", VotingMethod.DOTS)
    console_stack.setCurrentWidget(console)
    projector_stack.setCurrentWidget(projector)
    QApplication.processEvents()
    assert console.selected_round_id() == made.id
    assert projector.round is not None
    assert projector.round.id == made.id
