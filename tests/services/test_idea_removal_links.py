"""Undoing an idea's removal restores everything that pointed at it: its action links, merged duplicates
and votes, so a facilitator's Ctrl+Z after a wrong Delete leaves no trace (tags: see the UI test)."""

from __future__ import annotations

from workshop.domain.workshop import Workshop
from workshop.services import actions, duplicates, ideas, voting
from workshop.services.changes import Area
from workshop.store.library import Library


def linked_idea(library: Library, demo: Workshop) -> str:
    """The demo's most voted idea, which its action plan carries forward."""
    linked = [a.idea_id for a in actions.list_actions(library, demo.id) if a.idea_id]
    assert linked, "the demo's plan links its winning ideas"
    return linked[0]


def test_removing_an_idea_unlinks_its_actions_and_restore_links_them_again(
    library: Library, demo: Workshop
) -> None:
    idea_id = linked_idea(library, demo)
    before = actions.list_actions(library, demo.id)
    extra, _ = actions.add(library, demo.id, "Följ upp med rektorn", idea_id=idea_id)
    removed, changes = ideas.remove(library, idea_id)
    assert changes.touches(Area.ACTIONS)
    assert all(a.idea_id != idea_id for a in actions.list_actions(library, demo.id))
    assert actions.get(library, extra.id).title == "Följ upp med rektorn"  # the action itself stays
    restored = ideas.restore(library, removed)
    assert restored.touches(Area.ACTIONS, Area.IDEAS)
    assert actions.get(library, extra.id).idea_id == idea_id
    assert actions.list_actions(library, demo.id)[: len(before)] == before


def test_merged_duplicates_go_back_inside_the_restored_note(library: Library, demo: Workshop) -> None:
    kept, first, second, *_ = ideas.list_ideas(library, demo.id)
    duplicates.merge(library, kept.id, [first.id, second.id])
    removed, changes = ideas.remove(library, kept.id)
    assert {first.id, second.id} <= changes.ids  # they are notes of their own while it is gone
    assert ideas.get(library, first.id).merged_into is None
    ideas.restore(library, removed)
    assert ideas.get(library, first.id).merged_into == kept.id
    assert ideas.get(library, second.id).merged_into == kept.id
    assert ideas.get(library, kept.id) == kept


def test_restore_keeps_links_changed_while_the_idea_was_gone(library: Library, demo: Workshop) -> None:
    kept, first, other, *_ = ideas.list_ideas(library, demo.id)
    duplicates.merge(library, kept.id, [first.id])
    action, _ = actions.add(library, demo.id, "Testa skyltning", idea_id=kept.id)
    removed, _ = ideas.remove(library, kept.id)
    actions.update(library, action.id, idea_id=other.id)  # the facilitator relinked it meanwhile
    duplicates.merge(library, other.id, [first.id])  # and merged the orphan elsewhere
    ideas.restore(library, removed)
    assert actions.get(library, action.id).idea_id == other.id
    assert ideas.get(library, first.id).merged_into == other.id


def test_restore_skips_an_action_removed_meanwhile(library: Library, demo: Workshop) -> None:
    idea_id = linked_idea(library, demo)
    linked = [a.id for a in actions.list_actions(library, demo.id) if a.idea_id == idea_id]
    removed, _ = ideas.remove(library, idea_id)
    actions.remove_many(library, linked)
    ideas.restore(library, removed)
    assert ideas.get(library, idea_id).id == idea_id
    assert all(a.idea_id != idea_id for a in actions.list_actions(library, demo.id))


def test_votes_still_come_back_with_the_links(library: Library, demo: Workshop) -> None:
    """The voting engineer's part of RemovedIdea keeps working beside the links."""
    idea_id = linked_idea(library, demo)
    dot_round = voting.list_rounds(library, demo.id)[0]
    before = voting.results_for(library, dot_round.id)
    removed, _ = ideas.remove(library, idea_id)
    assert idea_id not in [r.item_id for r in voting.results_for(library, dot_round.id)]
    ideas.restore(library, removed)
    assert voting.results_for(library, dot_round.id) == before
