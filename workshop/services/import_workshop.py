"""Import a whole workshop (from an exchange file or a report's attachment) as one transaction.

Either every record is written or none is: the snapshot has already passed the file checks
(export/import_file.py), and any clash with what the library holds is found before the first write.
"""

from __future__ import annotations

import dataclasses

from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.text import SHORT_LIMIT
from workshop.domain.workshop import Workshop
from workshop.services.changes import Area, ChangeSet
from workshop.store import snapshot as snapshot_rows
from workshop.store import workshops as workshop_rows
from workshop.store.library import Library

COPY_SUFFIX = {Language.SV: " (importerad kopia)", Language.EN: " (imported copy)"}


class AlreadyInLibrary(Exception):
    """The file's workshop (or some of its records) is already in the library; nothing was written.

    The caller may ask whether to import it as a copy (new ids throughout) instead.
    """

    def __init__(self, existing: Workshop | None, tables: list[str]) -> None:
        self.existing = existing
        self.tables = tables
        super().__init__(self.message(Language.EN))

    def message(self, language: Language | str = Language.EN) -> str:
        lang = Language.parse(str(language), Language.EN)
        if self.existing is not None:
            title = self.existing.title
            if lang == Language.SV:
                return (
                    f"Workshopen \u201d{title}\u201d finns redan i biblioteket. Importera den som en kopia."
                )
            return f"The workshop \u201c{title}\u201d is already in the library. Import it as a copy."
        if lang == Language.SV:
            return "En del av filens poster finns redan i biblioteket. Importera den som en kopia."
        return "Some records of the file are already in the library. Import it as a copy."


def as_copy(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    """New ids throughout, and a title that tells the copy apart from the original."""
    renewed = snapshot.with_new_ids()
    suffix = COPY_SUFFIX[renewed.workshop.language]
    title = renewed.workshop.title[: SHORT_LIMIT - len(suffix)] + suffix
    return dataclasses.replace(
        renewed, workshop=dataclasses.replace(renewed.workshop, title=title, deleted_at="")
    )


def import_snapshot(
    lib: Library, snapshot: WorkshopSnapshot, *, copy: bool = False
) -> tuple[Workshop, ChangeSet]:
    """Write the whole workshop in one transaction. Raises AlreadyInLibrary (nothing written) on a clash."""
    if copy:
        snapshot = as_copy(snapshot)
    snapshot = dataclasses.replace(snapshot, workshop=dataclasses.replace(snapshot.workshop, deleted_at=""))
    with lib.atomic():
        taken = snapshot_rows.taken_ids(lib, snapshot)
        if taken:
            raise AlreadyInLibrary(workshop_rows.get(lib, snapshot.workshop.id), sorted(taken))
        snapshot_rows.insert(lib, snapshot)
    return snapshot.workshop, ChangeSet(snapshot.workshop.id, frozenset(Area))
