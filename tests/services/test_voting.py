"""Voting rounds through the services: what the facilitator does, and that each step can be put back."""

from __future__ import annotations

import dataclasses

import pytest

from workshop.domain.errors import NotFoundError, ValidationError
from workshop.domain.voting import BallotState, RoundStatus, ScoringBy, VotingMethod, VotingTarget
from workshop.domain.workshop import Workshop
from workshop.services import actions, ballots, ideas, participants, voting
from workshop.store.library import Library
from workshop.store.tables import IDEAS


@pytest.fixture(autouse=True)
def no_demo_rounds(library: Library, demo: Workshop) -> None:
    """These tests start from the demo's people and ideas, without its finished rounds."""
    for voting_round in voting.list_rounds(library, demo.id):
        voting.remove_round(library, voting_round.id)


@pytest.fixture
def people(library: Library, demo: Workshop) -> list[str]:
    return [p.id for p in participants.list_participants(library, demo.id)]


@pytest.fixture
def items(library: Library, demo: Workshop) -> list[str]:
    return [i.id for i in ideas.list_ideas(library, demo.id) if i.author_id is None][:6]


def new_round(library: Library, demo: Workshop, **rules: object) -> str:
    made, changes = voting.create_round(library, demo.id, "Vilka går vidare?", VotingMethod.DOTS, **rules)
    assert changes.workshop_id == demo.id
    return made.id


def test_new_round_keeps_title_and_rules_and_goes_on_screen(library: Library, demo: Workshop) -> None:
    first = new_round(library, demo)
    second, _ = voting.create_round(
        library,
        demo.id,
        "Effekt och insats",
        "scoring",
        target=VotingTarget.IDEAS,
        scoring_by=ScoringBy.GROUP,
    )
    rounds = voting.list_rounds(library, demo.id)
    assert [r.title for r in rounds] == ["Vilka går vidare?", "Effekt och insats"]
    assert rounds[0].dots_per_person == 5
    assert rounds[0].max_per_item == 3
    assert (second.criterion_a, second.criterion_b) == ("Effekt", "Insats")  # the demo is Swedish
    assert voting.round_on_screen(library, demo.id) == second
    voting.put_on_screen(library, first)
    assert voting.round_on_screen(library, demo.id).id == first  # type: ignore[union-attr]
    assert sum(r.on_screen for r in voting.list_rounds(library, demo.id)) == 1


def test_bad_rules_change_nothing(library: Library, demo: Workshop) -> None:
    with pytest.raises(ValidationError):
        voting.create_round(library, demo.id, "x", "dots", dots_per_person=2, max_per_item=3)
    assert voting.list_rounds(library, demo.id) == []


