"""Open the library database safely, and run every edit as one durable transaction.

Opening never changes a file that is not a healthy library: the header is read first, then
``PRAGMA quick_check`` runs on a read-only connection, and only then is the file opened for writing
(WAL, ``synchronous=FULL``, ``foreign_keys=ON``) and migrated.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


from workshop.store.errors import LibraryError, Problem

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5_000


def _problem_for(error: sqlite3.Error) -> Problem:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return Problem.LOCKED
    if "full" in text:
        return Problem.DISK_FULL
    if "readonly" in text or "read-only" in text:
        return Problem.READ_ONLY
    if "not a database" in text:
        return Problem.NOT_SQLITE
    if "malformed" in text or "corrupt" in text:
        return Problem.DAMAGED
    return Problem.WRITE_FAILED


def check_file(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Raise LibraryError if *path* exists but is not a healthy SQLite file. Never writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise LibraryError(Problem.NOT_SQLITE, path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as error:
        raise LibraryError(_problem_for(error), path, str(error)) from error
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        problem = _problem_for(error)
        raise LibraryError(
            problem if problem != Problem.WRITE_FAILED else Problem.DAMAGED, path, str(error)
        ) from error
    finally:
        conn.close()
    verdict = "; ".join(str(row[0]) for row in rows[:3])
    if verdict != "ok":
        raise LibraryError(Problem.DAMAGED, path, verdict)


def in_use(path: Path) -> bool:
    """True if another connection (a window, another program) has the library file open right now.

    SQLite answers it: with exclusive locking, a write transaction is refused at once while any other
    connection holds a WAL database open, in this process or another. Nothing is written. Only for a
    healthy file: closing the probe may checkpoint a left-over WAL into it (same content, other bytes).
    """
    if not path.exists():
        return False
    try:
        uri = f"{path.resolve().as_uri()}?mode=rw"
        conn = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as error:
        return _problem_for(error) == Problem.LOCKED
    except sqlite3.Error:
        return False  # not a database at all: nobody can have it open as a library
    finally:
        conn.close()


class Library:
    """One open library file. Use :meth:`atomic` around every change.

    ``conn`` is the plain sqlite3 connection; ``db`` wraps the same connection in sqlite-utils, made on
    first use: importing sqlite-utils costs about as much as half a bare Qt window's start, and the first
    window (the library listing) needs only one plain query.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @classmethod
    def open(
        cls, path: Path | str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, migrate: bool = True
    ) -> Library:
        """Open (or create) the library at *path*, checking it first. Raises LibraryError."""
        path = Path(path)
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(Problem.FOLDER_NOT_WRITABLE, folder, str(error)) from error
        if not path.exists() and not os.access(folder, os.W_OK):
            raise LibraryError(Problem.FOLDER_NOT_WRITABLE, folder)
        check_file(path, busy_timeout_ms)
        try:
            conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
        except sqlite3.Error as error:
            raise LibraryError(_problem_for(error), path, str(error)) from error
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and os.access(folder, os.W_OK):
                raise sqlite3.OperationalError(f"journal mode {mode}")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            library = cls(path, conn)
            if migrate:
                from workshop.store.schema import migrate_library

                migrate_library(library)
        except sqlite3.Error as error:
            conn.close()
            raise LibraryError(_problem_for(error), path, str(error)) from error
        except LibraryError:
            conn.close()
            raise
        return library

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; rolled back completely on any error. SQLite errors become LibraryError."""
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.Error as error:
            raise LibraryError(_problem_for(error), self.path, str(error)) from error

    def integrity_ok(self) -> bool:
        row = self.conn.execute("PRAGMA integrity_check").fetchone()
        return bool(row) and row[0] == "ok"

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
