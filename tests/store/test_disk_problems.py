"""A full or read-only disk is not a damaged library: it is said as it is, and the library can still be read.

Each case runs on a real small disk where the machine allows (root: a tmpfs), and by fault injection
(SQLite's own error codes, and the disk facts the store asks) everywhere.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from disk_faults import (
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_IOERR_SHMSIZE,
    SQLITE_READONLY,
    fill_disk,
    mounted_tmpfs,
    remount,
    sqlite_error,
)

from workshop.domain.snapshot import WorkshopSnapshot
from workshop.services import demo, snapshot, workshops
from workshop.services.import_workshop import import_snapshot
from workshop.store import disk
from workshop.store import library as library_module
from workshop.store.errors import LibraryError, Problem, classify
from workshop.store.library import Library


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _demo_library(path: Path) -> WorkshopSnapshot:
    with Library.open(path) as lib:
        made, _ = demo.create_demo(lib)
        return snapshot.load(lib, made.id)


# --- what an error means ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "message"),
    [(SQLITE_IOERR_SHMSIZE, "disk I/O error"), (SQLITE_CANTOPEN, "unable to open database file")],
)
def test_an_io_error_on_a_full_disk_is_the_full_disk_not_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    monkeypatch.setattr(disk, "free_bytes", lambda path: 28 * 1024)
    assert classify(sqlite_error(message, code), tmp_path / "library.sqlite") == Problem.DISK_FULL


@pytest.mark.parametrize(
    ("code", "message"),
    [(SQLITE_IOERR_SHMSIZE, "disk I/O error"), (SQLITE_CANTOPEN, "unable to open database file")],
)
def test_an_io_error_on_a_read_only_disk_is_read_only_not_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    monkeypatch.setattr(disk, "is_read_only", lambda path: True)
    assert classify(sqlite_error(message, code), tmp_path / "library.sqlite") == Problem.READ_ONLY


def test_sqlite_s_own_codes_decide_before_the_words() -> None:
    assert classify(sqlite_error("database or disk is full", SQLITE_FULL)) == Problem.DISK_FULL
    assert (
        classify(sqlite_error("attempt to write a readonly database", SQLITE_READONLY)) == Problem.READ_ONLY
    )
    assert classify(sqlite_error("database disk image is malformed", 11)) == Problem.DAMAGED


def test_the_messages_say_what_is_true_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    full = LibraryError(Problem.DISK_FULL, path)
    assert "disk is full — free some space" in full.message("en")
    assert "Disken är full – frigör utrymme" in full.message("sv")
    read_only = LibraryError(Problem.READ_ONLY, path)
    assert f"folder {tmp_path} is read-only — the library can be read but not changed" in read_only.message(
        "en"
    )
    assert "kan läsas men inte ändras" in read_only.message("sv")
    assert "damaged" not in full.message("en") + read_only.message("en")


# --- a full disk --------------------------------------------------------------------------------------


def _check_full_disk_library(path: Path, snap: WorkshopSnapshot) -> None:
    """On a full disk: the library opens for reading, a change is refused as a full disk, nothing changes."""
    before = digest(path)
    with Library.open(path) as lib:
        assert lib.read_only is not None
        assert lib.read_only.problem == Problem.DISK_FULL
        assert [s.workshop.title for s in workshops.list_workshops(lib)] == [snap.workshop.title]
        assert snapshot.load(lib, snap.workshop.id).workshop.id == snap.workshop.id  # export still reads
        with pytest.raises(LibraryError) as refused:
            import_snapshot(lib, snap, copy=True)
        assert refused.value.problem == Problem.DISK_FULL
        assert "disk is full" in refused.value.message("en")
    assert digest(path) == before


def test_full_disk_for_real_reads_refuses_changes_and_saves_once_space_is_back(tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "disk", "1M") as folder:
        path = folder / "lib" / "library.sqlite"
        snap = _demo_library(path)
        filler = fill_disk(folder)
        _check_full_disk_library(path, snap)
        with Library.open(path) as lib:
            assert lib.read_only is not None
            filler.unlink()  # space is back: the same open library saves the change
            copy, _ = import_snapshot(lib, snap, copy=True)
            assert lib.read_only is None
            assert len(workshops.list_workshops(lib)) == 2
            assert lib.integrity_ok()


def test_full_disk_by_fault_injection_reads_and_refuses_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib" / "library.sqlite"
    snap = _demo_library(path)
    writable = library_module._writable_connection

    def full_disk(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
        raise sqlite_error("disk I/O error", SQLITE_IOERR_SHMSIZE)

    monkeypatch.setattr(library_module, "_writable_connection", full_disk)
    monkeypatch.setattr(disk, "free_bytes", lambda path: 28 * 1024)
    _check_full_disk_library(path, snap)
    assert sorted(p.name for p in path.parent.iterdir()) == ["library.sqlite"]  # nothing made beside it
    with Library.open(path) as lib:
        monkeypatch.setattr(library_module, "_writable_connection", writable)  # space is back
        import_snapshot(lib, snap, copy=True)
        assert lib.read_only is None
        assert len(workshops.list_workshops(lib)) == 2


def test_a_new_library_that_cannot_be_made_on_a_full_disk_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib" / "library.sqlite"
    from workshop.store import schema

    def full(library: Library, **_: object) -> None:
        library.conn.execute("CREATE TABLE half(x)")
        raise sqlite_error("database or disk is full", SQLITE_FULL)

    monkeypatch.setattr(schema, "migrate_library", full)
    with pytest.raises(LibraryError) as refused:
        Library.open(path)
    assert refused.value.problem == Problem.DISK_FULL
    assert list(path.parent.iterdir()) == []


# --- a read-only disk ---------------------------------------------------------------------------------


def _check_read_only_library(path: Path, snap: WorkshopSnapshot) -> None:
    before = digest(path)
    with Library.open(path) as lib:
        assert lib.read_only is not None
        assert lib.read_only.problem == Problem.READ_ONLY
        assert [s.workshop.title for s in workshops.list_workshops(lib)] == [snap.workshop.title]
        assert snapshot.load(lib, snap.workshop.id).workshop.title == snap.workshop.title
        with pytest.raises(LibraryError) as refused:
            workshops.rename(lib, snap.workshop.id, "Nytt namn")
        assert refused.value.problem == Problem.READ_ONLY
        assert "can be read but not changed" in refused.value.message("en")
        assert "damaged" not in refused.value.message("en")
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["library.sqlite"]


def test_read_only_disk_for_real_opens_for_reading_and_refuses_changes(tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "disk", "4M") as folder:
        path = folder / "lib" / "library.sqlite"
        snap = _demo_library(path)
        remount(folder, "ro")
        _check_read_only_library(path, snap)


def test_read_only_disk_by_fault_injection_opens_for_reading_and_refuses_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib" / "library.sqlite"
    snap = _demo_library(path)

    def read_only(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
        raise sqlite_error("unable to open database file", SQLITE_CANTOPEN)

    monkeypatch.setattr(library_module, "_writable_connection", read_only)
    monkeypatch.setattr(disk, "is_read_only", lambda path: True)
    _check_read_only_library(path, snap)


# --- a damaged file gets nothing written beside it ----------------------------------------------------


def test_opening_a_damaged_file_makes_no_wal_or_shm_beside_it(tmp_path: Path) -> None:
    source = tmp_path / "source" / "library.sqlite"
    _demo_library(source)
    data = bytearray(source.read_bytes())
    assert data[18:20] == b"\x02\x02"  # a WAL library: opening it read-write would make -wal and -shm
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, len(data) - page_size, page_size):
        data[offset + 8 : offset + 40] = b"\xff" * 32
    path = tmp_path / "damaged" / "library.sqlite"
    path.parent.mkdir()
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryError) as refused:
        Library.open(path)
    assert refused.value.problem in (Problem.DAMAGED, Problem.NOT_SQLITE)
    assert sorted(p.name for p in path.parent.iterdir()) == ["library.sqlite"]
