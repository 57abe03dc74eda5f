"""A real full or read-only disk for tests (a small tmpfs, as root), and SQLite errors to inject elsewhere.

Mounting needs root (CI runs as root); where it cannot be done the real-disk tests skip with the reason,
and the same behaviour is covered by fault injection, which runs everywhere.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SQLITE_IOERR_SHMSIZE = 4874  # what SQLite says when the -shm index cannot grow on a full disk
SQLITE_CANTOPEN = 14  # ... when the -wal or -shm cannot be made in a read-only folder
SQLITE_READONLY = 8
SQLITE_FULL = 13


def sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False)


@contextlib.contextmanager
def mounted_tmpfs(folder: Path, size: str = "1M") -> Iterator[Path]:
    """Mount a tmpfs of *size* on *folder*; skip the test if that cannot be done. Always unmounted after."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    folder.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def remount(folder: Path, mode: str) -> None:
    """Remount the tmpfs at *folder* read-only ("ro") or writable again ("rw")."""
    done = _run("mount", "-o", f"remount,{mode}", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot remount {mode}: {done.stderr.strip()}")


def fill_disk(folder: Path, leave_bytes: int = 28 * 1024) -> Path:
    """Fill the disk holding *folder* until only *leave_bytes* are free; returns the filler file."""
    filler = folder / "filler.bin"
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with filler.open("wb") as out, contextlib.suppress(OSError):
        out.write(b"\0" * max(0, free - leave_bytes))
    return filler
