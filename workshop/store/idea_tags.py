"""The sustainability tags on ideas (table idea_tags)."""

from __future__ import annotations

from workshop.domain.tags import SustainabilityTag
from workshop.store.library import Library


def for_workshop(lib: Library, workshop_id: str) -> dict[str, frozenset[SustainabilityTag]]:
    rows = lib.db.execute(
        "SELECT t.idea_id, t.tag FROM idea_tags t JOIN ideas i ON i.id = t.idea_id WHERE i.workshop_id = ?",
        [workshop_id],
    ).fetchall()
    found: dict[str, set[SustainabilityTag]] = {}
    for idea_id, tag in rows:
        found.setdefault(idea_id, set()).add(SustainabilityTag(tag))
    return {idea_id: frozenset(tags) for idea_id, tags in found.items()}


def for_idea(lib: Library, idea_id: str) -> frozenset[SustainabilityTag]:
    rows = lib.db.execute("SELECT tag FROM idea_tags WHERE idea_id = ?", [idea_id]).fetchall()
    return frozenset(SustainabilityTag(row[0]) for row in rows)


def replace(lib: Library, idea_id: str, tags: frozenset[SustainabilityTag]) -> None:
    lib.db.execute("DELETE FROM idea_tags WHERE idea_id = ?", [idea_id])
    for tag in sorted(tags):
        lib.db.execute("INSERT INTO idea_tags (idea_id, tag) VALUES (?, ?)", [idea_id, tag.value])