def test_dot_by_dot_limits_and_turns(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    anna = people[0]
    assert ballots.next_turn(library, round_id).id == anna  # type: ignore[union-attr]
    for _ in range(3):
        ballots.place_dot(library, round_id, anna, items[0])
    with pytest.raises(ValidationError, match="At most 3 dots"):
        ballots.place_dot(library, round_id, anna, items[0])
    ballots.place_dot(library, round_id, anna, items[1])
    ballots.place_dot(library, round_id, anna, items[1])
    with pytest.raises(ValidationError, match="No dots left"):
        ballots.place_dot(library, round_id, anna, items[2])
    ballots.remove_dot(library, round_id, anna, items[0])
    assert ballots.ballot_for(library, round_id, anna) == {items[0]: 2, items[1]: 2}
    assert ballots.turns(library, round_id)[0].state == BallotState.VOTING
    ballots.finish_ballot(library, round_id, anna)
    with pytest.raises(ValidationError, match="already voted"):
        ballots.place_dot(library, round_id, anna, items[2])
    assert ballots.next_turn(library, round_id).id == people[1]  # type: ignore[union-attr]


def test_own_idea_rule_through_the_service(library: Library, demo: Workshop) -> None:
    round_id = new_round(library, demo, allow_own=False)
    own = next(i for i in ideas.list_ideas(library, demo.id) if i.author_id)
    assert own.author_id is not None
    with pytest.raises(ValidationError) as caught:
        ballots.place_dot(library, round_id, own.author_id, own.id)
    assert caught.value.code == "own_idea"
    assert ballots.ballot_for(library, round_id, own.author_id) == {}


def test_undo_of_any_ballot_change_puts_it_back(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    ballots.place_dot(library, round_id, people[0], items[0])
    before, _ = ballots.skip(library, round_id, people[0])
    assert ballots.ballot_for(library, round_id, people[0]) == {}
    assert ballots.turns(library, round_id)[0].state == BallotState.SKIPPED
    after = ballots.snapshot(library, round_id, people[0])
    ballots.restore_ballot(library, before)
    assert ballots.ballot_for(library, round_id, people[0]) == {items[0]: 1}
    assert ballots.turns(library, round_id)[0].state == BallotState.VOTING
    ballots.restore_ballot(library, after)  # redo
    assert ballots.turns(library, round_id)[0].state == BallotState.SKIPPED


def test_redo_and_enter_on_behalf(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    ballots.place_dot(library, round_id, people[1], items[0])
    ballots.finish_ballot(library, round_id, people[1])
    ballots.redo_ballot(library, round_id, people[1])
    assert ballots.ballot_for(library, round_id, people[1]) == {}
    assert ballots.turns(library, round_id)[1].state == BallotState.WAITING
    with pytest.raises(ValidationError, match="No dots left"):
        ballots.enter_ballot(library, round_id, people[2], {items[0]: 3, items[1]: 3})
    assert ballots.ballot_for(library, round_id, people[2]) == {}
    ballots.enter_ballot(library, round_id, people[2], {items[0]: 3, items[1]: 2, items[2]: 0})
    assert ballots.ballot_for(library, round_id, people[2]) == {items[0]: 3, items[1]: 2}
    assert ballots.turns(library, round_id)[2].state == BallotState.DONE


def test_closed_round_refuses_votes_until_reopened(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    before, _ = voting.close_round(library, round_id)
    assert before.status == RoundStatus.OPEN
    with pytest.raises(ValidationError, match="closed"):
        ballots.place_dot(library, round_id, people[0], items[0])
    voting.reopen_round(library, round_id)
    ballots.place_dot(library, round_id, people[0], items[0])


def test_reveal_hide_and_undo_of_state(library: Library, demo: Workshop) -> None:
    round_id = new_round(library, demo)
    before, _ = voting.reveal(library, round_id)
    assert voting.get_round(library, round_id).revealed
    voting.restore_state(library, before)
    assert not voting.get_round(library, round_id).revealed
    voting.reveal(library, round_id)
    voting.hide(library, round_id)
    assert not voting.get_round(library, round_id).revealed


def test_method_cannot_change_once_there_are_votes(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    voting.update_round(library, round_id, method="tally", title="Papper")
    voting.update_round(library, round_id, method="dots")
    ballots.place_dot(library, round_id, people[0], items[0])
    with pytest.raises(ValidationError) as caught:
        voting.update_round(library, round_id, method="tally")
    assert caught.value.code == "round_has_votes"
    voting.update_round(library, round_id, title="Nytt namn", dots_per_person=7)
    assert voting.get_round(library, round_id).title == "Nytt namn"


def test_paper_tally_and_results(library: Library, demo: Workshop, items: list[str]) -> None:
    made, _ = voting.create_round(library, demo.id, "Pappersprickar", VotingMethod.TALLY)
    ballots.set_tally(library, made.id, items[0], 7)
    ballots.set_tally(library, made.id, items[1], 7)
    before, _ = ballots.set_tally(library, made.id, items[2], 9)
    with pytest.raises(ValidationError):
        ballots.set_tally(library, made.id, items[3], -2)
    top = voting.results_for(library, made.id)[:3]
    assert [(r.item_id, r.dots, r.rank, r.tied) for r in top] == [
        (items[2], 9, 1, False),
        (items[0], 7, 2, True),
        (items[1], 7, 2, True),
    ]
    ballots.restore_ballot(library, before)
    assert voting.results_for(library, made.id)[0].dots == 7
    ballots.set_tally(library, made.id, items[0], 0)
    assert voting.results_for(library, made.id)[0].item_id == items[1]


def test_scoring_each_and_by_group(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    each, _ = voting.create_round(library, demo.id, "Var för sig", VotingMethod.SCORING)
    ballots.set_scores(library, each.id, people[0], {items[0]: (5, 2)})
    ballots.set_scores(library, each.id, people[1], {items[0]: (3, 4), items[1]: (2, None)}, done=True)
    with pytest.raises(ValidationError, match="between 1 and 5"):
        ballots.set_scores(library, each.id, people[0], {items[1]: (6, 1)})
    first = voting.results_for(library, each.id)[0]
    assert (first.item_id, first.score_a, first.score_b, first.voters) == (items[0], 4.0, 3.0, 2)
    with pytest.raises(ValidationError):
        ballots.set_scores(library, each.id, None, {items[0]: (1, 1)})
    group, _ = voting.create_round(library, demo.id, "Tillsammans", "scoring", scoring_by=ScoringBy.GROUP)
    ballots.set_scores(library, group.id, None, {items[2]: (4, 1)})
    assert ballots.scores_for(library, group.id, None) == {items[2]: (4, 1)}


def test_merged_duplicates_count_together(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    ballots.place_dot(library, round_id, people[0], items[1])
    ballots.place_dot(library, round_id, people[1], items[0])
    duplicate = ideas.get(library, items[1])
    IDEAS.update(library, dataclasses.replace(duplicate, merged_into=items[0]))
    assert items[1] not in [i.id for i in voting.items_for(library, voting.get_round(library, round_id))]
    top = voting.results_for(library, round_id)[0]
    assert (top.item_id, top.dots, top.voters) == (items[0], 2, 2)
    # a dot on the duplicate now lands on its note, under the same per-item limit
    ballots.place_dot(library, round_id, people[0], items[1])
    assert ballots.ballot_for(library, round_id, people[0]) == {items[0]: 2}


def test_actions_for_the_top_n_include_ties(library: Library, demo: Workshop, items: list[str]) -> None:
    actions.remove_many(library, [a.id for a in actions.list_actions(library, demo.id)])  # none planned yet
    plan_before = actions.list_actions(library, demo.id)
    made, _ = voting.create_round(library, demo.id, "Papper", "tally")
    for item, count in zip(items[:4], (9, 5, 5, 2), strict=True):
        ballots.set_tally(library, made.id, item, count)
    fill, _ = voting.create_actions_for_top(library, made.id, 2)
    created = fill.made
    assert [a.idea_id for a in created] == items[:3]
    assert created[0].title == ideas.get(library, items[0]).text
    actions.remove_many(library, [a.id for a in created])
    assert actions.list_actions(library, demo.id) == plan_before


def test_remove_and_restore_round_with_everything(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    ballots.place_dot(library, round_id, people[0], items[0])
    ballots.finish_ballot(library, round_id, people[0])
    removed, _ = voting.remove_round(library, round_id)
    with pytest.raises(NotFoundError):
        voting.get_round(library, round_id)
    voting.restore_round(library, removed)
    assert voting.results_for(library, round_id)[0].dots == 1
    assert ballots.turns(library, round_id)[0].state == BallotState.DONE


def test_removing_a_participant_takes_and_gives_back_their_votes(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    ballots.place_dot(library, round_id, people[0], items[0])
    ballots.finish_ballot(library, round_id, people[0])
    assert voting.votes_of_participant(library, people[0]) == 1
    removed, changes = participants.remove(library, people[0])
    assert voting.results_for(library, round_id)[0].dots == 0
    participants.restore(library, removed)
    assert voting.results_for(library, round_id)[0].dots == 1
    assert ballots.turns(library, round_id)[0].state == BallotState.DONE


def test_removing_an_idea_takes_and_gives_back_its_votes(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    round_id = new_round(library, demo)
    for person in people[:3]:
        ballots.place_dot(library, round_id, person, items[0])
    assert voting.votes_on_idea(library, items[0]) == 3
    text = ideas.get(library, items[0]).text
    removed, _ = ideas.remove(library, items[0])
    assert (removed.id, removed.text) == (items[0], text)
    assert voting.votes_on_idea(library, items[0]) == 0
    assert ballots.ballot_for(library, round_id, people[0]) == {}  # the dot is given back
    ideas.restore(library, removed)
    assert voting.results_for(library, round_id)[0].dots == 3
    assert ideas.get(library, items[0]).text == text


def test_turnout_is_of_those_present_with_who_has_not_voted(
    library: Library, demo: Workshop, people: list[str], items: list[str]
) -> None:
    """Issue #11: four present, three voted; the fourth never started. The count says 3 of 4 and names
    the fourth; someone marked absent is not counted at all."""
    for person in people[4:]:
        participants.update(library, person, present=False)
    round_id = new_round(library, demo)
    for person in people[:3]:
        ballots.place_dot(library, round_id, person, items[0])
        ballots.finish_ballot(library, round_id, person)
    count = ballots.turnout(library, round_id)
    assert (len(count.voted), count.total) == (3, 4)
    assert [p.id for p in count.waiting] == [people[3]]
    ballots.skip(library, round_id, people[3])
    count = ballots.turnout(library, round_id)
    assert count.waiting == ()
    assert [p.id for p in count.not_voted] == [people[3]]
