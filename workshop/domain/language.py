"""The two languages a workshop (and its report) can be held in."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
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


# gettext's (and Qt's) order for the language of messages; LANGUAGE is a list like "sv:en"
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_NAMES = {"swedish": "sv", "svenska": "sv", "english": "en"}  # Windows spells locales out: Swedish_Sweden


def system_language(
    environ: Mapping[str, str] | None = None, platform_locale: Callable[[], str | None] | None = None
) -> Language:
    """The language the user's system asks for: the one rule for the window and the command line.

    The first of LANGUAGE (its first entry), LC_ALL, LC_MESSAGES and LANG that is set, and is not the
    neutral "C"/"POSIX", decides; with none, the platform's locale. Anything but Swedish means English
    (the source language).
    """
    env = os.environ if environ is None else environ
    for variable in LANGUAGE_VARIABLES:
        value = env.get(variable, "").split(":")[0].strip()
        if value and value.split(".")[0].upper() not in ("C", "POSIX"):
            return _from_locale_name(value)
    return _from_locale_name((platform_locale or _platform_locale)())


def _from_locale_name(name: str | None) -> Language:
    text = (name or "").strip().lower()
    for spelled, code in _NAMES.items():
        if text.startswith(spelled):
            text = code
    return Language.parse(text, Language.EN)


def _platform_locale() -> str | None:
    import locale  # only when no variable names the language

    return locale.getlocale()[0]
