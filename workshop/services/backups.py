"""Automatic backups of the library, and getting a workshop (or everything) back from one.

Policy (a rolling set in ``<data dir>/backups/``):

* a backup is made when the library is opened, and again when there were changes and
  :data:`PERIOD` has passed since the last one (the window checks every minute);
* the :data:`KEEP_RECENT` newest backups are always kept;
* besides those, the newest backup of each of the last :data:`KEEP_DAYS` days is kept;
* everything else is removed, and if the set is still larger than :data:`MAX_TOTAL_BYTES`, the oldest
  daily backups go first (the newest backup is never removed).

Each backup is checked with ``PRAGMA integrity_check`` right after it is written; a copy that fails is
removed at once, so the set only holds copies that can be restored. Restoring never deletes anything: the
library being replaced is moved aside with a time stamp in its name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workshop.domain.errors import NotFoundError
from workshop.domain.ids import new_id, now_iso
from workshop.domain.language import Language
from workshop.services.changes import Area, ChangeSet
from workshop.store import backup as copies
from workshop.store import workshops as workshop_rows
from workshop.store.errors import LibraryError, Problem, error_for_os_error
from workshop.store.library import Library, in_use

BACKUP_FOLDER = "backups"
PREFIX = "library-"
SUFFIX = ".sqlite"
STAMP = "%Y%m%dT%H%M%S%fZ"
PERIOD = timedelta(minutes=10)
KEEP_RECENT = 10
KEEP_DAYS = 30
MAX_TOTAL_BYTES = 500 * 1024 * 1024
RESTORED_SUFFIX = {Language.SV: " (återställd)", Language.EN: " (restored)"}


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    def contents(self) -> list[copies.StoredWorkshop]:
        """The workshops this backup holds (titles and counts). Raises LibraryError if unreadable."""
        return copies.contents(self.path)

    def healthy(self) -> bool:
        return copies.is_healthy(self.path)


def backup_folder(library_path: Path) -> Path:
    return library_path.parent / BACKUP_FOLDER


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _parse(path: Path) -> Backup | None:
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        taken = datetime.strptime(name[len(PREFIX) : -len(SUFFIX)], STAMP).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, taken, size)


def list_backups(library_path: Path) -> list[Backup]:
    """The backups of the library at *library_path*, newest first."""
    folder = backup_folder(library_path)
    if not folder.is_dir():
        return []
    found = (_parse(path) for path in folder.iterdir())
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def find_backup(library_path: Path, name_or_path: str) -> Backup:
    """A backup by its file name (as listed), its number in the list (1 = newest) or a path."""
    listed = list_backups(library_path)
    if name_or_path.isdigit() and 1 <= int(name_or_path) <= len(listed):
        return listed[int(name_or_path) - 1]
    for backup in listed:
        if backup.name == name_or_path:
            return backup
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return Backup(path, datetime.fromtimestamp(path.stat().st_mtime, UTC), path.stat().st_size)
    raise NotFoundError("backup", name_or_path)


def make_backup(lib: Library, *, now: datetime | None = None) -> Backup:
    """Write a checked backup of *lib* now and prune the set. Raises LibraryError if it cannot."""
    taken = now or _utcnow()
    folder = backup_folder(lib.path)
    made_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(Problem.FOLDER_NOT_WRITABLE, folder, str(error)) from error
    target = folder / f"{PREFIX}{taken.strftime(STAMP)}{SUFFIX}"
    try:
        copies.write_copy(lib, target)
    except (OSError, LibraryError) as error:
        if made_folder:  # a backup that could not be written leaves no empty folder behind
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(error, LibraryError):
            raise
        raise error_for_os_error(error, target) from error
    if not copies.is_healthy(target):
        with contextlib.suppress(OSError):
            target.unlink()
        raise LibraryError(Problem.DAMAGED, target, "the new backup failed its integrity check")
    prune(lib.path, now=taken)
    return Backup(target, taken, target.stat().st_size)


def choose_kept(backups: Iterable[Backup], *, now: datetime) -> list[Backup]:
    """Which backups the policy keeps (see the module docstring); newest first."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    kept = ordered[:KEEP_RECENT]
    days_seen = {b.taken_at.date() for b in kept}
    oldest_day = (now - timedelta(days=KEEP_DAYS)).date()
    for backup in ordered[KEEP_RECENT:]:
        day = backup.taken_at.date()
        if day >= oldest_day and day not in days_seen:
            days_seen.add(day)
            kept.append(backup)
    kept.sort(key=lambda b: b.taken_at, reverse=True)
    while len(kept) > 1 and sum(b.size for b in kept) > MAX_TOTAL_BYTES:
        kept.pop()
    return kept


