"""Pick the UI language and install Qt's translator for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop.domain.language import Language
from workshop.resources import resource_dir

_installed: list[QTranslator] = []


def system_language() -> Language:
    return Language.parse(QLocale.system().name(), Language.EN)


def install_translator(app: QCoreApplication, language: Language) -> None:
    """Swap the installed translators for *language* (English is the source language)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == Language.EN:
        return
    ours = QTranslator(app)
    if ours.load(str(resource_dir() / "translations" / f"ideverkstad_{language.value}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language.value}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
