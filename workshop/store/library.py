"""Open the library database safely, and run every edit as one durable transaction.

Opening never changes a file that is not a healthy library: the header is read first, then
``PRAGMA quick_check`` runs on a read-only connection, and only then is the file opened for writing
(WAL, ``synchronous=FULL``, ``foreign_keys=ON``) and migrated.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


from workshop.store import disk
from workshop.store.errors import LibraryError, Problem, classify

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5_000
COMPANIONS = ("-wal", "-shm", "-journal")


def _problem_for(error: sqlite3.Error, path: Path | None = None) -> Problem:
    return classify(error, path)


def _companion(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def read_only_connection(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection to *path* that cannot change it, and creates nothing beside it where it can help it.

    With no ``-wal``, ``-shm`` or ``-journal`` beside the file, no program has it open and the file alone
    is the whole truth: it is read as immutable, which makes no companion files (a damaged file stays
    alone, a read-only or full disk is not written). Otherwise SQLite's read-only mode reads the
    write-ahead log too; where it cannot (its index cannot be made on a read-only or full disk) and the
    log holds nothing, the file is read as immutable after all. Raises sqlite3.Error.
    """
    base = path.resolve().as_uri()
    timeout = busy_timeout_ms / 1000
    if not any(_companion(path, suffix).exists() for suffix in COMPANIONS):
        return sqlite3.connect(f"{base}?immutable=1", uri=True, timeout=timeout)
    conn = sqlite3.connect(f"{base}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        conn.close()
        wal = _companion(path, "-wal")
        if (wal.exists() and wal.stat().st_size > 0) or _companion(path, "-journal").exists():
            raise  # the log holds changes the file alone does not show
    return sqlite3.connect(f"{base}?immutable=1", uri=True, timeout=timeout)


def check_file(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Raise LibraryError if *path* exists but is not a healthy SQLite file. Never writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise LibraryError(Problem.NOT_SQLITE, path)
    try:
        conn = read_only_connection(path, busy_timeout_ms)
    except sqlite3.Error as error:
        raise LibraryError(_checked(error, path), path, str(error)) from error
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        raise LibraryError(_checked(error, path), path, str(error)) from error
    finally:
        conn.close()
    verdict = "; ".join(str(row[0]) for row in rows[:3])
    if verdict != "ok":
        raise LibraryError(Problem.DAMAGED, path, verdict)


def _checked(error: sqlite3.Error, path: Path) -> Problem:
    """Reading failed: a full or read-only disk says so; an I/O error on a healthy disk is damage."""
    problem = classify(error, path)
    return Problem.DAMAGED if problem == Problem.WRITE_FAILED else problem


def _writable_connection(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """Open *path* for writing: WAL, ``synchronous=FULL``, ``foreign_keys=ON``. Raises sqlite3.Error."""
    conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        mode = _switch_to_wal(conn, busy_timeout_ms)
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal mode {mode}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _switch_to_wal(conn: sqlite3.Connection, busy_timeout_ms: int) -> str:
    """``PRAGMA journal_mode = WAL``, waiting the busy timeout while another program holds the file.

    On a new file the switch reads, then needs the write lock; SQLite refuses such an upgrade at once
    instead of calling its busy handler, so two programs creating one library would see "locked". The
    wait is done here. (On a library already in WAL mode the pragma takes no lock at all.)
    """
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            if classify(error) != Problem.LOCKED or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


def _discard_new(path: Path) -> None:
    """Remove a library file this attempt created and could not finish (and its companions)."""
    for file in (path, *(_companion(path, suffix) for suffix in COMPANIONS)):
        with contextlib.suppress(OSError):
            file.unlink()


def discard_if_unused(path: Path) -> bool:
    """Remove the library at *path* if it holds no workshop and no other program has it open.

    For a library made a moment ago by a command that then failed: it was never the user's, and it
    would only be a stray file. Returns True if it was removed.
    """
    if in_use(path):
        return False
    try:
        conn = read_only_connection(path)
        try:
            count = conn.execute("SELECT COUNT(*) FROM workshops").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    if count:
        return False
    _discard_new(path)
    return True


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

    ``read_only`` is None for a library that can be changed; on a read-only or full disk the library is
    still opened for reading (and exporting), and ``read_only`` says why changes are refused. Every change
    first tries to open the file for writing again, so an edit goes through once space is back.
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, read_only: LibraryError | None = None
    ) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._db: Database | None = None
        self._busy_timeout_ms = BUSY_TIMEOUT_MS

    def version(self) -> tuple[int, int, int]:
        """A value that moves whenever what this library reads may have changed: a change made on this
        connection (``total_changes``, committed or not), another connection's commit (``data_version``)
        or a new connection (after a read-only library became writable). Cheap: one pragma."""
        conn = self.conn
        return id(conn), conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])

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
        """Open (or create) the library at *path*, checking it first. Raises LibraryError.

        A healthy library on a read-only or full disk opens read-only (see :attr:`read_only`); a library
        this call created and could not finish is removed again.
        """
        path = Path(path)
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(Problem.FOLDER_NOT_WRITABLE, folder, str(error)) from error
        existed = path.exists()
        if not existed and (not os.access(folder, os.W_OK) or disk.is_read_only(folder)):
            raise LibraryError(Problem.FOLDER_NOT_WRITABLE, folder)
        check_file(path, busy_timeout_ms)
        if existed and disk.is_read_only(path):
            return cls._open_read_only(path, busy_timeout_ms, LibraryError(Problem.READ_ONLY, path), migrate)
        conn: sqlite3.Connection | None = None
        try:
            conn = _writable_connection(path, busy_timeout_ms)
            library = cls(path, conn)
            library._busy_timeout_ms = busy_timeout_ms
            if migrate:
                from workshop.store.schema import migrate_library

                migrate_library(library)
        except (sqlite3.Error, LibraryError) as error:
            if conn is not None:
                conn.close()
            failure = (
                error
                if isinstance(error, LibraryError)
                else LibraryError(classify(error, path), path, str(error))
            )
            if not existed and failure.problem == Problem.DISK_FULL:
                _discard_new(path)
            if existed and failure.problem in (Problem.READ_ONLY, Problem.DISK_FULL):
                return cls._open_read_only(path, busy_timeout_ms, failure, migrate)
            raise failure from error
        return library

    @classmethod
    def _open_read_only(
        cls, path: Path, busy_timeout_ms: int, reason: LibraryError, migrate: bool
    ) -> Library:
        try:
            conn = read_only_connection(path, busy_timeout_ms)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as error:
            raise LibraryError(reason.problem, path, str(error)) from error
        library = cls(path, conn, read_only=reason)
        library._busy_timeout_ms = busy_timeout_ms
        if migrate:
            from workshop.store.schema import migrate_library

            try:
                migrate_library(library)
            except LibraryError:
                conn.close()
                raise
        return library

    @property
    def writable(self) -> bool:
        return self.read_only is None

    def _try_writable(self) -> None:
        """A change is asked for on a read-only library: open the file for writing if that works now."""
        if disk.is_read_only(self.path):
            return
        try:
            conn = _writable_connection(self.path, self._busy_timeout_ms)
        except sqlite3.Error as error:
            problem = classify(error, self.path)
            if problem in (Problem.READ_ONLY, Problem.DISK_FULL):
                self.read_only = LibraryError(problem, self.path, str(error))
            return
        self.conn.close()
        self.conn = conn
        self._db = None
        self.read_only = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; rolled back completely on any error. SQLite errors become LibraryError.

        The outermost one begins with ``BEGIN IMMEDIATE``: it takes the write lock at once and so waits
        the whole busy timeout for another program's write to end. A deferred transaction that reads
        first would be refused at once when it tries to write (SQLite cannot wait there without risking
        a deadlock). Nested ones are savepoints. On a read-only library the transaction only reads, and
        a write inside it is refused with the reason the library is read-only.
        """
        if self.read_only is not None and not self.conn.in_transaction:
            self._try_writable()
        if self.conn.in_transaction:
            try:
                with self.db.atomic() as db:
                    yield db
            except sqlite3.Error as error:
                raise self._error(error) from error
            return
        try:
            self.conn.execute("BEGIN" if self.read_only is not None else "BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._error(error) from error
        try:
            yield self.db
        except BaseException as failure:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(failure, sqlite3.Error):
                raise self._error(failure) from failure
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise self._error(error) from error

    def _error(self, error: sqlite3.Error) -> LibraryError:
        problem = classify(error, self.path)
        if self.read_only is not None and problem in (Problem.READ_ONLY, Problem.WRITE_FAILED):
            return LibraryError(self.read_only.problem, self.path, str(error))
        return LibraryError(problem, self.path, str(error))

    def integrity_ok(self) -> bool:
        row = self.conn.execute("PRAGMA integrity_check").fetchone()
        return bool(row) and row[0] == "ok"

    def close(self) -> None:
        if self.read_only is None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
