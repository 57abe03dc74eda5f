"""The shared screen speaks the workshop's language, not the console's.

A facilitator may run the app in English for a Swedish room: every word the room reads must then be
Swedish. Widgets of the shared screen mix in :class:`SpeaksTheRoom`, so their ``self.tr()`` (which
lupdate still finds in the source) answers in the language of the workshop on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from workshop.domain.errors import NotFoundError
from workshop.domain.language import Language
from workshop.services import workshops
from workshop.ui.session import Session
from workshop.ui.translation import translate_for, ui_language


def workshop_language(session: Session, workshop_id: str) -> Language | None:
    try:
        return workshops.get(session.library, workshop_id).language
    except NotFoundError:
        return None


def room_language_of(widget: QObject) -> Language | None:
    """The language set on this widget or the nearest parent that knows it (the shared screen's window)."""
    current: QObject | None = widget
    while current is not None:
        language = getattr(current, "room_language", None)
        if isinstance(language, Language):
            return language
        current = current.parent()
    return None


class SpeaksTheRoom:
    """Mixin for QObjects on the shared screen: ``tr`` in the workshop's language.

    A view made with ``(session, workshop_id)`` sets ``room_language`` itself; a widget without one (a
    chart, the ballot cards) finds it on its parents once placed in the window.
    """

    room_language: Language | None = None

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = room_language_of(self) if isinstance(self, QObject) else None
        language = found or ui_language()  # not placed in the window yet: the console's language
        contexts = [c.__name__ for c in type(self).__mro__ if c.__module__.startswith("workshop.")]
        for context in contexts:
            text = translate_for(language, context, source, disambiguation, n)
            if text != (source.replace("%n", str(n)) if n >= 0 else source):
                return text
        return translate_for(language, contexts[0] if contexts else "", source, disambiguation, n)

    def room_translate(self, context: str, source: str, n: int = -1) -> str:
        """A message of another class (a cluster's "(untitled cluster)") in the room's language."""
        language = (room_language_of(self) if isinstance(self, QObject) else None) or ui_language()
        return translate_for(language, context, source, None, n)
