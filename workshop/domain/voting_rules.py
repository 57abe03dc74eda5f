"""The rules of voting: a fair round (limits, the own-idea rule, anonymity, hidden totals) and its result.

Everything here is pure so that the rules a room must trust are tested in milliseconds, and so that the
console, the presenter, the CLI and the report all apply the same ones.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.participant import Participant
from workshop.domain.text import SHORT_LIMIT, optional_text, require_text
from workshop.domain.voting import (
    BallotState,
    RoundStatus,
    ScoringBy,
    Vote,
    VotingMethod,
    VotingRound,
    VotingTarget,
)

MAX_DOTS_PER_PERSON = 50  # more than this is no longer a choice, it is a survey
MAX_TALLY = 10_000  # counted paper dots on one item; guards against a mistyped extra digit or two
SCORE_LOW = 1
SCORE_HIGH = 5
MIDPOINT = 3.0  # a mean score of 3 or more counts as high impact / high effort
DEFAULT_CRITERIA: dict[Language, tuple[str, str]] = {
    Language.SV: ("Effekt", "Insats"),
    Language.EN: ("Impact", "Effort"),
}


@dataclass(frozen=True)
class ItemResult:
    """One item's result in a round. Rank 1 is the winner; tied items share a rank."""

    item_id: str
    dots: int
    score_a: float | None
    score_b: float | None
    voters: int
    rank: int
    tied: bool


def canonical_item(item_id: str, merged_into: Mapping[str, str]) -> str:
    """Votes for a merged duplicate count for the note it was merged into (following chains)."""
    seen = {item_id}
    while item_id in merged_into:
        item_id = merged_into[item_id]
        if item_id in seen:  # a cycle would be a bug elsewhere; stop rather than loop
            break
        seen.add(item_id)
    return item_id


def results(
    voting_round: VotingRound,
    votes: Sequence[Vote],
    items: Sequence[str],
    merged_into: Mapping[str, str] | None = None,
) -> list[ItemResult]:
    """Totals per item (every item in *items*, also those with no votes), best first.

    Dots and tallies rank by dots. Scoring ranks by mean score on criterion a (impact), then by the
    lower mean on criterion b (effort). Equal keys share a rank and are marked tied.
    """
    merged = merged_into or {}
    dots: dict[str, int] = {item: 0 for item in items}
    scores_a: dict[str, list[int]] = {item: [] for item in items}
    scores_b: dict[str, list[int]] = {item: [] for item in items}
    voters: dict[str, set[str]] = {item: set() for item in items}
    for vote in votes:
        item = canonical_item(vote.item_id, merged)
        if item not in dots:
            continue
        dots[item] += vote.dots
        if vote.score_a is not None:
            scores_a[item].append(vote.score_a)
        if vote.score_b is not None:
            scores_b[item].append(vote.score_b)
        if vote.dots or vote.score_a is not None or vote.score_b is not None:
            voters[item].add(vote.participant_id or "")

    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    def key(item: str) -> tuple[float, ...]:
        if voting_round.method == VotingMethod.SCORING:
            a = mean(scores_a[item])
            b = mean(scores_b[item])
            return (-(a if a is not None else 0.0), b if b is not None else 6.0)
        return (-float(dots[item]),)

    order = {item: position for position, item in enumerate(items)}
    ordered = sorted(items, key=lambda item: (key(item), order[item]))
    out: list[ItemResult] = []
    rank = 0
    previous: tuple[float, ...] | None = None
    keys = [key(item) for item in ordered]
    how_many = Counter(keys)
    for position, item in enumerate(ordered):
        if keys[position] != previous:
            rank = position + 1
            previous = keys[position]
        tied = how_many[keys[position]] > 1
        out.append(
            ItemResult(
                item_id=item,
                dots=dots[item],
                score_a=mean(scores_a[item]),
                score_b=mean(scores_b[item]),
                voters=len(voters[item]),
                rank=rank,
                tied=tied,
            )
        )
    return out


# --- The round's own rules ---------------------------------------------------------------------------


def default_criteria(language: Language | str) -> tuple[str, str]:
    return DEFAULT_CRITERIA[Language.parse(str(language))]


