"""Why the library could not be opened or written, in words a facilitator understands."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from workshop.domain.language import Language


class Problem(StrEnum):
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    LOCKED = "locked"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    WRITE_FAILED = "write_failed"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    TOO_NEW = "too_new"


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
        Language.SV: "Disken är full: ändringen kunde inte sparas i {path}. Frigör utrymme och försök igen; "
        "din text finns kvar.",
        Language.EN: "The disk is full: the change could not be saved to {path}. Free some space and try "
        "again; your text is kept.",
    },
    Problem.READ_ONLY: {
        Language.SV: "Biblioteket {path} är skrivskyddat: ändringen kunde inte sparas. Din text finns kvar.",
        Language.EN: "The library {path} is read-only: the change could not be saved. Your text is kept.",
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
        return MESSAGES[self.problem][lang].format(path=self.path, detail=self.detail)
