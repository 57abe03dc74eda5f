"""Phones in a hidden round: the shared screen tells the room to vote on their phones, and counts.

While the room of phones is open and phones have joined, a dot or scoring round is voted on the phones
and, by those without one, in turns at the shared screen. The room reads "Vote on your phone" and "3 of 8
have voted" — the console's count (those present, plus anyone who already has a ballot), following each
ballot as it is committed. It says who has voted only as a number, never how: no item, no total, until
the reveal (the voting view shows this only while the round is hidden and open).

People with a phone in the room are not called to the shared screen: its turns go to the others, in
roster order. A phone that is removed from the room gives its person a turn at the screen again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop.domain.participant import Participant
from workshop.domain.voting import VotingRound
from workshop.domain.voting_rules import Turnout, next_in_turn
from workshop.services import room as room_service
from workshop.services import room_phone
from workshop.services.ballots import Turn
from workshop.store.library import Library
from workshop.ui.presenter.room_language import SpeaksTheRoom
from workshop.ui.presenter.room_type import big_label


def phone_holders(lib: Library, voting_round: VotingRound) -> frozenset[str]:
    """Who votes on a phone in this round: the people whose phone is in the open room (nobody when the
    room is closed, or when the round is a paper tally or scored by the group)."""
    if not room_phone.phone_can_vote(voting_round):
        return frozenset()
    if not room_service.settings(lib, voting_round.workshop_id).open:
        return frozenset()
    return frozenset(row.device.participant_id for row in room_service.devices(lib, voting_round.workshop_id))


def next_at_screen(turns: Sequence[Turn], holders: frozenset[str]) -> Participant | None:
    """Whose turn it is at the shared screen (*turns*: the round's, in roster order): the first person
    still to vote who has no phone here."""
    order = [turn for turn in turns if turn.participant.id not in holders]
    wanted = next_in_turn([(turn.participant.id, turn.state) for turn in order])
    return next((turn.participant for turn in order if turn.participant.id == wanted), None)


class PhoneTurnout(SpeaksTheRoom, QWidget):
    """ "Vote on your phone" and "N of M have voted", large; *beside_turns*: under the privacy page's
    "Pass to the next person", where it reads "Or vote on your phone"."""

    def __init__(self, *, beside_turns: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.beside_turns = beside_turns
        self.heading = big_label(26 if beside_turns else 40, bold=True)
        self.heading.setProperty("role", "accent")
        self.count = big_label(24 if beside_turns else 30)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 24 if beside_turns else 0, 0, 0)
        if not beside_turns:
            layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.count)
        if not beside_turns:
            layout.addStretch(1)

    def show_turnout(self, turnout: Turnout) -> None:
        self.heading.setText(
            self.tr("Or vote on your phone") if self.beside_turns else self.tr("Vote on your phone")
        )
        self.count.setText(
            self.tr("%1 of %2 have voted")
            .replace("%1", str(len(turnout.voted)))
            .replace("%2", str(turnout.total))
        )

    def text(self) -> str:
        """What the room reads here (for tests and a screen reader's summary)."""
        return f"{self.heading.text()}\n{self.count.text()}"
