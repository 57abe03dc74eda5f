"""What the app remembers between runs: window geometry, last workshop, language (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from workshop.domain.language import Language


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else QSettings()

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", value)

    def last_workshop(self) -> str:
        return str(self.qsettings.value("library/last_workshop", "") or "")

    def set_last_workshop(self, workshop_id: str) -> None:
        self.qsettings.setValue("library/last_workshop", workshop_id)

    def language(self) -> Language | None:
        value = str(self.qsettings.value("ui/language", "") or "")
        return Language(value) if value in {lang.value for lang in Language} else None

    def set_language(self, language: Language) -> None:
        self.qsettings.setValue("ui/language", language.value)
