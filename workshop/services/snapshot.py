"""Take a consistent snapshot of one workshop for reports and exports."""

from __future__ import annotations

from workshop.domain.errors import NotFoundError
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.store import snapshot as snapshot_rows
from workshop.store.library import Library


def load(lib: Library, workshop_id: str) -> WorkshopSnapshot:
    """Everything about the workshop, read in one transaction so the parts agree. Raises NotFoundError."""
    with lib.atomic():
        snapshot = snapshot_rows.load(lib, workshop_id)
    if snapshot is None:
        raise NotFoundError("workshop", workshop_id)
    return snapshot
