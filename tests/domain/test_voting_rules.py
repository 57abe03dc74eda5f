"""The rules a room must trust: limits, the own-idea rule, anonymity, hidden totals, ties and merges."""

from __future__ import annotations

import dataclasses

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.voting import BallotState, RoundStatus, ScoringBy, Vote, VotingMethod, VotingRound
from workshop.domain.voting_rules import (
    Quadrant,
    ballot_of,
    check_ballot,
    check_dots,
    check_score,
    check_tally,
    default_criteria,
    dots_left,
    is_own,
    named_ballots,
    next_in_turn,
    quadrant,
    results,
    scorer_ok,
    totals_visible,
    validated_round,
)


def dots_round(**fields: object) -> VotingRound:
    base = VotingRound(id="r", workshop_id="w", title="Vilka går vidare?", method=VotingMethod.DOTS)
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


def vote(item: str, person: str | None, dots: int = 1, a: int | None = None, b: int | None = None) -> Vote:
    return Vote(
        id=f"{item}-{person}",
        round_id="r",
        item_id=item,
        participant_id=person,
        dots=dots,
        score_a=a,
        score_b=b,
    )


# --- limits ---


def test_sixth_dot_is_refused_with_a_clear_message() -> None:
    ballot = {"a": 2, "b": 2, "c": 1}
    with pytest.raises(ValidationError) as caught:
        check_dots(dots_round(), ballot, "d", 1, own=False)
    assert caught.value.code == "no_dots_left"
    assert caught.value.message(Language.SV) == "Inga prickar kvar: högst 5 per person."
    assert caught.value.message(Language.EN) == "No dots left: at most 5 per person."


def test_fourth_dot_on_one_item_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_dots(dots_round(), {"a": 3}, "a", 4, own=False)
    assert caught.value.code == "item_full"
    assert "3" in caught.value.message(Language.SV)


def test_dots_within_limits_are_allowed_and_counted() -> None:
    ballot = {"a": 3, "b": 1}
    check_dots(dots_round(), ballot, "b", 2, own=False)
    assert dots_left(dots_round(), ballot) == 1


def test_taking_a_dot_away_is_always_allowed() -> None:
    check_dots(dots_round(allow_own=False), {"a": 3, "b": 2}, "a", 2, own=True)


def test_closed_round_refuses_dots() -> None:
    with pytest.raises(ValidationError) as caught:
        check_dots(dots_round(status=RoundStatus.CLOSED), {}, "a", 1, own=False)
    assert caught.value.code == "round_closed"


def test_dots_in_a_scoring_round_are_refused() -> None:
    with pytest.raises(ValidationError, match="method"):
        check_dots(dots_round(method=VotingMethod.SCORING), {}, "a", 1, own=False)


def test_whole_ballot_keeps_the_same_limits() -> None:
    check_ballot(dots_round(), {"a": 3, "b": 2}, set())
    with pytest.raises(ValidationError, match="No dots left"):
        check_ballot(dots_round(), {"a": 3, "b": 3}, set())
    with pytest.raises(ValidationError, match="At most 3"):
        check_ballot(dots_round(), {"a": 4}, set())


@pytest.mark.parametrize(("dots", "per_item"), [(0, 1), (51, 3), (5, 0), (5, 6)])
def test_round_with_impossible_limits_is_refused(dots: int, per_item: int) -> None:
    with pytest.raises(ValidationError) as caught:
        validated_round(dots_round(dots_per_person=dots, max_per_item=per_item))
    assert caught.value.code == "out_of_range"


def test_round_needs_a_title() -> None:
    with pytest.raises(ValidationError, match="title"):
        validated_round(dots_round(title="   "))


def test_default_criteria_follow_the_language() -> None:
    assert default_criteria("sv") == ("Effekt", "Insats")
    assert default_criteria("en") == ("Impact", "Effort")


# --- own-idea rule ---


def test_own_idea_rule_refuses_only_when_switched_on() -> None:
    check_dots(dots_round(allow_own=True), {}, "a", 1, own=True)
    with pytest.raises(ValidationError) as caught:
        check_dots(dots_round(allow_own=False), {}, "a", 1, own=True)
    assert caught.value.code == "own_idea"
    assert "egen idé" in caught.value.message("sv")


def test_own_means_wrote_it_and_for_a_cluster_wrote_all_of_it() -> None:
    assert is_own(("anna",), "anna")
    assert not is_own(("anna",), "mehmet")
    assert not is_own((None,), "anna")  # anonymous ideas belong to nobody
    assert is_own(("anna", "anna"), "anna")
    assert not is_own(("anna", "mehmet"), "anna")
    assert not is_own((), "anna")
    assert not is_own(("anna",), None)


# --- tallies and scores ---


def test_tally_range() -> None:
    check_tally(0)
    check_tally(10_000)
    with pytest.raises(ValidationError):
        check_tally(-1)
    with pytest.raises(ValidationError):
        check_tally(10_001)


