"""Why the library could not be opened or written, in words a facilitator understands."""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path

from workshop.domain.language import Language
from workshop.store import disk


class Problem(StrEnum):
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    LOCKED = "locked"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    WRITE_FAILED = "write_failed"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    TOO_NEW = "too_new"
    FILE_NOT_WRITTEN = "file_not_written"


MESSAGES: dict[Problem, dict[Language, str]] = {
    Problem.NOT_SQLITE: {
        Language.SV: "Filen {path} är inte ett Idéverkstad-bibliotek (ingen SQLite-databas). "
        "Den har inte ändrats.",
        Language.EN: "The file {path} is not an Idéverkstad library (not an SQLite database). "
        "It has not been changed.",
    },
    Problem.DAMAGED: {
        Language.SV: "Biblioteket {path} är skadat ({detail}). Filen har inte ändrats.",
        Language.EN: "The library {path} is damaged ({detail}). The file has not been changed.",
    },
    Problem.LOCKED: {
        Language.SV: "Biblioteket {path} används av ett annat program just nu. "
        "Stäng det andra fönstret eller programmet och försök igen.",
        Language.EN: "The library {path} is in use by another program right now. "
        "Close the other window or program and try again.",
    },
    Problem.FOLDER_NOT_WRITABLE: {
        Language.SV: "Mappen {path} går inte att skriva i. Välj en annan mapp med --data-dir "
        "eller IDEVERKSTAD_DATA_DIR.",
        Language.EN: "The folder {path} cannot be written to. Choose another folder with --data-dir "
        "or IDEVERKSTAD_DATA_DIR.",
    },
    Problem.WRITE_FAILED: {
        Language.SV: "Ändringen kunde inte sparas i {path} ({detail}). Inget har ändrats; försök igen.",
        Language.EN: "The change could not be saved to {path} ({detail}). Nothing was changed; try again.",
    },
    Problem.DISK_FULL: {
        Language.SV: "Disken är full – frigör utrymme. {path} gick inte att skriva; inget har ändrats.",
        Language.EN: "The disk is full — free some space. {path} could not be written; nothing was changed.",
    },
    Problem.READ_ONLY: {
        Language.SV: "Mappen {folder} är skrivskyddad – biblioteket kan läsas men inte ändras. "
        "Inget har sparats.",
        Language.EN: "The folder {folder} is read-only — the library can be read but not changed. "
        "Nothing was saved.",
    },
    Problem.FILE_NOT_WRITTEN: {
        Language.SV: "{path} gick inte att skriva ({detail}). Välj en annan mapp.",
        Language.EN: "{path} could not be written ({detail}). Choose another folder.",
    },
    Problem.TOO_NEW: {
        Language.SV: "Biblioteket {path} kommer från en nyare version av Idéverkstad. Uppdatera programmet.",
        Language.EN: "The library {path} was made by a newer version of Idéverkstad. Update the program.",
    },
}


class LibraryError(Exception):
    """The library cannot be used as asked. Nothing in the file was changed by the failed attempt."""

    def __init__(self, problem: Problem, path: Path | str, detail: str = "") -> None:
        self.problem = problem
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.message(Language.EN))

    def message(self, language: Language | str = Language.EN) -> str:
        lang = Language.parse(str(language), Language.EN)
        return MESSAGES[self.problem][lang].format(
            path=self.path, folder=self.path.parent, detail=self.detail
        )


# SQLite's primary result codes (the low byte of an extended code), as in sqlite3.h.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_CODE = {
    SQLITE_BUSY: Problem.LOCKED,
    SQLITE_LOCKED: Problem.LOCKED,
    SQLITE_FULL: Problem.DISK_FULL,
    SQLITE_READONLY: Problem.READ_ONLY,
    SQLITE_PERM: Problem.READ_ONLY,
    SQLITE_CORRUPT: Problem.DAMAGED,
    SQLITE_NOTADB: Problem.NOT_SQLITE,
}


def classify(error: sqlite3.Error, path: Path | None = None) -> Problem:
    """What an SQLite error on the library at *path* means, told from its code and from the disk.

    An I/O error or a file that cannot be opened is never called damaged: on a read-only or (nearly) full
    disk it is that; otherwise the write failed and nothing changed. Only SQLite's own verdict (corrupt,
    not a database) means damaged.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
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
    if path is not None:
        if disk.is_read_only(path):
            return Problem.READ_ONLY
        if disk.is_nearly_full(path):
            return Problem.DISK_FULL
    return Problem.WRITE_FAILED


def error_for_os_error(error: OSError, path: Path | str) -> LibraryError:
    """A file the app writes (an export, a backup) could not be written: say why, naming *path*."""
    target = Path(path)
    if error.errno in disk.FULL_ERRNOS or disk.is_nearly_full(target):
        return LibraryError(Problem.DISK_FULL, target, error.strerror or str(error))
    return LibraryError(Problem.FILE_NOT_WRITTEN, target, error.strerror or str(error))
