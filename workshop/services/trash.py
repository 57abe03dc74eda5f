"""The trash: deleted workshops wait there until it is emptied; emptying removes them from the file."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.services.changes import Area, ChangeSet
from workshop.store import trash as trash_rows
from workshop.store import workshops as workshop_rows
from workshop.store.library import Library


@dataclass(frozen=True)
class EmptiedTrash:
    """What emptying the trash did, for the message that says so."""

    workshops: int
    file_wiped: bool  # the deleted content was overwritten in the file (always, unless nothing was deleted)


def empty_trash(lib: Library) -> tuple[EmptiedTrash, ChangeSet]:
    """Delete every workshop in the trash for good, and wipe what it left in the library file.

    Backups made earlier still hold the workshops until they roll out of the backup set.
    """
    trash_rows.zero_freed_pages(lib)
    with lib.atomic():
        ids = trash_rows.trashed_ids(lib)
        for workshop_id in ids:
            workshop_rows.purge(lib, workshop_id)
    if ids:
        trash_rows.wipe_deleted_content(lib)
    return EmptiedTrash(len(ids), bool(ids)), ChangeSet.of(None, Area.LIBRARY, ids=ids)
