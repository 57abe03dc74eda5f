"""One voting round in the console: its state, who has voted, the paper tally, the result and the winners.

Who has voted is always visible, how they voted never is while the round is hidden. Totals appear here
before the reveal only if the facilitator ticks "Show totals here" (voting_rules.totals_visible).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.voting import BallotState, RoundStatus, VotingMethod, VotingRound
from workshop.domain.voting_rules import totals_visible
from workshop.services import ballots, voting
from workshop.ui.commands.voting import ChangeBallot, ChangeRound, CreateActionsForTop
from workshop.ui.dialogs.ballot_dialog import BallotDialog
from workshop.ui.phases.voting_tally_entry import TallyEntry
from workshop.ui.session import Session

ParticipantRole = Qt.ItemDataRole.UserRole + 1


class RoundPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.round: VotingRound | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.screen_button = QPushButton(self.tr("Show on the shared screen"))
        self.close_button = QPushButton(self.tr("&Close voting"))
        self.reveal_button = QPushButton(self.tr("Re&veal result"))
        self.peek_check = QCheckBox(self.tr("Show totals &here (not on the shared screen)"))
        state_row = QHBoxLayout()
        for button in (self.screen_button, self.close_button, self.reveal_button):
            state_row.addWidget(button)
        state_row.addStretch(1)

        self.turns_box = QGroupBox(self.tr("Who has voted"))
        self.turns = QListWidget()
        self.turns.setAccessibleName(self.tr("Who has voted"))
        self.skip_button = QPushButton(self.tr("S&kip (absent)"))
        self.redo_button = QPushButton(self.tr("Let them &redo"))
        self.behalf_button = QPushButton(self.tr("&Enter ballot on their behalf…"))
        turn_buttons = QHBoxLayout()
        for button in (self.skip_button, self.redo_button, self.behalf_button):
            turn_buttons.addWidget(button)
        turn_buttons.addStretch(1)
        self.turnout_label = QLabel()  # of those present: how many voted, who has not
        self.turnout_label.setWordWrap(True)
        self.turnout_label.setTextFormat(Qt.TextFormat.PlainText)
        turns_layout = QVBoxLayout(self.turns_box)
        turns_layout.addWidget(self.turnout_label)
        turns_layout.addWidget(self.turns, 1)
        turns_layout.addLayout(turn_buttons)

        self.tally_box = QGroupBox(self.tr("Paper tally"))
        self.tally = TallyEntry(session)
        QVBoxLayout(self.tally_box).addWidget(self.tally)

        self.group_button = QPushButton(self.tr("Enter the &group's scores…"))

        self.results_box = QGroupBox(self.tr("Result"))
        self.results_table = QTableWidget(0, 3)
        self.results_table.setAccessibleName(self.tr("Result"))
        self.results_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results_table.verticalHeader().setVisible(False)
        self.results_table.horizontalHeader().setStretchLastSection(False)
        self.results_hidden = QLabel(self.tr("Hidden until the reveal."))
        self.top_spin = QSpinBox()
        self.top_spin.setRange(1, 50)
        self.top_spin.setValue(3)
        self.top_spin.setAccessibleName(self.tr("How many winners"))
        self.actions_button = QPushButton(self.tr("Create &actions for the top"))
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.actions_button)
        actions_row.addWidget(self.top_spin)
        self.actions_said = QLabel()  # what the last "Create actions" did, skipped winners included
        self.actions_said.setAccessibleName(self.tr("Actions created"))
        self.actions_said.setWordWrap(True)
        actions_row.addWidget(self.actions_said, 1)
        results_layout = QVBoxLayout(self.results_box)
        results_layout.addWidget(self.peek_check)
        results_layout.addWidget(self.results_hidden)
        results_layout.addWidget(self.results_table, 1)
        results_layout.addLayout(actions_row)

        self.round_widgets = QWidget()  # everything that needs a round: hidden while there is none
        round_layout = self._layout = QVBoxLayout(self.round_widgets)
        round_layout.setContentsMargins(0, 0, 0, 0)
        round_layout.addLayout(state_row)
        round_layout.addWidget(self.turns_box, 1)
        round_layout.addWidget(self.tally_box, 1)
        round_layout.addWidget(self.group_button)
        round_layout.addWidget(self.results_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.round_widgets, 1)

        self.screen_button.clicked.connect(
            lambda: self._change(self.tr("Show round on screen"), on_screen=True)
        )
        self.close_button.clicked.connect(self._toggle_open)
        self.reveal_button.clicked.connect(self._toggle_reveal)
        self.peek_check.toggled.connect(self._show_results)
        self.skip_button.clicked.connect(lambda: self._turn(self.tr("Skip"), ballots.skip))
        self.redo_button.clicked.connect(lambda: self._turn(self.tr("Redo ballot"), ballots.redo_ballot))
        self.behalf_button.clicked.connect(self.enter_on_behalf)
        self.group_button.clicked.connect(self.enter_group_scores)
        self.actions_button.clicked.connect(self.create_actions)

    # --- showing ---

    def show_round(self, voting_round: VotingRound | None) -> None:
        if voting_round is None or self.round is None or voting_round.id != self.round.id:
            self.actions_said.clear()  # what "Create actions" did speaks of the round it was done for
        self.round = voting_round
        self.round_widgets.setVisible(voting_round is not None)  # no blank buttons with nothing to act on
        if voting_round is None:
            self.summary.setText(self.tr("No voting round yet. Create one with “New round…” to begin."))
            return
        self.summary.setText(self._describe(voting_round))
        is_open = voting_round.status == RoundStatus.OPEN
        self.close_button.setText(self.tr("&Close voting") if is_open else self.tr("Re&open voting"))
        self.reveal_button.setText(
            self.tr("&Hide result") if voting_round.revealed else self.tr("Re&veal result")
        )
        self.screen_button.setEnabled(not voting_round.on_screen)
        turns = voting_round.method != VotingMethod.TALLY and not ballots.scored_by_group(voting_round)
        self.turns_box.setVisible(turns)
        self.tally_box.setVisible(voting_round.method == VotingMethod.TALLY)
        self.group_button.setVisible(ballots.scored_by_group(voting_round))
        self.behalf_button.setVisible(voting_round.method == VotingMethod.DOTS)
        lib = self.session.library
        if turns:
            self._show_turns(voting_round)
        if voting_round.method == VotingMethod.TALLY:
            self.tally.load(voting_round.id, voting.items_for(lib, voting_round))
        self._show_results()

    def _describe(self, voting_round: VotingRound) -> str:
        target = self.tr("clusters") if voting_round.target == "clusters" else self.tr("ideas")
        if voting_round.method == VotingMethod.DOTS:
            rules = (
                self.tr("Dot voting on %1: %2 dots each, at most %3 per item")
                .replace("%1", target)
                .replace("%2", str(voting_round.dots_per_person))
                .replace("%3", str(voting_round.max_per_item))
            )
            if not voting_round.allow_own:
                rules += self.tr(", not on one's own ideas")
        elif voting_round.method == VotingMethod.TALLY:
            rules = self.tr("Paper tally on %1").replace("%1", target)
        else:
            by = (
                self.tr("by the group")
                if ballots.scored_by_group(voting_round)
                else self.tr("by each participant")
            )
            rules = (
                self.tr("Scoring %1 on %2 and %3, %4")
                .replace("%1", target)
                .replace("%2", voting_round.criterion_a)
                .replace("%3", voting_round.criterion_b)
                .replace("%4", by)
            )
        state = self.tr("open") if voting_round.status == RoundStatus.OPEN else self.tr("closed")
        shown = self.tr("revealed") if voting_round.revealed else self.tr("hidden")
        named = self.tr("anonymous") if voting_round.anonymous else self.tr("named")
        return f"{voting_round.title}\n{rules} · {state} · {shown} · {named}"

    def _show_turns(self, voting_round: VotingRound) -> None:
        labels = {
            BallotState.WAITING: self.tr("waiting"),
            BallotState.VOTING: self.tr("voting now"),
            BallotState.DONE: self.tr("has voted ✓"),
            BallotState.SKIPPED: self.tr("skipped"),
        }
        count = ballots.turnout(self.session.library, voting_round.id)
        text = self.tr("%1 of %2 present have voted.").replace("%1", str(len(count.voted)))
        text = text.replace("%2", str(count.total))
        if count.not_voted:
            names = ", ".join(p.name for p in count.not_voted)
            text += " " + self.tr("Not voted: %1.").replace("%1", names)
        self.turnout_label.setText(text)
        row = max(0, self.turns.currentRow())
        self.turns.clear()
        for turn in ballots.turns(self.session.library, voting_round.id):
            entry = QListWidgetItem(f"{turn.participant.name} — {labels[turn.state]}")
            entry.setData(ParticipantRole, turn.participant.id)
            self.turns.addItem(entry)
        self.turns.setCurrentRow(min(row, self.turns.count() - 1))

    def _show_results(self, *_: object) -> None:
        voting_round = self.round
        if voting_round is None:
            return
        visible = totals_visible(
            voting_round, on_presenter=False, facilitator_peeks=self.peek_check.isChecked()
        )
        self.peek_check.setVisible(not voting_round.revealed)
        self.results_hidden.setVisible(not visible)
        self.results_table.setVisible(visible)
        self._layout.setStretchFactor(self.results_box, 1 if visible else 0)
        if not visible:
            self.results_table.setRowCount(0)
            return
        lib = self.session.library
        texts = {item.id: item.text for item in voting.items_for(lib, voting_round)}
        outcome = voting.results_for(lib, voting_round.id)
        scoring = voting_round.method == VotingMethod.SCORING
        headers = (
            [self.tr("Place"), voting_round.criterion_a, voting_round.criterion_b, self.tr("Item")]
            if scoring
            else [self.tr("Place"), self.tr("Dots"), self.tr("Item")]
        )
        voters = voting.who_voted_for(lib, voting_round.id)  # empty unless named and revealed
        if voters:
            headers.append(self.tr("Who"))
        self.results_table.setColumnCount(len(headers))
        self.results_table.setHorizontalHeaderLabels(headers)
        self.results_table.setRowCount(len(outcome))
        for row, result in enumerate(outcome):
            place = f"={result.rank}" if result.tied else str(result.rank)
            if scoring:
                values = [
                    place,
                    "–" if result.score_a is None else f"{result.score_a:.1f}",
                    "–" if result.score_b is None else f"{result.score_b:.1f}",
                ]
            else:
                values = [place, str(result.dots)]
            values.append(texts.get(result.item_id, ""))
            if voters:
                values.append(", ".join(voters.get(result.item_id, [])))
            for column, value in enumerate(values):
                self.results_table.setItem(row, column, QTableWidgetItem(value))
        self.results_table.resizeColumnsToContents()
        self.results_table.horizontalHeader().setStretchLastSection(not voters)

    # --- acting ---

    def _change(self, text: str, **changes: object) -> None:
        if self.round is not None:
            self.session.push(ChangeRound(text, self.round.id, **changes))

    def _toggle_open(self) -> None:
        if self.round is None:
            return
        if self.round.status == RoundStatus.OPEN:
            self._change(self.tr("Close voting"), status=RoundStatus.CLOSED)
        else:
            self._change(self.tr("Reopen voting"), status=RoundStatus.OPEN)

    def _toggle_reveal(self) -> None:
        if self.round is None:
            return
        if self.round.revealed:
            self._change(self.tr("Hide result"), revealed=False)
            return
        in_turns = self.round.method != VotingMethod.TALLY and not ballots.scored_by_group(self.round)
        waiting = ballots.turnout(self.session.library, self.round.id).waiting if in_turns else ()
        if waiting:
            names = ", ".join(p.name for p in waiting)
            question = self.tr("Not everyone present has voted yet. Still waiting: %1.\nReveal anyway?")
            if not self.confirm(question.replace("%1", names)):
                return
        self._change(self.tr("Reveal result"), revealed=True, on_screen=True)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Reveal result"), question)
        return answer == QMessageBox.StandardButton.Yes

    def selected_participant(self) -> str | None:
        item = self.turns.currentItem()
        return str(item.data(ParticipantRole)) if item is not None else None

    def _turn(self, text: str, service: object) -> None:
        person = self.selected_participant()
        if self.round is None or person is None:
            return
        round_id = self.round.id
        self.session.push(
            ChangeBallot(text, round_id, person, lambda lib: service(lib, round_id, person))  # type: ignore[operator]
        )

    def enter_on_behalf(self) -> None:
        person = self.selected_participant()
        if self.round is None or person is None:
            return
        lib = self.session.library
        name = next(
            t.participant.name for t in ballots.turns(lib, self.round.id) if t.participant.id == person
        )
        dialog = BallotDialog(
            self.session.language,
            self.round,
            voting.items_for(lib, self.round),
            name,
            person,
            dots=ballots.ballot_for(lib, self.round.id, person),
            parent=self,
        )
        if dialog.exec() == BallotDialog.DialogCode.Accepted:
            round_id, dots = self.round.id, dialog.dots()
            self.session.push(
                ChangeBallot(
                    self.tr("Ballot entered for %1").replace("%1", name),
                    round_id,
                    person,
                    lambda lib: ballots.enter_ballot(lib, round_id, person, dots),
                )
            )

    def enter_group_scores(self) -> None:
        if self.round is None:
            return
        lib = self.session.library
        dialog = BallotDialog(
            self.session.language,
            self.round,
            voting.items_for(lib, self.round),
            self.tr("the group"),
            None,
            scores=ballots.scores_for(lib, self.round.id, None),
            parent=self,
        )
        if dialog.exec() == BallotDialog.DialogCode.Accepted:
            round_id, scores = self.round.id, dialog.scores()
            self.session.push(
                ChangeBallot(
                    self.tr("Group scores"),
                    round_id,
                    None,
                    lambda lib: ballots.set_scores(lib, round_id, None, scores),
                )
            )

    def create_actions(self) -> None:
        if self.round is not None:
            top = self.top_spin.value()
            command = CreateActionsForTop(
                self.tr("Actions for the top %1").replace("%1", str(top)), self.round.id, top
            )
            if self.session.push(command) and command.fill is not None:
                made, skipped = len(command.fill.made), len(command.fill.already_planned)
                said = self.tr("%n action(s) created.", "", made)
                if skipped:
                    said += " " + self.tr("%n already had an action and got no second one.", "", skipped)
                self.actions_said.setText(said)