def validated_round(voting_round: VotingRound) -> VotingRound:
    """Check a round's title and limits; a round with impossible limits would frustrate the whole room."""
    dots = int(voting_round.dots_per_person)
    if not 1 <= dots <= MAX_DOTS_PER_PERSON:
        raise ValidationError("out_of_range", "dots_per_person", low=1, high=MAX_DOTS_PER_PERSON)
    per_item = int(voting_round.max_per_item)
    if not 1 <= per_item <= dots:
        raise ValidationError("out_of_range", "max_per_item", low=1, high=dots)
    return dataclasses.replace(
        voting_round,
        title=require_text("title", voting_round.title, SHORT_LIMIT),
        method=VotingMethod(voting_round.method),
        target=VotingTarget(voting_round.target),
        scoring_by=ScoringBy(voting_round.scoring_by),
        status=RoundStatus(voting_round.status),
        dots_per_person=dots,
        max_per_item=per_item,
        criterion_a=optional_text("criterion", voting_round.criterion_a, SHORT_LIMIT),
        criterion_b=optional_text("criterion", voting_round.criterion_b, SHORT_LIMIT),
    )


def require_open(voting_round: VotingRound, method: VotingMethod) -> None:
    """Ballots change only in an open round of the matching method."""
    if voting_round.method != method:
        raise ValidationError("wrong_method", "voting_round")
    if voting_round.status != RoundStatus.OPEN:
        raise ValidationError("round_closed", "voting_round")


# --- Dots -------------------------------------------------------------------------------------------------


def is_own(authors: Collection[str | None], participant_id: str | None) -> bool:
    """An item is one's own if one wrote it; a cluster only if one wrote every idea in it.

    A cluster holds the room's ideas, so a single own note must not stop someone voting for the group.
    """
    return participant_id is not None and bool(authors) and all(a == participant_id for a in authors)


def ballot_of(
    votes: Iterable[Vote], participant_id: str | None, merged_into: Mapping[str, str] | None = None
) -> dict[str, int]:
    """One participant's dots per item, merged duplicates counted on the note they were merged into."""
    merged = merged_into or {}
    ballot: dict[str, int] = {}
    for vote in votes:
        if vote.participant_id == participant_id and vote.dots:
            item = canonical_item(vote.item_id, merged)
            ballot[item] = ballot.get(item, 0) + vote.dots
    return ballot


def dots_left(voting_round: VotingRound, ballot: Mapping[str, int]) -> int:
    return max(0, voting_round.dots_per_person - sum(ballot.values()))


def check_dots(
    voting_round: VotingRound, ballot: Mapping[str, int], item_id: str, new_count: int, *, own: bool
) -> None:
    """May this participant put *new_count* dots on *item_id*, given the rest of their ballot?

    Taking dots away is always allowed (also from one's own idea, e.g. after the rule was switched on).
    """
    require_open(voting_round, VotingMethod.DOTS)
    if new_count < 0:
        raise ValidationError("out_of_range", "dots", low=0, high=voting_round.max_per_item)
    current = ballot.get(item_id, 0)
    if new_count <= current:
        return
    if own and not voting_round.allow_own:
        raise ValidationError("own_idea", "dots")
    if new_count > voting_round.max_per_item:
        raise ValidationError("item_full", "dots", limit=voting_round.max_per_item)
    if sum(ballot.values()) - current + new_count > voting_round.dots_per_person:
        raise ValidationError("no_dots_left", "dots", limit=voting_round.dots_per_person)


def check_ballot(voting_round: VotingRound, ballot: Mapping[str, int], own_items: Collection[str]) -> None:
    """A whole ballot entered at once (on someone's behalf) must keep the same limits as dot by dot."""
    placed: dict[str, int] = {}
    for item_id, count in ballot.items():
        if count:
            check_dots(voting_round, placed, item_id, count, own=item_id in own_items)
            placed[item_id] = count


# --- Tallies and scores -----------------------------------------------------------------------------------


def check_tally(count: int) -> None:
    if not 0 <= count <= MAX_TALLY:
        raise ValidationError("out_of_range", "tally", low=0, high=MAX_TALLY)


