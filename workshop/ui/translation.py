"""Pick the UI language and install Qt's translator for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from workshop.domain.language import Language
from workshop.resources import resource_dir

_installed: list[QTranslator] = []
_for_rooms: dict[Language, QTranslator | None] = {}  # loaded, never installed: see translate_for
_ui = [Language.EN]  # the language of the installed translators (English: none, or only plurals)


def system_language() -> Language:
    """The same rule as the command line's (environment variables, then the platform's locale)."""
    from workshop.domain.language import system_language as from_system

    return from_system()


def remove_translators(app: QCoreApplication) -> None:
    """Back to the bare source strings (tests use it so one test's language cannot leak into the next)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _ui[0] = Language.EN


def install_translator(app: QCoreApplication, language: Language) -> None:
    """Swap the installed translators for *language*.

    English is the source language, but it has a .qm too: it holds the plural forms ("1 idea", "2 ideas").
    """
    remove_translators(app)
    _ui[0] = language
    ours = QTranslator(app)
    if ours.load(str(resource_dir() / "translations" / f"ideverkstad_{language.value}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == Language.EN:
        return
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language.value}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)


def ui_language() -> Language:
    """The language the console speaks now (the one :func:`install_translator` installed)."""
    return _ui[0]


def _room_translator(language: Language) -> QTranslator | None:
    if language not in _for_rooms:
        translator = QTranslator()
        found = translator.load(str(resource_dir() / "translations" / f"ideverkstad_{language.value}.qm"))
        _for_rooms[language] = translator if found else None
    return _for_rooms[language]


def translate_for(
    language: Language, context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """*source* in *language*, whatever the UI's language is: the shared screen speaks the workshop's.

    A second translator per language, loaded once and not installed, so the console keeps the UI's
    language. Like ``QCoreApplication.translate`` it falls back to the source and puts *n* for ``%n``.
    """
    translator = _room_translator(language)
    text = translator.translate(context, source, disambiguation, n) if translator is not None else ""
    text = text or source
    return text.replace("%n", str(n)) if n >= 0 else text