@pytest.mark.parametrize("value", [0, 6, -3])
def test_scores_outside_one_to_five_are_refused(value: int) -> None:
    with pytest.raises(ValidationError) as caught:
        check_score(value)
    assert caught.value.message("sv") == "Poängen måste vara mellan 1 och 5."


def test_scores_inside_range_and_empty_are_allowed() -> None:
    for value in (1, 3, 5, None):
        check_score(value)


def test_group_scores_have_no_scorer_and_each_scores_have_one() -> None:
    scoring = dots_round(method=VotingMethod.SCORING)
    scorer_ok(scoring, "anna")
    with pytest.raises(ValidationError):
        scorer_ok(scoring, None)
    group = dataclasses.replace(scoring, scoring_by=ScoringBy.GROUP)
    scorer_ok(group, None)
    with pytest.raises(ValidationError):
        scorer_ok(group, "anna")


def test_quadrants() -> None:
    assert quadrant(5, 1) == Quadrant.QUICK_WIN
    assert quadrant(4, 4) == Quadrant.BIG_BET
    assert quadrant(1, 2) == Quadrant.FILL_IN
    assert quadrant(2, 5) == Quadrant.MONEY_PIT
    assert quadrant(3, 2.9) == Quadrant.QUICK_WIN  # the midpoint counts as high


# --- privacy and anonymity ---


def test_totals_never_on_presenter_while_hidden() -> None:
    hidden = dots_round(revealed=False)
    assert not totals_visible(hidden, on_presenter=True, facilitator_peeks=True)
    assert not totals_visible(hidden, on_presenter=False)
    assert totals_visible(hidden, on_presenter=False, facilitator_peeks=True)
    assert totals_visible(dots_round(revealed=True), on_presenter=True)


def test_anonymous_round_never_tells_who_voted_how() -> None:
    votes = [vote("a", "anna", 2), vote("b", "mehmet", 1)]
    assert named_ballots(dots_round(anonymous=True, revealed=True), votes) == {}
    assert named_ballots(dots_round(anonymous=False, revealed=False), votes) == {}
    named = named_ballots(dots_round(anonymous=False, revealed=True), votes)
    assert named == {"anna": {"a": 2}, "mehmet": {"b": 1}}


def test_turn_order_skips_done_and_skipped() -> None:
    turns = [("anna", BallotState.DONE), ("mehmet", BallotState.SKIPPED), ("sara", BallotState.WAITING)]
    assert next_in_turn(turns) == "sara"
    assert next_in_turn([("anna", BallotState.VOTING), ("sara", BallotState.WAITING)]) == "anna"
    assert next_in_turn([("anna", BallotState.DONE)]) is None


# --- results, ties, merges ---


def test_results_rank_by_dots_and_share_ranks_on_ties() -> None:
    votes = [
        vote("a", "p1", 3),
        vote("b", "p1", 2),
        vote("b", "p2", 1),
        vote("c", "p2", 3),
        vote("d", "p3", 1),
    ]
    out = results(dots_round(), votes, ["a", "b", "c", "d", "e"])
    by_item = {r.item_id: r for r in out}
    assert [r.item_id for r in out] == ["a", "b", "c", "d", "e"]
    assert {by_item[i].rank for i in "abc"} == {1}
    assert all(by_item[i].tied for i in "abc")
    assert by_item["d"].rank == 4
    assert not by_item["d"].tied
    assert by_item["e"].dots == 0
    assert by_item["e"].rank == 5
    assert by_item["b"].voters == 2


def test_merged_duplicates_count_their_votes_together() -> None:
    votes = [vote("dup", "p1", 2), vote("orig", "p2", 1), vote("dup2", "p3", 1), vote("other", "p4", 3)]
    merged = {"dup": "orig", "dup2": "dup"}  # a chain: dup2 -> dup -> orig
    out = results(dots_round(), votes, ["orig", "other"], merged)
    assert out[0].item_id == "orig"
    assert out[0].dots == 4
    assert out[0].voters == 3
    assert ballot_of(votes, "p1", merged) == {"orig": 2}


def test_scoring_results_rank_by_impact_then_lower_effort() -> None:
    scoring = dots_round(method=VotingMethod.SCORING)
    votes = [
        vote("a", "p1", 0, 5, 4),
        vote("a", "p2", 0, 3, 4),  # impact 4, effort 4
        vote("b", "p1", 0, 4, 1),  # impact 4, effort 1 -> ahead of a
        vote("c", "p1", 0, 2, 2),
    ]
    out = results(scoring, votes, ["a", "b", "c", "d"])
    assert [r.item_id for r in out] == ["b", "a", "c", "d"]
    assert out[1].score_a == 4.0
    assert out[1].score_b == 4.0
    assert out[3].score_a is None
