"""Silent writing: ideas written while it is on stay off the shared screen until the facilitator reveals
them, so the room is not anchored by the first ideas it sees."""

from __future__ import annotations

import dataclasses

from workshop.domain.errors import NotFoundError
from workshop.services.changes import Area, ChangeSet
from workshop.store import idea_visibility
from workshop.store.library import Library
from workshop.store.tables import WORKSHOPS


def is_silent(lib: Library, workshop_id: str) -> bool:
    return idea_visibility.silent_mode(lib, workshop_id)


def set_silent(lib: Library, workshop_id: str, on: bool) -> tuple[bool, ChangeSet]:
    """Turn silent writing on or off; returns the mode it was in before (for undo)."""
    with lib.atomic():
        workshop = WORKSHOPS.get(lib, workshop_id)
        if workshop is None:
            raise NotFoundError("workshop", workshop_id)
        WORKSHOPS.update(lib, dataclasses.replace(workshop, silent_mode=bool(on)))
    return workshop.silent_mode, ChangeSet.of(workshop_id, Area.WORKSHOP, Area.PRESENTER)


def hidden_ideas(lib: Library, workshop_id: str) -> list[str]:
    return idea_visibility.hidden(lib, workshop_id)


def reveal_all(lib: Library, workshop_id: str) -> tuple[list[str], ChangeSet]:
    """Show every hidden idea on the shared screen; returns the ids that were hidden (for undo)."""
    with lib.atomic():
        ids = idea_visibility.hidden(lib, workshop_id)
        idea_visibility.set_revealed(lib, ids, True)
    return ids, ChangeSet.of(workshop_id, Area.IDEAS, Area.PRESENTER, ids=ids)


def hide(lib: Library, workshop_id: str, idea_ids: list[str]) -> ChangeSet:
    """Hide these ideas from the shared screen again (undo of reveal_all)."""
    with lib.atomic():
        idea_visibility.set_revealed(lib, idea_ids, False)
    return ChangeSet.of(workshop_id, Area.IDEAS, Area.PRESENTER, ids=idea_ids)
