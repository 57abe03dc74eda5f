"""Edit the agenda: add, rename, retime, reorder and remove phases."""

from __future__ import annotations

import dataclasses
from typing import Any

from workshop.domain.agenda import AgendaItem, PhaseKind
from workshop.domain.errors import NotFoundError
from workshop.services.changes import Area, ChangeSet
from workshop.services.editable_fields import check_editable
from workshop.store.library import Library
from workshop.store.tables import AGENDA

EDITABLE_FIELDS = {"kind", "title", "instructions", "planned_minutes"}


def list_agenda(lib: Library, workshop_id: str) -> list[AgendaItem]:
    return AGENDA.for_workshop(lib, workshop_id)


def get(lib: Library, item_id: str) -> AgendaItem:
    item = AGENDA.get(lib, item_id)
    if item is None:
        raise NotFoundError("agenda_item", item_id)
    return item


def add(
    lib: Library, workshop_id: str, kind: PhaseKind | str, title: str, **fields: Any
) -> tuple[AgendaItem, ChangeSet]:
    with lib.atomic():
        fields.setdefault("position", AGENDA.next_position(lib, workshop_id))
        item = AgendaItem.new(workshop_id, kind, title, **fields)
        AGENDA.insert(lib, item)
    return item, ChangeSet.of(workshop_id, Area.AGENDA, ids=[item.id])


def update(lib: Library, item_id: str, **changes: Any) -> tuple[AgendaItem, ChangeSet]:
    check_editable(changes, EDITABLE_FIELDS)
    with lib.atomic():
        updated = dataclasses.replace(get(lib, item_id), **changes).validated()
        AGENDA.update(lib, updated)
    return updated, ChangeSet.of(updated.workshop_id, Area.AGENDA, ids=[item_id])


def remove(lib: Library, item_id: str) -> tuple[AgendaItem, ChangeSet]:
    with lib.atomic():
        item = get(lib, item_id)
        AGENDA.delete(lib, item_id)
    return item, ChangeSet.of(item.workshop_id, Area.AGENDA, ids=[item_id])


def restore(lib: Library, item: AgendaItem) -> ChangeSet:
    with lib.atomic():
        AGENDA.insert(lib, item)
    return ChangeSet.of(item.workshop_id, Area.AGENDA, ids=[item.id])


def reorder(lib: Library, workshop_id: str, ordered_ids: list[str]) -> ChangeSet:
    with lib.atomic():
        AGENDA.set_positions(lib, ordered_ids)
    return ChangeSet.of(workshop_id, Area.AGENDA)
