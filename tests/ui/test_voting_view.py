"""A whole round on the shared screen, driven like the room drives it: keys, mouse, Done, the privacy
screen, the next person, the reveal, and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from workshop.domain.voting import BallotState, ScoringBy, VotingMethod
from workshop.domain.workshop import Workshop
from workshop.services import ballots, participants, voting
from workshop.store.library import Library
from workshop.ui.commands.voting import ChangeBallot, ChangeRound
from workshop.ui.presenter.voting_view import VotingView
from workshop.ui.session import Session


@pytest.fixture
def three(library: Library, demo: Workshop) -> list[str]:
    """Only three people are in the room today."""
    people = participants.list_participants(library, demo.id)
    for person in people[3:]:
        participants.update(library, person.id, present=False)
    return [p.id for p in people[:3]]


def make_view(qtbot: QtBot, session: Session, workshop_id: str) -> VotingView:
    view = VotingView(session, workshop_id)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_card(qtbot: QtBot, view: VotingView, index: int, *, minus: bool = False) -> None:
    card = view.cards.card_rect(index)
    spot = view.cards.minus_rect(card).center() if minus else card.center()
    qtbot.mouseClick(view.cards, Qt.MouseButton.LeftButton, pos=QPoint(int(spot.x()), int(spot.y())))


def shown_numbers(view: VotingView) -> str:
    """Everything the room can read on the screen besides the voter's own cards."""
    return " ".join(
        label.text()
        for label in (view.message, view.privacy_title, view.privacy_next, view.results_title)
        if label.isVisible()
    )


def test_a_whole_dot_round_in_turns(
    qtbot: QtBot, session: Session, library: Library, demo: Workshop, three: list[str]
) -> None:
    made, _ = voting.create_round(library, demo.id, "Vilka går vidare?", VotingMethod.DOTS)
    items = [item.id for item in voting.items_for(library, made)]
    view = make_view(qtbot, session, demo.id)
    assert view.page() == "privacy"
    assert "Anna Lindqvist" in view.privacy_next.text()

    qtbot.keyClick(view, Qt.Key.Key_Return)  # Anna starts
    assert view.page() == "turn"
    assert "Anna Lindqvist" in view.turn_title.text()
    assert "5 av 5" in view.turn_hint.text()  # the demo is Swedish: so is its shared screen
    cards = view.cards
    qtbot.keyClick(cards, Qt.Key.Key_2)  # two dots on the first card
    qtbot.keyClick(cards, Qt.Key.Key_Right)
    qtbot.keyClick(cards, Qt.Key.Key_Plus)
    assert ballots.ballot_for(library, made.id, three[0]) == {items[0]: 2, items[1]: 1}
    assert "2 av 5" in view.turn_hint.text()

    qtbot.keyClick(cards, Qt.Key.Key_4)  # a fourth on one item is refused, with the reason on screen
    assert "Högst 3" in view.turn_error.text()  # the room's language, not the console's
    assert ballots.ballot_for(library, made.id, three[0])[items[1]] == 1

    click_card(qtbot, view, 2)
    click_card(qtbot, view, 2)
    assert ballots.ballot_for(library, made.id, three[0])[items[2]] == 2
    assert view.turn_error.text() == ""
    qtbot.keyClick(cards, Qt.Key.Key_Plus)  # the sixth dot
    assert "Inga prickar kvar" in view.turn_error.text()
    click_card(qtbot, view, 0, minus=True)  # touch the "−" on the first card
    assert ballots.ballot_for(library, made.id, three[0]) == {items[0]: 1, items[1]: 1, items[2]: 2}

    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.page() == "privacy"  # Anna's choices are hidden before Mehmet steps up
    assert not view.cards.isVisible()
    assert "Mehmet Yilmaz" in view.privacy_next.text()
    assert ballots.turns(library, made.id)[0].state == BallotState.DONE

    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert "Mehmet Yilmaz" in view.turn_title.text()
    assert view.cards.states == {}  # he sees his own empty ballot, not Anna's
    qtbot.keyClick(view.cards, Qt.Key.Key_3)
    qtbot.keyClick(view.cards, Qt.Key.Key_Return)  # Enter is Done
    assert view.page() == "privacy"

    # the facilitator skips Sara, who left early
    session.push(ChangeBallot("Skip", made.id, three[2], lambda lib: ballots.skip(lib, made.id, three[2])))
    assert view.page() == "message"
    assert "Alla har röstat" in view.message.text()
    assert "4" not in shown_numbers(view)
    assert "3" not in shown_numbers(view)

    session.push(ChangeRound("Reveal", made.id, revealed=True, on_screen=True))
    assert view.page() == "results"
    assert view.chart.isVisible()
    assert [(bar.rank, bar.tied, bar.value) for bar in view.chart.bars] == [
        (1, False, 4),
        (2, False, 2),
        (3, False, 1),
    ]
    view.grab()  # paints without error

    session.undo_stack.undo()  # hide again
    assert view.page() == "message"
    assert not view.chart.isVisible()


