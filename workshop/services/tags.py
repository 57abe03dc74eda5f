"""Tag ideas with the city's sustainability dimensions (economic, social, ecological)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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


def set_tags_many(
    lib: Library, wanted: Mapping[str, Iterable[SustainabilityTag | str]]
) -> tuple[dict[str, frozenset[SustainabilityTag]], ChangeSet]:
    """Give several ideas their tags as one gesture (Ctrl+1 on a selection), in one transaction: all of
    them, or none if one idea is gone. Returns each idea's tags before, to give back to this for undo."""
    chosen = {idea_id: frozenset(SustainabilityTag(tag) for tag in tags) for idea_id, tags in wanted.items()}
    before: dict[str, frozenset[SustainabilityTag]] = {}
    changes = ChangeSet.of(None)
    with lib.atomic():
        for idea_id, tags in chosen.items():
            before[idea_id], step = set_tags(lib, idea_id, tags)
            changes = changes | step
    return before, changes


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
