"""The two languages a workshop (and its report) can be held in."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    SV = "sv"
    EN = "en"

    @classmethod
    def parse(cls, value: str | None, default: Language | None = None) -> Language:
        """Accept 'sv', 'sv_SE', 'en-GB' and the like; fall back to *default* (or Swedish)."""
        code = (value or "").strip().lower()[:2]
        for lang in cls:
            if lang.value == code:
                return lang
        return default if default is not None else cls.SV
