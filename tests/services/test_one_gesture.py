"""One gesture on several ideas is one service call in one transaction: all of it happens, or (an idea that
is gone, a disk that fails half-way) none of it, and its undo puts every item back in one transaction too."""

from __future__ import annotations

import pytest

from workshop.domain.errors import NotFoundError
from workshop.domain.tags import SustainabilityTag
from workshop.domain.workshop import Workshop
from workshop.services import actions, duplicates, ideas, tags
from workshop.services.changes import Area
from workshop.store import voting as voting_rows
from workshop.store.library import Library

ECO, SOC = SustainabilityTag.ECONOMIC, SustainabilityTag.SOCIAL


def state(library: Library, workshop_id: str) -> tuple[object, ...]:
    """Everything a removal of ideas touches: the ideas, their tags, votes and links."""
    listed = ideas.list_ideas(library, workshop_id)
    ids = [i.id for i in listed]
    return (
        listed,
        tags.tags_by_idea(library, workshop_id),
        sorted(voting_rows.votes_on_items(library, ids), key=repr),
        actions.list_actions(library, workshop_id),
    )


def test_remove_many_with_one_missing_idea_removes_none(library: Library, demo: Workshop) -> None:
    a, b, *_ = ideas.list_ideas(library, demo.id)
    tags.set_tags(library, a.id, {ECO})
    before = state(library, demo.id)
    with pytest.raises(NotFoundError):
        ideas.remove_many(library, [a.id, b.id, "no-such-idea"])
    assert state(library, demo.id) == before


def test_remove_many_and_restore_many_put_back_ideas_tags_votes_links_and_duplicates(
    library: Library, demo: Workshop
) -> None:
    listed = ideas.list_ideas(library, demo.id)
    kept, duplicate = listed[0], listed[1]
    duplicates.merge(library, kept.id, [duplicate.id])
    tags.set_tags(library, kept.id, {ECO, SOC})
    voted = [i.id for i in listed if voting_rows.votes_on_items(library, [i.id])]
    linked = [x.idea_id for x in actions.list_actions(library, demo.id) if x.idea_id]
    chosen = list(dict.fromkeys([kept.id, duplicate.id, *voted[:2], *linked[:1]]))
    assert len(chosen) >= 3, "the demo has voted and linked ideas"
    before = state(library, demo.id)

    removed, changes = ideas.remove_many(library, chosen)
    assert [r.id for r in removed] == chosen
    assert changes.workshop_id == demo.id
    assert changes.touches(Area.IDEAS, Area.VOTES)
    assert set(chosen) <= changes.ids
    assert not set(chosen) & {i.id for i in ideas.list_ideas(library, demo.id)}

    restored = ideas.restore_many(library, removed)
    assert restored.touches(Area.IDEAS, Area.VOTES, Area.ACTIONS)
    assert state(library, demo.id) == before
    assert ideas.get(library, duplicate.id).merged_into == kept.id


def test_restore_many_fails_whole_when_one_idea_is_back_already(library: Library, demo: Workshop) -> None:
    a, b, c, *_ = ideas.list_ideas(library, demo.id)
    removed, _ = ideas.remove_many(library, [a.id, b.id, c.id])
    ideas.restore(library, removed[1])  # b came back some other way
    without = state(library, demo.id)
    with pytest.raises(Exception):  # noqa: B017, PT011 (the store's error for a duplicate id)
        ideas.restore_many(library, removed)
    assert state(library, demo.id) == without


def test_set_tags_many_sets_all_or_none(library: Library, demo: Workshop) -> None:
    a, b, c, *_ = ideas.list_ideas(library, demo.id)
    tags.set_tags(library, b.id, {SOC})
    before = tags.tags_by_idea(library, demo.id)
    with pytest.raises(NotFoundError):
        tags.set_tags_many(library, {a.id: {ECO}, b.id: {ECO, SOC}, "gone": {ECO}})
    assert tags.tags_by_idea(library, demo.id) == before

    was, changes = tags.set_tags_many(library, {a.id: {ECO}, b.id: {ECO, SOC}, c.id: {ECO}})
    assert was == {a.id: frozenset(), b.id: {SOC}, c.id: frozenset()}
    assert changes.workshop_id == demo.id
    assert changes.ids == {a.id, b.id, c.id}
    assert tags.tags_of(library, b.id) == {ECO, SOC}
    tags.set_tags_many(library, was)
    assert tags.tags_by_idea(library, demo.id) == before
