"""Tag ideas with the city's sustainability dimensions (economic, social, ecological)."""

from __future__ import annotations

from collections.abc import Iterable

from workshop.domain.errors import NotFoundError
from workshop.domain.tags import SustainabilityTag
from workshop.services.changes import Area, ChangeSet
from workshop.store import idea_tags
from workshop.store.library import Library
from workshop.store.tables import IDEAS


def tags_by_idea(lib: Library, workshop_id: str) -> dict[str, frozenset[SustainabilityTag]]:
    """Every tagged idea of the workshop and its tags (untagged ideas are absent)."""
    return idea_tags.for_workshop(lib, workshop_id)


def tags_of(lib: Library, idea_id: str) -> frozenset[SustainabilityTag]:
    return idea_tags.for_idea(lib, idea_id)


def set_tags(
    lib: Library, idea_id: str, tags: Iterable[SustainabilityTag | str]
) -> tuple[frozenset[SustainabilityTag], ChangeSet]:
    """Give an idea exactly these tags; returns the tags it had before (for undo)."""
    wanted = frozenset(SustainabilityTag(tag) for tag in tags)
    with lib.atomic():
        idea = IDEAS.get(lib, idea_id)
        if idea is None:
            raise NotFoundError("idea", idea_id)
        before = idea_tags.for_idea(lib, idea_id)
        idea_tags.replace(lib, idea_id, wanted)
    return before, ChangeSet.of(idea.workshop_id, Area.IDEAS, ids=[idea_id])


def tag(
    lib: Library, idea_id: str, tag: SustainabilityTag | str
) -> tuple[frozenset[SustainabilityTag], ChangeSet]:
    return set_tags(lib, idea_id, tags_of(lib, idea_id) | {SustainabilityTag(tag)})


def untag(
    lib: Library, idea_id: str, tag: SustainabilityTag | str
) -> tuple[frozenset[SustainabilityTag], ChangeSet]:
    return set_tags(lib, idea_id, tags_of(lib, idea_id) - {SustainabilityTag(tag)})


def toggle(
    lib: Library, idea_id: str, tag: SustainabilityTag | str
) -> tuple[frozenset[SustainabilityTag], ChangeSet]:
    current = tags_of(lib, idea_id)
    chosen = SustainabilityTag(tag)
    return set_tags(lib, idea_id, current - {chosen} if chosen in current else current | {chosen})