def prune(library_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Remove the backups the policy does not keep; returns what was removed."""
    listed = list_backups(library_path)
    kept = {b.path for b in choose_kept(listed, now=now or _utcnow())}
    removed = []
    for backup in listed:
        if backup.path not in kept:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


class BackupClock:
    """Decides when the next periodic backup is due: after a change, once :data:`PERIOD` has passed.

    Kept free of Qt and of the wall clock (the caller passes *now*) so the rule can be tested exactly.
    """

    def __init__(self, last_backup: datetime | None = None, period: timedelta = PERIOD) -> None:
        self.last_backup = last_backup
        self.period = period
        self.changed = False

    def note_change(self) -> None:
        self.changed = True

    def due(self, now: datetime) -> bool:
        if not self.changed:
            return False
        return self.last_backup is None or now - self.last_backup >= self.period

    def done(self, now: datetime) -> None:
        self.last_backup = now
        self.changed = False


def restore_workshop(
    lib: Library, backup: Backup | Path, workshop_id: str, *, language: Language = Language.SV
) -> tuple[str, ChangeSet]:
    """Copy one workshop, with everything in it, from a backup into the open library.

    If the workshop is gone from the library it comes back with its own ids (links from exported files
    stay valid). If it still exists, the backup's version is added beside it as a copy with new ids and
    "(restored)" after its title, so nothing in the library is overwritten. Returns the restored id.
    """
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    if not copies.is_healthy(path):
        raise LibraryError(Problem.DAMAGED, path, "integrity check failed")
    with copies.opened_copy(path) as source:
        tables = copies.workshop_rows(source, workshop_id)
    if not tables:
        raise NotFoundError("workshop", workshop_id)
    with lib.atomic():
        exists = workshop_rows.get(lib, workshop_id) is not None
        id_map = {old: new_id() for old in copies.owned_ids(tables)} if exists else {}
        row = tables["workshops"][0]
        row["deleted_at"] = ""
        if exists:
            suffix = RESTORED_SUFFIX[Language.parse(str(row.get("language", language)), language)]
            row["title"] = str(row["title"])[: 200 - len(suffix)] + suffix
            row["updated_at"] = now_iso()
        copies.insert_workshop_rows(lib, tables, id_map)
    restored = id_map.get(workshop_id, workshop_id)
    return restored, ChangeSet.of(restored, Area.LIBRARY)


def _stamp(now: datetime | None = None) -> str:
    return (now or _utcnow()).astimezone().strftime("%Y%m%d-%H%M%S")


def move_aside(library_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Rename the library file (and its -wal/-shm companions) with a time stamp; never deletes it."""
    stamp = _stamp(now)
    target = library_path.with_name(f"{library_path.stem}.{reason}-{stamp}{library_path.suffix}")
    number = 1
    while target.exists():
        number += 1
        target = library_path.with_name(f"{library_path.stem}.{reason}-{stamp}-{number}{library_path.suffix}")
    for extra in ("-wal", "-shm"):
        companion = Path(f"{library_path}{extra}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{extra}"))
    if library_path.exists():
        os.replace(library_path, target)
    return target


def restore_library(library_path: Path, backup: Backup | Path, *, reason: str = "replaced") -> Path | None:
    """Replace the whole library by a backup. The library must be closed.

    If a window (or another program) still has it open, LibraryError(LOCKED) and nothing changes: that
    window would go on saving into the file moved aside, and what was typed there would seem lost.
    The current file is moved aside first (returned; None if there was none), then the backup is copied in
    through a temporary file, so a crash half-way leaves either no library or a complete one, never a
    half-copied one — and the moved-aside file is always still there.
    """
    # A damaged library is never open (no window gets past opening it), and it is kept byte for byte.
    if reason != "damaged" and in_use(library_path):
        raise LibraryError(Problem.LOCKED, library_path, "open in another window")
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    if not copies.is_healthy(path):
        raise LibraryError(Problem.DAMAGED, path, "integrity check failed")
    scratch = library_path.with_name(f".{library_path.name}.restoring")
    try:
        shutil.copyfile(path, scratch)
        with scratch.open("rb+") as handle:
            os.fsync(handle.fileno())
        moved = move_aside(library_path, reason) if library_path.exists() else None
        os.replace(scratch, library_path)
    except OSError as error:
        with contextlib.suppress(OSError):
            scratch.unlink()
        raise LibraryError(Problem.WRITE_FAILED, library_path, str(error)) from error
    return moved


def is_healthy_library(library_path: Path) -> bool:
    """True if the library file passes its integrity check (read without writing beside it)."""
    return copies.is_healthy(library_path)


def newest_healthy_backup(library_path: Path) -> Backup | None:
    """The newest backup that passes ``integrity_check`` (older ones are tried if the newest is bad)."""
    return next((b for b in list_backups(library_path) if b.healthy()), None)


@dataclass(frozen=True)
class Recovery:
    damaged_moved_to: Path | None
    restored_from: Backup


def recover_damaged_library(library_path: Path, backup: Backup | None = None) -> Recovery:
    """Put *backup* (by default the newest good one) in place of a damaged library; the damaged file is
    kept, renamed."""
    backup = backup or newest_healthy_backup(library_path)
    if backup is None:
        raise LibraryError(Problem.DAMAGED, library_path, "no backup passes the integrity check")
    moved = restore_library(library_path, backup, reason="damaged")
    return Recovery(moved, backup)
