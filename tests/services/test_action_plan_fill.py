"""Pre-filling the action plan from a vote never doubles it: an idea or cluster an action already carries is
skipped, and the result names it so the facilitator can be told."""

from __future__ import annotations

from workshop.domain.workshop import Workshop
from workshop.services import actions, ballots, ideas, voting
from workshop.store.library import Library


def tally_round(library: Library, demo: Workshop, counts: tuple[int, ...]) -> tuple[str, list[str]]:
    made, _ = voting.create_round(library, demo.id, "Papper", "tally")
    items = [i.id for i in ideas.list_ideas(library, demo.id)][: len(counts)]
    for item, count in zip(items, counts, strict=True):
        ballots.set_tally(library, made.id, item, count)
    return made.id, items


def test_asking_twice_for_the_top_three_does_not_double_the_plan(library: Library, demo: Workshop) -> None:
    actions.remove_many(library, [a.id for a in actions.list_actions(library, demo.id)])
    round_id, items = tally_round(library, demo, (9, 7, 5, 2))
    first, _ = voting.create_actions_for_top(library, round_id, 3)
    assert [a.idea_id for a in first.made] == items[:3]
    assert first.already_planned == []
    again, _ = voting.create_actions_for_top(library, round_id, 3)
    assert again.made == []
    assert again.already_planned == items[:3]
    assert [a.idea_id for a in actions.list_actions(library, demo.id)] == items[:3]


def test_an_idea_planned_by_hand_is_skipped_and_named(library: Library, demo: Workshop) -> None:
    actions.remove_many(library, [a.id for a in actions.list_actions(library, demo.id)])
    round_id, items = tally_round(library, demo, (9, 7, 5))
    actions.add(library, demo.id, "Typed by hand", idea_id=items[1])
    fill, changes = voting.create_actions_for_top(library, round_id, 3)
    assert [a.idea_id for a in fill.made] == [items[0], items[2]]
    assert fill.already_planned == [items[1]]
    assert set(changes.ids) == {a.id for a in fill.made}
    assert len(actions.list_actions(library, demo.id)) == 3