def test_ties_are_shown_as_ties(qtbot: QtBot, session: Session, library: Library, demo: Workshop) -> None:
    made, _ = voting.create_round(library, demo.id, "Papper", VotingMethod.TALLY)
    items = [item.id for item in voting.items_for(library, made)]
    for item, count in zip(items[:3], (5, 5, 2), strict=True):
        ballots.set_tally(library, made.id, item, count)
    view = make_view(qtbot, session, demo.id)
    assert view.page() == "message"
    assert "5" not in view.message.text()
    session.push(ChangeRound("Reveal", made.id, revealed=True))
    assert [(b.rank, b.tied) for b in view.chart.bars] == [(1, True), (1, True), (3, False)]


def test_dots_on_the_presenter_are_undoable(
    qtbot: QtBot, session: Session, library: Library, demo: Workshop, three: list[str]
) -> None:
    made, _ = voting.create_round(library, demo.id, "Vilka går vidare?", VotingMethod.DOTS)
    view = make_view(qtbot, session, demo.id)
    view.start_turn()
    click_card(qtbot, view, 1)
    first = voting.items_for(library, made)[1].id
    assert ballots.ballot_for(library, made.id, three[0]) == {first: 1}
    session.undo_stack.undo()
    assert ballots.ballot_for(library, made.id, three[0]) == {}
    assert view.cards.states == {}
    session.undo_stack.redo()
    assert ballots.ballot_for(library, made.id, three[0]) == {first: 1}
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    session.undo_stack.undo()  # undo Done: Anna is voting again
    assert ballots.turns(library, made.id)[0].state == BallotState.VOTING


def test_scoring_in_turns_and_the_matrix(
    qtbot: QtBot, session: Session, library: Library, demo: Workshop, three: list[str]
) -> None:
    made, _ = voting.create_round(library, demo.id, "Effekt och insats", VotingMethod.SCORING)
    first = voting.items_for(library, made)[0].id
    view = make_view(qtbot, session, demo.id)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.cards.scoring
    qtbot.keyClick(view.cards, Qt.Key.Key_5)  # impact 5
    qtbot.keyClick(view.cards, Qt.Key.Key_Down)
    qtbot.keyClick(view.cards, Qt.Key.Key_2)  # effort 2
    assert ballots.scores_for(library, made.id, three[0]) == {first: (5, 2)}
    qtbot.keyClick(view.cards, Qt.Key.Key_7)
    assert "mellan 1 och 5" in view.turn_error.text()  # in the room's language
    card = view.cards.card_rect(1)
    spot = view.cards.score_rect(card, 0, 3).center()
    qtbot.mouseClick(view.cards, Qt.MouseButton.LeftButton, pos=QPoint(int(spot.x()), int(spot.y())))
    second = voting.items_for(library, made)[1].id
    assert ballots.scores_for(library, made.id, three[0])[second] == (3, None)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.page() == "privacy"
    session.push(ChangeRound("Reveal", made.id, revealed=True))
    assert view.matrix.isVisible()
    assert not view.chart.isVisible()
    assert [(p.impact, p.effort) for p in view.matrix.points] == [(5.0, 2.0)]
    view.grab()


def test_group_scoring_shows_no_ballot_to_the_room(
    qtbot: QtBot, session: Session, library: Library, demo: Workshop
) -> None:
    voting.create_round(library, demo.id, "Tillsammans", "scoring", scoring_by=ScoringBy.GROUP)
    view = make_view(qtbot, session, demo.id)
    assert view.page() == "message"


