"""Capture, edit, remove and reorder ideas."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from workshop.domain.errors import NotFoundError
from workshop.domain.idea import Idea
from workshop.domain.idea_search import IdeaFilter
from workshop.domain.ids import now_iso
from workshop.domain.tags import SustainabilityTag
from workshop.domain.voting import Vote
from workshop.services.changes import Area, ChangeSet
from workshop.services.editable_fields import check_editable
from workshop.store import idea_links, idea_tags, idea_visibility
from workshop.store import voting as voting_rows
from workshop.store.library import Library
from workshop.store.tables import IDEAS, PARTICIPANTS

EDITABLE_FIELDS = {"text", "description", "author_id", "question_id"}


def list_ideas(lib: Library, workshop_id: str) -> list[Idea]:
    return IDEAS.for_workshop(lib, workshop_id)


def count(lib: Library, workshop_id: str) -> int:
    return IDEAS.count(lib, workshop_id)


def find(lib: Library, workshop_id: str, wanted: IdeaFilter) -> list[Idea]:
    """The ideas matching a search (words in the text or the author's name, a question, a tag)."""
    ideas = list_ideas(lib, workshop_id)
    if wanted.is_empty():
        return ideas
    tags = idea_tags.for_workshop(lib, workshop_id)
    names = {p.id: p.name for p in PARTICIPANTS.for_workshop(lib, workshop_id)}
    return [
        idea
        for idea in ideas
        if wanted.matches(idea, tags.get(idea.id, ()), names.get(idea.author_id or "", ""))
    ]


def get(lib: Library, idea_id: str) -> Idea:
    idea = IDEAS.get(lib, idea_id)
    if idea is None:
        raise NotFoundError("idea", idea_id)
    return idea


def add(lib: Library, workshop_id: str, text: str, **fields: Any) -> tuple[Idea, ChangeSet]:
    """Save one idea, committed before this returns. In silent writing it stays off the shared screen."""
    with lib.atomic():
        fields.setdefault("position", IDEAS.next_position(lib, workshop_id))
        fields.setdefault("revealed", not idea_visibility.silent_mode(lib, workshop_id))
        idea = Idea.new(workshop_id, text, **fields)
        IDEAS.insert(lib, idea)
    return idea, ChangeSet.of(workshop_id, Area.IDEAS, Area.LIBRARY, ids=[idea.id])


def add_many(lib: Library, workshop_id: str, texts: list[str], **fields: Any) -> tuple[list[Idea], ChangeSet]:
    """Several ideas in one transaction (a bulk paste): all are saved, or none."""
    with lib.atomic():
        start = IDEAS.next_position(lib, workshop_id)
        fields.setdefault("revealed", not idea_visibility.silent_mode(lib, workshop_id))
        ideas = [Idea.new(workshop_id, text, position=start + i, **fields) for i, text in enumerate(texts)]
        for idea in ideas:
            IDEAS.insert(lib, idea)
    return ideas, ChangeSet.of(workshop_id, Area.IDEAS, Area.LIBRARY, ids=[i.id for i in ideas])


def update(lib: Library, idea_id: str, **changes: Any) -> tuple[Idea, ChangeSet]:
    check_editable(changes, EDITABLE_FIELDS)
    with lib.atomic():
        updated = dataclasses.replace(get(lib, idea_id), **changes, updated_at=now_iso()).validated()
        IDEAS.update(lib, updated)
    return updated, ChangeSet.of(updated.workshop_id, Area.IDEAS, ids=[idea_id])


@dataclasses.dataclass(frozen=True)
class RemovedIdea(Idea):
    """A removed idea that also carries the votes it had, so undo gives them back.

    It is an Idea (callers keep reading .text, .id), and votes.item_id has no foreign key, so the votes
    are taken away explicitly: left behind they would still use up the voters' dots.
    """

    removed_votes: tuple[Vote, ...] = dataclasses.field(default=(), compare=False)
    # Rows whose foreign key to the idea SET NULL on delete: put back on restore.
    linked_actions: tuple[str, ...] = dataclasses.field(default=(), compare=False)
    merged_duplicates: tuple[str, ...] = dataclasses.field(default=(), compare=False)
    # Its sustainability tags (deleted with it, ON DELETE CASCADE): put back on restore.
    removed_tags: frozenset[SustainabilityTag] = dataclasses.field(default=frozenset(), compare=False)

    def as_idea(self) -> Idea:
        return Idea(**{f.name: getattr(self, f.name) for f in dataclasses.fields(Idea)})


def remove(lib: Library, idea_id: str) -> tuple[Idea, ChangeSet]:
    """Remove an idea and its votes; the returned RemovedIdea holds them, its tags, and the actions and
    merged duplicates that pointed at it, for restore."""
    with lib.atomic():
        removed = _remove_one(lib, idea_id)
    return removed, _links_changed(removed)


def remove_many(lib: Library, idea_ids: Sequence[str]) -> tuple[list[RemovedIdea], ChangeSet]:
    """Remove several ideas as one gesture, in one transaction: all of them, or none (an idea that is gone
    already raises NotFoundError and the ones removed before it come back). Give the list back to
    :func:`restore_many` to undo."""
    wanted = list(dict.fromkeys(idea_ids))
    with lib.atomic():
        removed = [_remove_one(lib, idea_id) for idea_id in wanted]
    return removed, _all_changed(removed)


def _remove_one(lib: Library, idea_id: str) -> RemovedIdea:
    idea = get(lib, idea_id)
    votes = tuple(voting_rows.votes_on_items(lib, [idea_id]))
    linked = tuple(idea_links.linked_actions(lib, idea_id))
    merged = tuple(idea_links.merged_duplicates(lib, idea_id))
    had = idea_tags.for_idea(lib, idea_id)
    voting_rows.delete_votes(lib, votes)
    IDEAS.delete(lib, idea_id)
    return RemovedIdea(
        **dataclasses.asdict(idea),
        removed_votes=votes,
        linked_actions=linked,
        merged_duplicates=merged,
        removed_tags=had,
    )


def restore(lib: Library, idea: Idea) -> ChangeSet:
    """Put a removed idea back exactly as it was, with its votes and tags (undo of remove)."""
    with lib.atomic():
        _restore_one(lib, idea)
    return _links_changed(idea)


def restore_many(lib: Library, removed: Sequence[Idea]) -> ChangeSet:
    """Put back the ideas :func:`remove_many` (or an add) returned, in one transaction: all or none.

    They go back in the reverse order of their removal, so an idea merged into another removed with it
    finds its kept note there again."""
    with lib.atomic():
        for idea in reversed(removed):
            _restore_one(lib, idea)
    return _all_changed(removed)


def _restore_one(lib: Library, idea: Idea) -> None:
    plain = idea.as_idea() if isinstance(idea, RemovedIdea) else idea
    IDEAS.insert(lib, plain)
    if isinstance(idea, RemovedIdea):
        voting_rows.insert_votes(lib, idea.removed_votes)
        idea_links.relink(lib, idea.id, idea.linked_actions, idea.merged_duplicates)
        if idea.removed_tags:
            idea_tags.replace(lib, idea.id, idea.removed_tags)


def _all_changed(ideas: Sequence[Idea]) -> ChangeSet:
    changes = ChangeSet.of(None)
    for idea in ideas:
        changes = changes | _links_changed(idea)
    return changes


def _links_changed(idea: Idea) -> ChangeSet:
    """The idea, and what pointed at it: its merged duplicates changed, and so did the plan if linked."""
    merged = idea.merged_duplicates if isinstance(idea, RemovedIdea) else ()
    areas = [Area.IDEAS, Area.VOTES, Area.LIBRARY]
    if isinstance(idea, RemovedIdea) and idea.linked_actions:
        areas.append(Area.ACTIONS)
    return ChangeSet.of(idea.workshop_id, *areas, ids=[idea.id, *merged])


def reorder(lib: Library, workshop_id: str, ordered_ids: list[str]) -> ChangeSet:
    with lib.atomic():
        IDEAS.set_positions(lib, ordered_ids)
    return ChangeSet.of(workshop_id, Area.IDEAS)
