"""Workshop vocabulary mapped to shared themes, so different words for one theme bring notes together.

Notes on one wall theme often share no word at all: "stavgång" and "vattengympa" are both exercise, "speed
bumps" and "chicanes" both slow the cars. A small curated list (resources/grouping/themes.json, Swedish and
English) names the theme behind common workshop words. A word matches an entry when it is the entry, begins
with it (long entries, or a short entry plus a usual ending), or ends with it as the last part of a Swedish
compound ("seniorgympa"); the longest matching entry wins, so "training" is not read as "train".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from workshop.resources import resource_dir

LONG_ENTRY = (
    5  # entries at least this long also match any word beginning with them ("promenad" → "promenader")
)
MIN_TAIL = 4  # the shortest compound tail worth reading as a word of its own ("gympa" in "vattengympa")
MIN_HEAD = 3  # letters before a compound tail, so "bad" in "bad" is the word, not a tail
ENDINGS = frozenset(
    {
        "",
        "s",
        "es",
        "e",
        "a",
        "n",
        "t",
        "en",
        "et",
        "er",
        "ar",
        "or",
        "na",
        "ns",
        "ts",
        "ens",
        "ets",
        "erna",
        "arna",
        "orna",
        "ernas",
        "ing",
        "ings",
        "ed",
        "ers",
    }
)


@dataclass(frozen=True)
class Theme:
    key: str
    names: Mapping[str, str]  # language code → name shown as a title ("sv": "Rörelse")


@dataclass
class ThemeWords:
    """Which themes a word belongs to; remembers answers, as the same words recur on every note."""

    entries: Mapping[str, frozenset[str]]
    themes: Mapping[str, Theme]
    _longest: int = 0
    _cache: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._longest = max((len(e) for e in self.entries), default=0)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> ThemeWords:
        entries: dict[str, set[str]] = {}
        themes: dict[str, Theme] = {}
        raw = data.get("themes", {})
        assert isinstance(raw, dict)
        for key, body in raw.items():
            names = {lang: str(body[lang]) for lang in ("sv", "en") if lang in body}
            themes[key] = Theme(key, names)
            for word in body.get("words", []):
                entries.setdefault(str(word).lower(), set()).add(key)
        return cls({e: frozenset(t) for e, t in entries.items()}, themes)

    def name(self, key: str, language: str) -> str:
        theme = self.themes.get(key)
        if theme is None:
            return key
        return theme.names.get(language) or theme.names.get("en") or key

    def _whole(self, word: str) -> frozenset[str]:
        """Themes of the longest entry that *word* is, or begins with (see the module's matching rule)."""
        for cut in range(min(len(word), self._longest), 1, -1):
            found = self.entries.get(word[:cut])
            if found is not None and (cut >= LONG_ENTRY or word[cut:] in ENDINGS):
                return found
        return frozenset()

    def of(self, word: str) -> frozenset[str]:
        """The themes of one lower-case word, its compound tail included ("vattengympa" → movement)."""
        known = self._cache.get(word)
        if known is not None:
            return known
        found = self._whole(word)
        for start in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
            tail = self._whole(word[start:])
            if tail:
                found = found | tail
                break  # the longest tail: "gympa", not "mpa"
        self._cache[word] = found
        return found

    def of_words(self, words: Iterable[str]) -> list[str]:
        return [theme for word in words for theme in sorted(self.of(word))]


def load(path: Path) -> ThemeWords:
    return ThemeWords.from_mapping(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def shipped() -> ThemeWords:
    """The vocabulary that ships with the app (resources/grouping/themes.json)."""
    return load(resource_dir() / "grouping" / "themes.json")
