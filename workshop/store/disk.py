"""What is true about the disk a file lives on: read-only, or (nearly) full.

SQLite reports a full or read-only disk in several ways depending on which file it could not write (the
``-shm`` index of the write-ahead log fails as "disk I/O error", a missing ``-wal`` as "unable to open
database file"). None of those means the library is damaged; these facts let the error say what is true.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

# Below this much free space an I/O error is taken to be the full disk: the write-ahead log alone needs
# its 32 KB index and room for the pages of a transaction.
LOW_SPACE_BYTES = 1024 * 1024

FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}


def _existing(path: Path) -> Path:
    """*path* or its nearest existing parent (a file not yet made is on its folder's disk)."""
    current = path
    while not current.exists() and current.parent != current:
        current = current.parent
    return current


def is_read_only(path: Path) -> bool:
    """True if *path* (or the folder it would be made in) is on a read-only disk or cannot be written."""
    where = _existing(path)
    try:
        if os.statvfs(where).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs (Windows): ask the permissions only
        pass
    if where == path and path.is_file():
        return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    return not os.access(where, os.W_OK)


def free_bytes(path: Path) -> int | None:
    """Free space for this user on the disk holding *path*, or None if it cannot be told."""
    try:
        stats = os.statvfs(_existing(path))
    except (OSError, AttributeError):
        import shutil

        try:
            return shutil.disk_usage(_existing(path)).free
        except OSError:
            return None
    return stats.f_bavail * stats.f_frsize


def is_nearly_full(path: Path) -> bool:
    free = free_bytes(path)
    return free is not None and free < LOW_SPACE_BYTES
