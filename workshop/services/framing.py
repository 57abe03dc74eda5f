"""Problem framing: the problem statement, its context, and the lists the facilitator fills in quickly
(target groups, constraints, success criteria). The "How might we…?" questions live in questions.py."""

from __future__ import annotations

import dataclasses
from typing import Any

from workshop.domain.errors import NotFoundError
from workshop.domain.framing import FramingItem, FramingKind
from workshop.domain.ids import now_iso
from workshop.domain.workshop import Workshop
from workshop.services.changes import Area, ChangeSet
from workshop.store.library import Library
from workshop.store.tables import FRAMING, WORKSHOPS

TEXT_FIELDS = ("problem_statement", "context")


def _workshop(lib: Library, workshop_id: str) -> Workshop:
    workshop = WORKSHOPS.get(lib, workshop_id)
    if workshop is None:
        raise NotFoundError("workshop", workshop_id)
    return workshop


def set_text(lib: Library, workshop_id: str, field: str, text: str) -> tuple[str, ChangeSet]:
    """Set the problem statement or the context; returns the cleaned text as saved."""
    if field not in TEXT_FIELDS:
        raise TypeError(f"not a framing text: {field}")
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        changes: dict[str, Any] = {field: text, "updated_at": now_iso()}
        updated = dataclasses.replace(workshop, **changes).validated()
        WORKSHOPS.update(lib, updated)
    return str(getattr(updated, field)), ChangeSet.of(workshop_id, Area.FRAMING, Area.PRESENTER)


def list_items(lib: Library, workshop_id: str, kind: FramingKind | str | None = None) -> list[FramingItem]:
    items = FRAMING.for_workshop(lib, workshop_id)
    return items if kind is None else [item for item in items if item.kind == FramingKind(kind)]


def get(lib: Library, item_id: str) -> FramingItem:
    item = FRAMING.get(lib, item_id)
    if item is None:
        raise NotFoundError("framing_item", item_id)
    return item


def add(lib: Library, workshop_id: str, kind: FramingKind | str, text: str) -> tuple[FramingItem, ChangeSet]:
    with lib.atomic():
        item = FramingItem.new(workshop_id, kind, text, position=FRAMING.next_position(lib, workshop_id))
        FRAMING.insert(lib, item)
    return item, ChangeSet.of(workshop_id, Area.FRAMING, ids=[item.id])


def edit(lib: Library, item_id: str, text: str) -> tuple[FramingItem, ChangeSet]:
    with lib.atomic():
        updated = dataclasses.replace(get(lib, item_id), text=text).validated()
        FRAMING.update(lib, updated)
    return updated, ChangeSet.of(updated.workshop_id, Area.FRAMING, ids=[item_id])


def remove(lib: Library, item_id: str) -> tuple[FramingItem, ChangeSet]:
    with lib.atomic():
        item = get(lib, item_id)
        FRAMING.delete(lib, item_id)
    return item, ChangeSet.of(item.workshop_id, Area.FRAMING, ids=[item_id])


def restore(lib: Library, item: FramingItem) -> ChangeSet:
    """Put a removed item back exactly as it was (undo of remove)."""
    with lib.atomic():
        FRAMING.insert(lib, item)
    return ChangeSet.of(item.workshop_id, Area.FRAMING, ids=[item.id])


def reorder(lib: Library, workshop_id: str, ordered_ids: list[str]) -> ChangeSet:
    """New order of the items of one list (positions are shared across lists, so any order is valid)."""
    with lib.atomic():
        FRAMING.set_positions(lib, ordered_ids)
    return ChangeSet.of(workshop_id, Area.FRAMING)
