"""The one rule for finding a person's name in what people wrote, and replacing it.

Used by every path that takes names out: an anonymised export (``WorkshopSnapshot.anonymise``), the
anonymisation of a workshop in the library and the erasure of a person (``services/privacy.py``).

A name is found as whole words, in any letter case, in any Unicode normalisation (NFC, NFD, and the
compatibility forms), with or without its diacritics ("Åsa Öberg" is found as "ÅSA ÖBERG", as "Asa
Oberg" and typed with combining accents), with any spacing between its words ("Anna   Lind", a line
break). Where names overlap, the longest wins. A name with fewer than :data:`MIN_LETTERS` letters is not
looked for in free text: "Bo" and "Li" are also Swedish words, and scrubbing them from every text would
wreck what others wrote (the roster still replaces such a name).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

MIN_LETTERS = 3


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character as the rule compares it: compatibility-decomposed, without marks, case-folded."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """*text* as the rule compares it (marks dropped, case folded, compatibility forms resolved)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def name_key(name: str) -> str:
    """What two spellings of one name have in common: folded, with single spaces between words."""
    return " ".join(fold(name).split())


def same_name(a: str, b: str) -> bool:
    key = name_key(a)
    return bool(key) and key == name_key(b)


def is_looked_for(name: str) -> bool:
    """Whether free text is searched for *name* (it has at least MIN_LETTERS letters)."""
    return sum(c.isalpha() for c in name_key(name)) >= MIN_LETTERS


def _folded_with_origins(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the character of *text* it came from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        parts.append(folded)
        origins.extend([index] * len(folded))
    return "".join(parts), origins


@dataclass(frozen=True)
class NameScrubber:
    """Replaces each of some names, wherever it is written, by what stands in for it."""

    pattern: re.Pattern[str] | None
    replacements: Mapping[str, str]  # name key → what replaces the name

    @classmethod
    def for_names(cls, names: Mapping[str, str]) -> NameScrubber:
        """A scrubber for *names* (each name → its replacement: a pseudonym, "Erased person"…)."""
        replacements = {name_key(n): new for n, new in names.items() if is_looked_for(n)}
        if not replacements:
            return cls(None, {})
        keys = sorted(replacements, key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(re.escape(word) for word in key.split()) for key in keys)
        return cls(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), replacements)

    def __call__(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        folded, origins = _folded_with_origins(text)
        pieces: list[str] = []
        done = 0  # index in *text* up to which the pieces hold it
        for match in self.pattern.finditer(folded):
            start = origins[match.start()]
            end = origins[match.end() - 1] + 1
            while end < len(text) and not _fold_char(text[end]):  # marks that belong to the last letter
                end += 1
            if start < done:
                continue
            pieces += [text[done:start], self.replacements[" ".join(match.group(0).split())]]
            done = end
        if not pieces:
            return text
        pieces.append(text[done:])
        return "".join(pieces)

    def finds(self, text: str) -> bool:
        return self.pattern is not None and self.pattern.search(fold(text)) is not None
