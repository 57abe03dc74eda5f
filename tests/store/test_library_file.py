"""Opening the library: pragmas, first start, and files that must never be touched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workshop.store.errors import LibraryError, Problem
from workshop.store.library import Library
from workshop.store.location import ENV_VAR, default_data_dir, resolve_data_dir


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_start_creates_the_folder_and_a_migrated_library(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "library.sqlite"
    with Library.open(path) as lib:
        assert path.exists()
        assert {"workshops", "participants", "agenda_items", "questions", "ideas"} <= set(
            lib.db.table_names()
        )


def test_every_connection_has_wal_full_sync_foreign_keys_and_a_busy_timeout(library: Library) -> None:
    db = library.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_data_dir_option_beats_environment_beats_platform_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "opt")) == tmp_path / "opt"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_data_dir(None) == default_data_dir()
    if sys.platform.startswith("linux"):
        assert str(default_data_dir()).endswith(".local/share/Ideverkstad")


def test_a_file_that_is_not_sqlite_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"Meeting notes\n" * 100)
    before = digest(path)
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert caught.value.problem == Problem.NOT_SQLITE
    assert "inte ett Idéverkstad-bibliotek" in caught.value.message("sv")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite"]


def _healthy_library_bytes(tmp_path: Path) -> bytes:
    source = tmp_path / "source" / "library.sqlite"
    with Library.open(source) as lib:
        for number in range(300):
            lib.db["ideas_filler"].insert({"n": number, "text": "x" * 200})
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return source.read_bytes()


def test_a_truncated_library_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    data = _healthy_library_bytes(tmp_path)
    path = tmp_path / "library.sqlite"
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert caught.value.problem == Problem.DAMAGED
    assert digest(path) == before


def test_a_library_failing_quick_check_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    data = bytearray(_healthy_library_bytes(tmp_path))
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the middle of the data pages, keeping the header and schema page intact.
    for offset in range(page_size * 3, len(data) - page_size, page_size):
        data[offset + 8 : offset + 40] = b"\xff" * 32
    path = tmp_path / "library.sqlite"
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert caught.value.problem in (Problem.DAMAGED, Problem.NOT_SQLITE)
    assert digest(path) == before


def test_a_library_locked_by_another_process_gives_a_clear_message_after_the_timeout(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sqlite3, sys, time
                conn = sqlite3.connect({str(path)!r}, isolation_level=None)
                conn.execute("PRAGMA locking_mode=EXCLUSIVE")
                conn.execute("BEGIN EXCLUSIVE")
                conn.execute("CREATE TABLE held(x)")
                print("locked", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LibraryError) as caught:
            Library.open(path, busy_timeout_ms=300)
        assert caught.value.problem == Problem.LOCKED
        assert "används av ett annat program" in caught.value.message("sv")
    finally:
        holder.communicate("")
    with Library.open(path) as lib:
        assert lib.integrity_ok()
        assert "held" not in lib.db.table_names()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to any folder")
def test_a_folder_that_cannot_be_written_is_named_in_the_message(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LibraryError) as caught:
            Library.open(folder / "library.sqlite")
        assert caught.value.problem == Problem.FOLDER_NOT_WRITABLE
        assert str(folder) in caught.value.message("en")
    finally:
        folder.chmod(0o700)


def test_a_data_folder_path_that_is_a_file_is_named_in_the_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(LibraryError) as caught:
        Library.open(blocker / "library.sqlite")
    assert caught.value.problem == Problem.FOLDER_NOT_WRITABLE
    assert str(blocker) in caught.value.message("en")


def test_a_library_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        lib.db["_sqlite_migrations"].insert(
            {"migration_set": "ideverkstad", "name": "m999_future", "applied_at": "2030-01-01"}
        )
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert caught.value.problem == Problem.TOO_NEW


def _insert_twice(library: Library) -> None:
    with library.atomic():
        for title in ("A", "B"):
            library.db.execute(
                "INSERT INTO workshops (id, title, created_at, updated_at) VALUES ('a', ?, 'x', 'x')", [title]
            )


def test_a_failed_transaction_rolls_back_completely(library: Library) -> None:
    with pytest.raises(LibraryError):
        _insert_twice(library)
    assert library.db.execute("SELECT COUNT(*) FROM workshops").fetchone()[0] == 0


def test_the_database_file_is_readable_by_plain_sqlite(library: Library, library_path: Path) -> None:
    conn = sqlite3.connect(library_path)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert {"workshops", "ideas"} <= names