def test_no_round_yet(qtbot: QtBot, session: Session, library: Library, demo: Workshop) -> None:
    for voting_round in voting.list_rounds(library, demo.id):
        voting.remove_round(library, voting_round.id)
    view = make_view(qtbot, session, demo.id)
    assert view.page() == "message"


def test_result_labels_use_the_rooms_width_and_wrap_before_they_are_shortened(qtbot: QtBot) -> None:
    """Issue #11: "Plantera fruktträd läng…" while half the screen was empty."""
    from workshop.ui.presenter.voting_charts import Bar, RankedBars

    chart = RankedBars()
    qtbot.addWidget(chart)
    chart.resize(1232, 520)  # the results page of a 1280×720 shared screen
    long = "Plantera fruktträd längs cykelvägen och vid skolans entré så att barnen får skugga"
    labels = ["Plantera fruktträd längs cykelvägen", long, "Fler bänkar", "x" + " ord" * 200]
    chart.set_bars([Bar(n + 1, False, label, 9 - n) for n, label in enumerate(labels)])
    shown = chart.shown_labels()
    assert shown[0] == ["Plantera fruktträd längs cykelvägen"]  # one line, whole
    assert " ".join(shown[1]) == long  # two lines, whole
    assert len(shown[1]) == 2
    assert shown[2] == ["Fler bänkar"]
    assert len(shown[3]) == 2  # a text that cannot fit shows that it is cut
    assert shown[3][-1].endswith("…")


def test_the_ballot_hint_names_the_keys_that_work(
    qtbot: QtBot, session: Session, library: Library, demo: Workshop, three: list[str]
) -> None:
    """Issue #11: the hint said "digits and +/−" and named neither the arrows nor Enter; every key it
    names now does what it says (Swedish: the demo's language)."""
    made, _ = voting.create_round(library, demo.id, "Vilka går vidare?", VotingMethod.DOTS)
    items = [item.id for item in voting.items_for(library, made)]
    view = make_view(qtbot, session, demo.id)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    hint = view.turn_hint.text()
    for named in ("← → ↑ ↓", "+ eller mellanslag", "− för att ta tillbaka", "en siffra", "Enter"):
        assert named in hint, named
    cards = view.cards
    qtbot.keyClick(cards, Qt.Key.Key_Plus)
    qtbot.keyClick(cards, Qt.Key.Key_Space)
    assert ballots.ballot_for(library, made.id, three[0]) == {items[0]: 2}
    qtbot.keyClick(cards, Qt.Key.Key_Minus)
    assert ballots.ballot_for(library, made.id, three[0]) == {items[0]: 1}
    qtbot.keyClick(cards, Qt.Key.Key_Right)
    qtbot.keyClick(cards, Qt.Key.Key_3)
    assert ballots.ballot_for(library, made.id, three[0]) == {items[0]: 1, items[1]: 3}
    qtbot.keyClick(cards, Qt.Key.Key_Down)  # a row down (or the last card), never off the ballot
    assert 0 <= cards.current < len(items)
    qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert ballots.turns(library, made.id)[0].state == BallotState.DONE


def test_a_long_item_on_a_ballot_card_ends_in_an_ellipsis_above_the_dots(qtbot: QtBot) -> None:
    """Issue #11: a long text ran on under the card's dots with nothing saying it was cut."""
    from PySide6.QtGui import QFontMetricsF

    from workshop.domain.voting import VotingItem
    from workshop.ui.presenter.voting_cards import BallotCards

    cards = BallotCards()
    qtbot.addWidget(cards)
    cards.resize(1200, 600)
    long = VotingItem("a", "Plantera fruktträd " * 30, ())
    short = VotingItem("b", "Fler bänkar", ())
    cards.set_ballot([long, short], {}, scoring=False, max_per_item=3, criteria=("", ""))
    lines = cards.card_lines(long)
    area = cards.text_area(cards.card_rect(0))
    assert len(lines) * QFontMetricsF(cards.card_font()).lineSpacing() <= area.height()  # above the dots
    assert lines[-1].endswith("…")
    assert cards.card_lines(short) == ["Fler bänkar"]