def check_score(value: int | None) -> None:
    """A score is 1-5; None means 'not scored yet' and is allowed."""
    if value is not None and not SCORE_LOW <= value <= SCORE_HIGH:
        raise ValidationError("out_of_range", "score", low=SCORE_LOW, high=SCORE_HIGH)


def scorer_ok(voting_round: VotingRound, participant_id: str | None) -> None:
    """Scored by each participant: a named scorer. Scored once by the group: nobody in particular."""
    expects_group = voting_round.scoring_by == ScoringBy.GROUP
    if expects_group != (participant_id is None):
        raise ValidationError("wrong_method", "score")


class Quadrant(StrEnum):
    QUICK_WIN = "quick_win"  # high impact, low effort
    BIG_BET = "big_bet"  # high impact, high effort
    FILL_IN = "fill_in"  # low impact, low effort
    MONEY_PIT = "money_pit"  # low impact, high effort


def quadrant(impact: float, effort: float) -> Quadrant:
    high_impact = impact >= MIDPOINT
    high_effort = effort >= MIDPOINT
    if high_impact:
        return Quadrant.BIG_BET if high_effort else Quadrant.QUICK_WIN
    return Quadrant.MONEY_PIT if high_effort else Quadrant.FILL_IN


# --- Turns, privacy and anonymity -------------------------------------------------------------------------


def expected_voters(people: Sequence[Participant], states: Mapping[str, BallotState]) -> list[Participant]:
    """Who is asked to vote, in roster order: those marked present (everyone if nobody is marked), plus
    anyone who already has a ballot (*states*: participant id to ballot state)."""
    anyone_present = any(p.present for p in people)
    return [p for p in people if p.present or not anyone_present or p.id in states]


@dataclass(frozen=True)
class Turnout:
    """Of those asked to vote: who has cast a ballot, who is still waiting (or halfway), who was skipped."""

    voted: tuple[Participant, ...]
    waiting: tuple[Participant, ...]
    skipped: tuple[Participant, ...] = ()

    @property
    def total(self) -> int:
        return len(self.voted) + len(self.waiting) + len(self.skipped)

    @property
    def not_voted(self) -> tuple[Participant, ...]:
        return self.waiting + self.skipped


def count_turnout(people: Sequence[Participant], states: Mapping[str, BallotState]) -> Turnout:
    """The one count the console, the reveal and the report all give: of those present, who voted."""
    expected = expected_voters(people, states)

    def having(*wanted: BallotState) -> tuple[Participant, ...]:
        return tuple(p for p in expected if states.get(p.id, BallotState.WAITING) in wanted)

    return Turnout(
        having(BallotState.DONE), having(BallotState.WAITING, BallotState.VOTING), having(BallotState.SKIPPED)
    )


def next_in_turn(turns: Sequence[tuple[str, BallotState]]) -> str | None:
    """Whose turn it is: the first person (in roster order) still waiting or halfway through."""
    for participant_id, state in turns:
        if state in (BallotState.WAITING, BallotState.VOTING):
            return participant_id
    return None


def totals_visible(voting_round: VotingRound, *, on_presenter: bool, facilitator_peeks: bool = False) -> bool:
    """Totals show on the shared screen only after the reveal; the console shows them early only by choice."""
    if voting_round.revealed:
        return True
    return not on_presenter and facilitator_peeks


def named_ballots(
    voting_round: VotingRound, votes: Iterable[Vote], merged_into: Mapping[str, str] | None = None
) -> dict[str, dict[str, int]]:
    """Who gave what, per participant: only for a named round, and only after the reveal.

    An anonymous round never tells; this is the one place that decides, so no view can leak it.
    """
    if voting_round.anonymous or not voting_round.revealed:
        return {}
    merged = merged_into or {}
    out: dict[str, dict[str, int]] = {}
    for vote in votes:
        if vote.participant_id is None or not vote.dots:
            continue
        item = canonical_item(vote.item_id, merged)
        person = out.setdefault(vote.participant_id, {})
        person[item] = person.get(item, 0) + vote.dots
    return out
