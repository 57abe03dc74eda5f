"""Grouping suggestions for the notes not yet in a cluster. Read-only: accepting one is a separate edit.

This reads the notes in one quick query and computes without the database, so the GUI can read on its own
thread and run :func:`propose` in a worker.
"""

from __future__ import annotations

from workshop.domain.grouping import DEFAULT_THRESHOLD, Progress, Proposal, suggest_groups
from workshop.store.library import Library
from workshop.store.tables import IDEAS, WORKSHOPS


def loose_notes(lib: Library, workshop_id: str) -> list[tuple[str, str]]:
    """(id, text) of the notes on the board that no cluster holds yet."""
    return [
        (idea.id, idea.text)
        for idea in IDEAS.for_workshop(lib, workshop_id)
        if idea.cluster_id is None and idea.merged_into is None
    ]


def language_of(lib: Library, workshop_id: str) -> str:
    workshop = WORKSHOPS.get(lib, workshop_id)
    return workshop.language.value if workshop is not None else "sv"


def propose(
    notes: list[tuple[str, str]],
    language: str = "sv",
    threshold: float = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
) -> list[Proposal]:
    """Proposed groups among *notes*; touches no database, so it may run on any thread."""
    return suggest_groups(notes, language, threshold, progress)


def for_workshop(lib: Library, workshop_id: str) -> list[Proposal]:
    return propose(loose_notes(lib, workshop_id), language_of(lib, workshop_id))
