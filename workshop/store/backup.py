"""Consistent copies of the library, checking them, reading what is in them, and copying one workshop back.

A copy is made with ``VACUUM INTO``: SQLite writes a fresh, compact file from one read transaction, so the
copy is consistent even while the app keeps writing, and pages freed by deletions are not carried along.
Backups are only ever read through read-only connections (or through a migrated scratch copy), so a look
into a backup can never change it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.store.errors import LibraryError, Problem
from workshop.store.library import Library, _problem_for, read_only_connection


@dataclass(frozen=True)
class StoredWorkshop:
    """One workshop as a backup holds it: what a facilitator needs to recognise it."""

    id: str
    title: str
    date: str
    participants: int
    ideas: int
    in_trash: bool


def write_copy(lib: Library, target: Path) -> None:
    """Write a consistent, compact copy of *lib* to *target* (replaced atomically if it exists)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.with_name(f".{target.name}.{uuid.uuid4().hex}.partial")
    try:
        lib.db.conn.execute("VACUUM INTO ?", [str(scratch)])
        with scratch.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(scratch, target)
    except sqlite3.Error as error:
        raise LibraryError(_problem_for(error, target), target, str(error)) from error
    finally:
        with contextlib.suppress(OSError):
            scratch.unlink()


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """Read a backup without writing beside it (it also reads on a read-only disk)."""
    conn = read_only_connection(path)
    try:
        yield conn
    finally:
        conn.close()


def is_healthy(path: Path) -> bool:
    """True if *path* is an SQLite file that passes ``PRAGMA integrity_check``. Never writes to it."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        with _read_only(path) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except (OSError, sqlite3.Error):
        return False
    return [tuple(row) for row in rows] == [("ok",)]


_CONTENTS_SQL = """
SELECT w.id, w.title, w.date, w.deleted_at != '',
       (SELECT COUNT(*) FROM participants p WHERE p.workshop_id = w.id),
       (SELECT COUNT(*) FROM ideas i WHERE i.workshop_id = w.id)
FROM workshops w
ORDER BY w.deleted_at != '', CASE WHEN w.date = '' THEN 1 ELSE 0 END, w.date DESC, w.created_at DESC
"""


def contents(path: Path) -> list[StoredWorkshop]:
    """The workshops in the library file *path* (read-only). Raises LibraryError if it cannot be read."""
    try:
        with _read_only(path) as conn:
            rows = conn.execute(_CONTENTS_SQL).fetchall()
    except sqlite3.Error as error:
        raise LibraryError(Problem.DAMAGED, path, str(error)) from error
    return [StoredWorkshop(r[0], r[1], r[2], int(r[4]), int(r[5]), bool(r[3])) for r in rows]


@contextlib.contextmanager
def opened_copy(path: Path) -> Iterator[Library]:
    """Open a scratch copy of the library file *path*, migrated to the current schema.

    Reading from a migrated copy means a backup made by an older version restores into today's tables,
    and the backup itself is never opened for writing.
    """
    with tempfile.TemporaryDirectory(prefix="ideverkstad-restore-") as folder:
        scratch = Path(folder) / "library.sqlite"
        shutil.copyfile(path, scratch)
        lib = Library.open(scratch)
        try:
            yield lib
        finally:
            lib.close()


def _tables(db: Any) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name"
    ).fetchall()
    return [row[0] for row in rows]


def _columns(db: Any, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def _parents(db: Any, table: str) -> list[tuple[str, str]]:
    """(column, parent table) for each foreign key of *table*."""
    return [(row[3], row[2]) for row in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()]


def workshop_rows(source: Library, workshop_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row that belongs to one workshop, table by table.

    Found from the schema, not from a fixed list, so tables added by later migrations come along: a row
    belongs to the workshop if it has the workshop's ``workshop_id``, or if its foreign key points at a row
    that belongs to it (idea tags, ballots, votes...).
    """
    db = source.db
    found: dict[str, list[dict[str, Any]]] = {}
    owned: dict[str, set[str]] = {}
    pending = [t for t in _tables(db) if t != "workshops"]
    rows = _select(db, "workshops", "id = ?", [workshop_id])
    if not rows:
        return {}
    found["workshops"] = rows
    owned["workshops"] = {workshop_id}
    progress = True
    while pending and progress:
        progress = False
        for table in list(pending):
            columns = _columns(db, table)
            links = [(col, parent) for col, parent in _parents(db, table) if parent in owned]
            if "workshop_id" in columns:
                rows = _select(db, table, "workshop_id = ?", [workshop_id])
            elif links:
                rows = []
                seen: set[tuple[Any, ...]] = set()
                for col, parent in links:
                    for key in owned[parent]:
                        for row in _select(db, table, f"[{col}] = ?", [key]):
                            marker = tuple(row.values())
                            if marker not in seen:
                                seen.add(marker)
                                rows.append(row)
            else:
                continue
            found[table] = rows
            if "id" in columns:
                owned[table] = {str(row["id"]) for row in rows}
            pending.remove(table)
            progress = True
    return found


def _select(db: Any, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE {where}", params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def insert_workshop_rows(
    lib: Library, tables: dict[str, list[dict[str, Any]]], id_map: dict[str, str]
) -> None:
    """Insert rows copied by :func:`workshop_rows`, replacing every id found in *id_map*.

    Replacing any column value that equals an old id (UUIDs never collide with other text) renews primary
    keys, foreign keys and loose references such as ``votes.item_id`` or ``current_phase_id`` alike.
    Call inside ``lib.atomic()``; foreign keys are checked at commit, so the table order does not matter.
    """
    lib.db.execute("PRAGMA defer_foreign_keys = ON")
    for table, rows in tables.items():
        if not rows:
            continue
        target_columns = set(_columns(lib.db, table))
        if not target_columns:
            continue
        for row in rows:
            values = {
                key: id_map.get(value, value) if isinstance(value, str) else value
                for key, value in row.items()
                if key in target_columns
            }
            names = ", ".join(f"[{key}]" for key in values)
            marks = ", ".join("?" for _ in values)
            lib.db.execute(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", list(values.values()))


def owned_ids(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The primary-key ids among copied rows, to be renewed when the workshop still exists."""
    return [str(row["id"]) for rows in tables.values() for row in rows if row.get("id")]
