"""Voting on the shared screen: turns in private, then the revealed result.

The projector is the only screen the room shares, so this view never shows a total while the round is
hidden (voting_rules.totals_visible decides). In a turn it shows only the current voter's own ballot;
after Done it shows "Pass to the next person" until that person starts, so nobody sees the previous
choices. Which round it shows is the round the facilitator put on screen in the console.

With the room of phones open and phones joined, the room reads "Vote on your phone" and how many have
voted, following each phone's ballot; the turns at the screen go to those without a phone
(:mod:`workshop.ui.presenter.phone_turnout`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.agenda import AgendaItem
from workshop.domain.errors import ValidationError
from workshop.domain.voting import BallotState, RoundStatus, VotingMethod, VotingRound
from workshop.domain.voting_rules import dots_left, totals_visible
from workshop.services import ballots, voting
from workshop.services.changes import Area, ChangeSet
from workshop.store.errors import LibraryError
from workshop.ui.commands.voting import ChangeBallot
from workshop.ui.presenter.phone_turnout import PhoneTurnout, next_at_screen, phone_holders
from workshop.ui.presenter.room_language import SpeaksTheRoom, workshop_language
from workshop.ui.presenter.room_type import big_label
from workshop.ui.presenter.voting_cards import BallotCards, CardState
from workshop.ui.presenter.voting_charts import Bar, ImpactEffortMatrix, MatrixPoint, RankedBars
from workshop.ui.session import Session

WATCHED = (Area.VOTES, Area.PRESENTER, Area.IDEAS, Area.CLUSTERS, Area.PARTICIPANTS, Area.ROOM)


class VotingView(SpeaksTheRoom, QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room_language = workshop_language(session, workshop_id)
        self.session = session
        self.workshop_id = workshop_id
        self.voter: str | None = None  # who stands at the screen now
        self.round: VotingRound | None = None
        self.phones: frozenset[str] = frozenset()  # who votes on a phone in this round (no turn here)
        self._last_error = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.pages = QStackedWidget()
        self.message = big_label(30)
        self.pages.addWidget(self.message)

        self.privacy_page = QWidget()
        self.privacy_title = big_label(40, bold=True)
        self.privacy_next = big_label(28)
        self.start_button = QPushButton()
        self.start_button.setMinimumHeight(70)
        self.start_button.setFont(big_label(22).font())
        privacy = QVBoxLayout(self.privacy_page)
        privacy.addStretch(1)
        privacy.addWidget(self.privacy_title)
        privacy.addWidget(self.privacy_next)
        privacy.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.privacy_phones = PhoneTurnout(beside_turns=True)  # "Or vote on your phone · 3 of 8 have voted"
        self.privacy_phones.hide()
        privacy.addWidget(self.privacy_phones)
        privacy.addStretch(1)
        self.pages.addWidget(self.privacy_page)

        self.phones_page = PhoneTurnout()  # everyone left to vote has a phone
        self.pages.addWidget(self.phones_page)

        self.turn_page = QWidget()
        self.turn_title = big_label(30, bold=True)
        self.turn_hint = big_label(18)
        self.turn_error = big_label(18, bold=True)
        self.turn_error.setStyleSheet("color: #b3261e;")
        self.cards = BallotCards()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setMinimumHeight(64)
        self.done_button.setMinimumWidth(220)
        self.done_button.setFont(big_label(22, bold=True).font())
        bottom = QHBoxLayout()
        bottom.addWidget(self.turn_error, 1)
        bottom.addWidget(self.done_button)
        turn = QVBoxLayout(self.turn_page)
        turn.addWidget(self.turn_title)
        turn.addWidget(self.turn_hint)
        turn.addWidget(scroll, 1)
        turn.addLayout(bottom)
        self.pages.addWidget(self.turn_page)

        self.results_page = QWidget()
        self.results_title = big_label(30, bold=True)
        self.chart = RankedBars()
        self.matrix = ImpactEffortMatrix()
        results = QVBoxLayout(self.results_page)
        results.addWidget(self.results_title)
        results.addWidget(self.chart, 1)
        results.addWidget(self.matrix, 1)
        self.pages.addWidget(self.results_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.start_button.clicked.connect(self.start_turn)
        self.done_button.clicked.connect(self.finish_turn)
        self.cards.dots_requested.connect(self._ask_dots)
        self.cards.score_requested.connect(self._ask_score)
        session.changed.connect(self._on_changed)
        session.failed.connect(self._remember_error)
        self._stale = False
        self.refresh()

    # --- the console and presenter window call these ---

    def show_phase(self, item: AgendaItem) -> None:
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(self.workshop_id, *WATCHED):
            if self.isVisible():
                self.refresh()
            else:  # another phase is on the shared screen: refresh once, when shown
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _remember_error(self, message: str) -> None:
        """The session words errors in the console's language; the room reads the workshop's."""
        error = self.session.last_failure
        if isinstance(error, LibraryError | ValidationError) and self.room_language is not None:
            message = error.message(self.room_language)
        self._last_error = message

    def page(self) -> str:
        """Which screen the room sees: message, privacy, turn or results (for tests and the presenter)."""
        names: dict[QWidget | None, str] = {
            self.message: "message",
            self.privacy_page: "privacy",
            self.turn_page: "turn",
            self.results_page: "results",
            self.phones_page: "phones",
        }
        return names[self.pages.currentWidget()]

    def refresh(self) -> None:
        self._stale = False
        lib = self.session.library
        self.round = voting_round = voting.round_on_screen(lib, self.workshop_id)
        self.phones = frozenset()
        if voting_round is None:
            self._say(self.tr("No voting round yet."))
        elif totals_visible(voting_round, on_presenter=True):
            self._show_results(voting_round)
        elif voting_round.status == RoundStatus.CLOSED:
            self._say(self.tr("Voting is closed. The result comes soon."))
        elif voting_round.method == VotingMethod.TALLY:
            self._say(self.tr("Place your paper dots on the wall.\nThe facilitator counts them."))
        elif ballots.scored_by_group(voting_round):
            self._say(self.tr("We score together.\nThe facilitator enters the scores."))
        else:
            self._show_turns(voting_round)

    def _say(self, text: str) -> None:
        self.voter = None
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    # --- turns ---

    def _show_turns(self, voting_round: VotingRound) -> None:
        lib = self.session.library
        turns = ballots.turns(lib, voting_round.id)
        states = {t.participant.id: t.state for t in turns}
        if self.voter is not None and states.get(self.voter) in (BallotState.WAITING, BallotState.VOTING):
            self._show_ballot(voting_round)
            return
        self.voter = None
        self.turn_error.clear()
        self.phones = phone_holders(lib, voting_round)
        turnout = ballots.turnout(lib, voting_round.id) if self.phones else None
        following = next_at_screen(turns, self.phones)
        self.privacy_phones.setVisible(turnout is not None)
        if turnout is not None:
            self.privacy_phones.show_turnout(turnout)
            if following is None and turnout.waiting:  # the rest vote on their phones
                self.phones_page.show_turnout(turnout)
                self.pages.setCurrentWidget(self.phones_page)
                return
        if following is None:
            self._say(self.tr("Everyone has voted. Thank you!\nThe result is shown soon."))
            return
        self.privacy_title.setText(self.tr("Pass to the next person"))
        self.privacy_next.setText(self.tr("Next: %1").replace("%1", following.name))
        self.start_button.setText(self.tr("I am %1 – start (Enter)").replace("%1", following.name))
        self.pages.setCurrentWidget(self.privacy_page)

    def start_turn(self) -> None:
        """The next person is at the screen: show them their own (empty) ballot."""
        if self.round is None or self.pages.currentWidget() is not self.privacy_page:
            return
        following = next_at_screen(ballots.turns(self.session.library, self.round.id), self.phones)
        if following is None:
            return
        self.voter = following.id
        self.cards.current = 0
        self._show_ballot(self.round)
        self.cards.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_ballot(self, voting_round: VotingRound) -> None:
        assert self.voter is not None
        lib = self.session.library
        name = next(
            t.participant.name for t in ballots.turns(lib, voting_round.id) if t.participant.id == self.voter
        )
        items = voting.items_for(lib, voting_round)
        scoring = voting_round.method == VotingMethod.SCORING
        self.turn_title.setText(self.tr("%1's turn").replace("%1", name))
        if scoring:
            scores = ballots.scores_for(lib, voting_round.id, self.voter)
            states = {item_id: CardState(scores=pair) for item_id, pair in scores.items()}
            self.turn_hint.setText(
                self.tr(
                    "Score each item 1–5: tap a number, or ← → to choose an item, ↑ ↓ for %1 or %2, "
                    "a digit to score, − to clear · Enter when done"
                )
                .replace("%1", voting_round.criterion_a)
                .replace("%2", voting_round.criterion_b)
            )
        else:
            ballot = ballots.ballot_for(lib, voting_round.id, self.voter)
            states = {item_id: CardState(dots=count) for item_id, count in ballot.items()}
            self.turn_hint.setText(
                self.tr(
                    "Dots left: %1 of %2 · at most %3 on one item · tap a card, or ← → ↑ ↓ to choose, "
                    "+ or Space for a dot, − to take one back, a digit for that many · Enter when done"
                )
                .replace("%1", str(dots_left(voting_round, ballot)))
                .replace("%2", str(voting_round.dots_per_person))
                .replace("%3", str(voting_round.max_per_item))
            )
        self.cards.set_ballot(
            items,
            states,
            scoring=scoring,
            max_per_item=voting_round.max_per_item,
            criteria=(voting_round.criterion_a, voting_round.criterion_b),
        )
        self.pages.setCurrentWidget(self.turn_page)

    def _push_ballot_change(self, text: str, change: object) -> None:
        assert self.round is not None
        self._last_error = ""
        done = self.session.push(ChangeBallot(text, self.round.id, self.voter, change))  # type: ignore[arg-type]
        self.turn_error.setText("" if done else self._last_error)

    def _ask_dots(self, item_id: str, count: int) -> None:
        if self.round is None or self.voter is None:
            return
        round_id, voter = self.round.id, self.voter
        self._push_ballot_change(
            self.tr("Dots"), lambda lib: ballots.set_dots(lib, round_id, voter, item_id, count)
        )

    def _ask_score(self, item_id: str, criterion: int, value: int | None) -> None:
        if self.round is None or self.voter is None:
            return
        round_id, voter = self.round.id, self.voter
        current = ballots.scores_for(self.session.library, round_id, voter).get(item_id, (None, None))
        pair = (value, current[1]) if criterion == 0 else (current[0], value)
        self._push_ballot_change(
            self.tr("Score"), lambda lib: ballots.set_scores(lib, round_id, voter, {item_id: pair})
        )

    def finish_turn(self) -> None:
        if self.round is None or self.voter is None:
            return
        round_id, voter = self.round.id, self.voter
        self._push_ballot_change(
            self.tr("Done voting"), lambda lib: ballots.finish_ballot(lib, round_id, voter)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.pages.currentWidget() is self.privacy_page:
                self.start_turn()
                return
            if self.pages.currentWidget() is self.turn_page:
                self.finish_turn()
                return
        super().keyPressEvent(event)

    # --- after the reveal ---

    def _show_results(self, voting_round: VotingRound) -> None:
        self.voter = None
        lib = self.session.library
        texts = {item.id: item.text for item in voting.items_for(lib, voting_round)}
        outcome = voting.results_for(lib, voting_round.id)
        self.results_title.setText(voting_round.title)
        scoring = voting_round.method == VotingMethod.SCORING
        self.chart.setVisible(not scoring)
        self.matrix.setVisible(scoring)
        if scoring:
            scored = [r for r in outcome if r.score_a is not None and r.score_b is not None]
            points = [
                MatrixPoint(number, texts.get(r.item_id, ""), r.score_a or 0.0, r.score_b or 0.0)
                for number, r in enumerate(scored, start=1)
            ]
            self.matrix.set_points(points, (voting_round.criterion_a, voting_round.criterion_b))
        else:
            self.chart.set_bars([Bar(r.rank, r.tied, texts.get(r.item_id, ""), r.dots) for r in outcome])
        self.pages.setCurrentWidget(self.results_page)
