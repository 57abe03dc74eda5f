"""The action plan: who does what by when, for the ideas the room chose."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from workshop.domain.action import Action
from workshop.domain.errors import NotFoundError
from workshop.services.changes import Area, ChangeSet
from workshop.services.editable_fields import check_editable
from workshop.store.library import Library
from workshop.store.tables import ACTIONS

EDITABLE_FIELDS = {
    "title",
    "idea_id",
    "cluster_id",
    "owner_id",
    "owner_text",
    "due_date",
    "next_step",
    "status",
}


def list_actions(lib: Library, workshop_id: str) -> list[Action]:
    return ACTIONS.for_workshop(lib, workshop_id)


def get(lib: Library, action_id: str) -> Action:
    action = ACTIONS.get(lib, action_id)
    if action is None:
        raise NotFoundError("action", action_id)
    return action


def add(lib: Library, workshop_id: str, title: str, **fields: Any) -> tuple[Action, ChangeSet]:
    with lib.atomic():
        fields.setdefault("position", ACTIONS.next_position(lib, workshop_id))
        action = Action.new(workshop_id, title, **fields)
        ACTIONS.insert(lib, action)
    return action, ChangeSet.of(workshop_id, Area.ACTIONS, ids=[action.id])


def add_many(lib: Library, workshop_id: str, drafts: list[dict[str, Any]]) -> tuple[list[Action], ChangeSet]:
    """Several actions in one transaction, e.g. one per winning idea of a vote."""
    with lib.atomic():
        start = ACTIONS.next_position(lib, workshop_id)
        made = [
            Action.new(workshop_id, position=start + number, **draft) for number, draft in enumerate(drafts)
        ]
        for action in made:
            ACTIONS.insert(lib, action)
    return made, ChangeSet.of(workshop_id, Area.ACTIONS, ids=[a.id for a in made])


@dataclass(frozen=True)
class PlanFill:
    """What pre-filling the plan did: the actions made, and the ideas (or clusters) left alone because an
    action already carries them."""

    made: list[Action]
    already_planned: list[str]


def add_unplanned(
    lib: Library, workshop_id: str, drafts: list[dict[str, Any]], key: str
) -> tuple[PlanFill, ChangeSet]:
    """Actions for the drafts whose idea or cluster (``key``: "idea_id" or "cluster_id") has none yet.

    Asking twice for the winners' actions must not double the plan: an item an action already carries is
    skipped and named in the result, so the facilitator can be told.
    """
    with lib.atomic():
        planned = {getattr(action, key) for action in ACTIONS.for_workshop(lib, workshop_id)} - {None}
        fresh = [draft for draft in drafts if draft.get(key) not in planned]
        skipped = [str(draft[key]) for draft in drafts if draft.get(key) in planned]
        made, changes = add_many(lib, workshop_id, fresh)
    return PlanFill(made, skipped), changes


def update(lib: Library, action_id: str, **changes: Any) -> tuple[Action, ChangeSet]:
    check_editable(changes, EDITABLE_FIELDS)
    with lib.atomic():
        updated = dataclasses.replace(get(lib, action_id), **changes).validated()
        ACTIONS.update(lib, updated)
    return updated, ChangeSet.of(updated.workshop_id, Area.ACTIONS, ids=[action_id])


def remove(lib: Library, action_id: str) -> tuple[Action, ChangeSet]:
    with lib.atomic():
        action = get(lib, action_id)
        ACTIONS.delete(lib, action_id)
    return action, ChangeSet.of(action.workshop_id, Area.ACTIONS, ids=[action_id])


def restore(lib: Library, restored: list[Action]) -> ChangeSet:
    """Put removed actions back exactly as they were (undo of remove or of add_many)."""
    with lib.atomic():
        for action in restored:
            ACTIONS.insert(lib, action)
    workshop_id = restored[0].workshop_id if restored else None
    return ChangeSet.of(workshop_id, Area.ACTIONS, ids=[a.id for a in restored])


def remove_many(lib: Library, action_ids: list[str]) -> tuple[list[Action], ChangeSet]:
    with lib.atomic():
        removed = [get(lib, action_id) for action_id in action_ids]
        for action in removed:
            ACTIONS.delete(lib, action.id)
    workshop_id = removed[0].workshop_id if removed else None
    return removed, ChangeSet.of(workshop_id, Area.ACTIONS, ids=action_ids)


def reorder(lib: Library, workshop_id: str, ordered_ids: list[str]) -> ChangeSet:
    with lib.atomic():
        ACTIONS.set_positions(lib, ordered_ids)
    return ChangeSet.of(workshop_id, Area.ACTIONS)
