"""Voting rounds, ballots and votes: the records. The rules (limits, results) live in voting_rules.py."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class VotingMethod(StrEnum):
    DOTS = "dots"  # N dots per participant, at most M per item
    TALLY = "tally"  # counted paper dots typed in by the facilitator
    SCORING = "scoring"  # 1-5 on two criteria (impact, effort)


class VotingTarget(StrEnum):
    IDEAS = "ideas"
    CLUSTERS = "clusters"


class ScoringBy(StrEnum):
    EACH = "each"  # every participant scores
    GROUP = "group"  # the group agrees one score per item


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class BallotState(StrEnum):
    WAITING = "waiting"
    VOTING = "voting"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class VotingRound:
    id: str
    workshop_id: str
    title: str
    method: VotingMethod
    target: VotingTarget = VotingTarget.IDEAS
    dots_per_person: int = 5
    max_per_item: int = 3
    allow_own: bool = True
    anonymous: bool = True
    criterion_a: str = ""
    criterion_b: str = ""
    scoring_by: ScoringBy = ScoringBy.EACH
    status: RoundStatus = RoundStatus.OPEN
    revealed: bool = False
    position: int = 0
    created_at: str = ""
    on_screen: bool = False  # the round the presenter shows (at most one per workshop); migration m007


@dataclass(frozen=True)
class Ballot:
    """Where one participant's turn stands in one round."""

    round_id: str
    participant_id: str
    state: BallotState = BallotState.WAITING
    updated_at: str = ""


@dataclass(frozen=True)
class Vote:
    """Dots (or a tally, or scores) one participant (None: the paper tally or the group) gave one item."""

    id: str
    round_id: str
    item_id: str
    participant_id: str | None = None
    dots: int = 0
    score_a: int | None = None
    score_b: int | None = None
    created_at: str = ""


@dataclass(frozen=True)
class VotingItem:
    """One card on the ballot: an idea or a cluster, with who wrote it (for the own-idea rule)."""

    id: str
    text: str
    authors: tuple[str | None, ...] = ()
