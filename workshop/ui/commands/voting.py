"""Undoable voting edits: rounds, their state (open, closed, revealed, on screen), ballots and actions.

Every ballot change (a dot, a skip, a tally number, a score) is one :class:`ChangeBallot`: it keeps the
ballot as it was before and as it was after, so undo and redo put back exactly one person's ballot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop.domain.action import Action
from workshop.domain.voting import VotingRound
from workshop.services import actions, ballots, voting
from workshop.services.ballots import BallotSnapshot
from workshop.services.changes import ChangeSet
from workshop.services.voting import RemovedRound
from workshop.store.library import Library
from workshop.ui.session import EditCommand


class VotingCommand(EditCommand):
    def library(self) -> Library:
        assert self.session is not None
        return self.session.library


class CreateRound(VotingCommand):
    def __init__(self, text: str, workshop_id: str, title: str, method: str, rules: dict[str, Any]) -> None:
        super().__init__(text)
        self.workshop_id = workshop_id
        self.title = title
        self.method = method
        self.rules = rules
        self.made: RemovedRound | None = None
        self.before_on_screen: VotingRound | None = None

    def do(self) -> ChangeSet:
        if self.made is not None:  # redo: the same round (same id) comes back
            return voting.restore_round(self.library(), self.made)
        self.before_on_screen = voting.round_on_screen(self.library(), self.workshop_id)
        made, changes = voting.create_round(
            self.library(), self.workshop_id, self.title, self.method, **self.rules
        )
        self.made = RemovedRound(made, (), ())
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.made is not None
        changes = voting.remove_round(self.library(), self.made.voting_round.id)[1]
        previous = self.before_on_screen
        if previous is not None and previous.on_screen:
            changes = changes | voting.put_on_screen(self.library(), previous.id)[1]
        return changes

    @property
    def round_id(self) -> str:
        assert self.made is not None
        return self.made.voting_round.id


class ChangeRound(VotingCommand):
    """Edit title or rules, open, close, reveal, hide, put on screen: the round's fields before and after."""

    def __init__(self, text: str, round_id: str, **changes: Any) -> None:
        super().__init__(text)
        self.round_id = round_id
        self.changes = changes
        self.before: VotingRound | None = None

    def do(self) -> ChangeSet:
        self.before, changes = voting.update_round(self.library(), self.round_id, **self.changes)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.before is not None
        return voting.restore_state(self.library(), self.before)


class RemoveRound(VotingCommand):
    def __init__(self, text: str, round_id: str) -> None:
        super().__init__(text)
        self.round_id = round_id
        self.removed: RemovedRound | None = None

    def do(self) -> ChangeSet:
        self.removed, changes = voting.remove_round(self.library(), self.round_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.removed is not None
        return voting.restore_round(self.library(), self.removed)


class ChangeBallot(VotingCommand):
    """Any ballot service (place_dot, skip, set_tally, set_scores…) made undoable.

    *change* is called with the library and returns (snapshot before, ChangeSet); redo restores the
    snapshot taken right after, so a redo never re-checks limits against a changed room.
    """

    def __init__(
        self,
        text: str,
        round_id: str,
        participant_id: str | None,
        change: Callable[[Library], tuple[BallotSnapshot, ChangeSet]],
    ) -> None:
        super().__init__(text)
        self.round_id = round_id
        self.participant_id = participant_id
        self.change = change
        self.before: BallotSnapshot | None = None
        self.after: BallotSnapshot | None = None

    def do(self) -> ChangeSet:
        if self.after is not None:
            return ballots.restore_ballot(self.library(), self.after)
        self.before, changes = self.change(self.library())
        self.after = ballots.snapshot(self.library(), self.round_id, self.participant_id)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.before is not None
        return ballots.restore_ballot(self.library(), self.before)


class CreateActionsForTop(VotingCommand):
    """Actions for the winners that have none yet; :attr:`fill` says what was made and what was skipped.
    A run that made nothing leaves no step on the undo stack."""

    def __init__(self, text: str, round_id: str, top: int) -> None:
        super().__init__(text)
        self.round_id = round_id
        self.top = top
        self.made: list[Action] | None = None
        self.fill: actions.PlanFill | None = None

    def do(self) -> ChangeSet:
        if self.made is not None:
            return actions.restore(self.library(), self.made)
        self.fill, changes = voting.create_actions_for_top(self.library(), self.round_id, self.top)
        self.made = self.fill.made
        self.setObsolete(not self.made)
        return changes

    def undo_edit(self) -> ChangeSet:
        assert self.made is not None
        return actions.remove_many(self.library(), [a.id for a in self.made])[1]
