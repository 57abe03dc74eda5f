"""What the library window lists and opens: every workshop with its counts, in the library or the trash.

Apart from :mod:`workshop.services.workshops` (which creates, copies and edits workshops and so loads
every record type and the templates) because the window lists the library before anything else loads.
"""

from __future__ import annotations

from workshop.domain.errors import NotFoundError
from workshop.domain.workshop import Workshop, WorkshopSummary
from workshop.store import workshops as workshop_rows
from workshop.store.library import Library


def list_workshops(lib: Library, *, trash: bool = False) -> list[WorkshopSummary]:
    """The workshops, dated ones newest first, then the undated; *trash*: those in the trash instead."""
    return workshop_rows.summaries(lib, trash=trash)


def get(lib: Library, workshop_id: str) -> Workshop:
    """One workshop, to open it from the library (NotFoundError if it is gone)."""
    workshop = workshop_rows.get(lib, workshop_id)
    if workshop is None:
        raise NotFoundError("workshop", workshop_id)
    return workshop
