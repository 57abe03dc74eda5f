"""Capture, edit, remove and reorder ideas."""

from __future__ import annotations

import dataclasses
from typing import Any

from workshop.domain.errors import NotFoundError
from workshop.domain.idea import Idea
from workshop.domain.ids import now_iso
from workshop.services.changes import Area, ChangeSet
from workshop.store.library import Library
from workshop.store.tables import IDEAS

EDITABLE_FIELDS = {"text", "description", "author_id", "question_id"}


def list_ideas(lib: Library, workshop_id: str) -> list[Idea]:
    return IDEAS.for_workshop(lib, workshop_id)


def count(lib: Library, workshop_id: str) -> int:
    return IDEAS.count(lib, workshop_id)


def get(lib: Library, idea_id: str) -> Idea:
    idea = IDEAS.get(lib, idea_id)
    if idea is None:
        raise NotFoundError("idea", idea_id)
    return idea


def add(lib: Library, workshop_id: str, text: str, **fields: Any) -> tuple[Idea, ChangeSet]:
    """Save one idea, committed before this returns."""
    with lib.atomic():
        fields.setdefault("position", IDEAS.next_position(lib, workshop_id))
        idea = Idea.new(workshop_id, text, **fields)
        IDEAS.insert(lib, idea)
    return idea, ChangeSet.of(workshop_id, Area.IDEAS, Area.LIBRARY, ids=[idea.id])


def add_many(lib: Library, workshop_id: str, texts: list[str], **fields: Any) -> tuple[list[Idea], ChangeSet]:
    """Several ideas in one transaction (a bulk paste): all are saved, or none."""
    with lib.atomic():
        start = IDEAS.next_position(lib, workshop_id)
        ideas = [Idea.new(workshop_id, text, position=start + i, **fields) for i, text in enumerate(texts)]
        for idea in ideas:
            IDEAS.insert(lib, idea)
    return ideas, ChangeSet.of(workshop_id, Area.IDEAS, Area.LIBRARY, ids=[i.id for i in ideas])


def update(lib: Library, idea_id: str, **changes: Any) -> tuple[Idea, ChangeSet]:
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"not editable: {', '.join(sorted(unknown))}")
    with lib.atomic():
        updated = dataclasses.replace(get(lib, idea_id), **changes, updated_at=now_iso()).validated()
        IDEAS.update(lib, updated)
    return updated, ChangeSet.of(updated.workshop_id, Area.IDEAS, ids=[idea_id])


def remove(lib: Library, idea_id: str) -> tuple[Idea, ChangeSet]:
    with lib.atomic():
        idea = get(lib, idea_id)
        IDEAS.delete(lib, idea_id)
    return idea, ChangeSet.of(idea.workshop_id, Area.IDEAS, Area.LIBRARY, ids=[idea_id])


def restore(lib: Library, idea: Idea) -> ChangeSet:
    """Put a removed idea back exactly as it was (undo of remove)."""
    with lib.atomic():
        IDEAS.insert(lib, idea)
    return ChangeSet.of(idea.workshop_id, Area.IDEAS, Area.LIBRARY, ids=[idea.id])


def reorder(lib: Library, workshop_id: str, ordered_ids: list[str]) -> ChangeSet:
    with lib.atomic():
        IDEAS.set_positions(lib, ordered_ids)
    return ChangeSet.of(workshop_id, Area.IDEAS)
