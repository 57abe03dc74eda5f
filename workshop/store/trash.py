"""Emptying the trash so the data is gone from the file, not just unlinked from the tables."""

from __future__ import annotations

import sqlite3

from workshop.store.errors import LibraryError
from workshop.store.library import Library, _problem_for


def trashed_ids(lib: Library) -> list[str]:
    rows = lib.db.execute("SELECT id FROM workshops WHERE deleted_at != '' ORDER BY deleted_at").fetchall()
    return [row[0] for row in rows]


def zero_freed_pages(lib: Library) -> None:
    """From now on, pages freed by a deletion are overwritten with zeros on this connection."""
    lib.db.execute("PRAGMA secure_delete = ON")


def wipe_deleted_content(lib: Library) -> None:
    """Overwrite everything that is no longer live, in the library file and its write-ahead log.

    ``secure_delete`` zeroes the pages a deletion frees from now on; ``VACUUM`` rewrites the file from the
    live rows only, so earlier free pages and old row versions are dropped; the ``TRUNCATE`` checkpoint
    copies that into the main file and empties the write-ahead log, which still held the old pages.
    Must run outside a transaction.
    """
    try:
        zero_freed_pages(lib)
        lib.db.conn.execute("VACUUM")
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.Error as error:
        raise LibraryError(_problem_for(error), lib.path, str(error)) from error
