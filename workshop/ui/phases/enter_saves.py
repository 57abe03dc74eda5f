"""Enter in any field of a capture row saves the row, also while a completer's popup is open.

A name completer's popup is its own window: it gets the keys first and, on Enter, only closes itself. So
the popup's Enter is taken here too: the highlighted completion (or the only one) goes into the field,
the popup closes, and the row is saved. Tab takes the completion as well before moving on. A click
outside the popup closes it and the clicked field gets the focus (Qt's popup swallows that first click
otherwise).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QCompleter, QLineEdit, QWidget
from shiboken6 import getCppPointer

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_enter(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS
    )


def address(widget: QObject) -> int:
    return int(getCppPointer(widget)[0])


def completion_to_accept(completer: QCompleter) -> str | None:
    """The completion Enter takes: the highlighted one, else the only one there is, else the only one with
    a word that begins with what was typed ("kar" → Karin Åberg, not Oskar Eriksson), else none."""
    popup = completer.popup()
    index = popup.currentIndex() if popup is not None else None
    if index is not None and index.isValid():
        return str(index.data(completer.completionRole()) or "")
    names: list[str] = []
    for row in range(completer.completionCount()):
        completer.setCurrentRow(row)
        names.append(completer.currentCompletion())
    if len(names) == 1:
        return names[0]
    typed = completer.completionPrefix().strip().casefold()
    starting = [name for name in names if typed and any(w.casefold().startswith(typed) for w in name.split())]
    return starting[0] if len(starting) == 1 else None


class EnterSaves(QObject):
    """Watches the fields of one capture row; :meth:`watch` them, and the popups of their completers."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        # popup → the field it completes, keyed by the C++ object: Qt made the popup, and the Python
        # wrapper handed to eventFilter is not always the one seen here
        self._popups: dict[int, QWidget] = {}

    def watch(self, *fields: QWidget) -> None:
        for field in fields:
            field.installEventFilter(self)
            line = field.lineEdit() if isinstance(field, QComboBox) else None
            if line is not None:
                line.installEventFilter(self)
            self.watch_completer(field)

    def watch_completer(self, field: QWidget) -> None:
        """Call again after the field got a new completer (e.g. the list of names changed)."""
        completer = field.completer() if isinstance(field, QComboBox | QLineEdit) else None
        popup = completer.popup() if completer is not None else None
        key = address(popup) if popup is not None else 0
        if popup is not None and key not in self._popups:
            self._popups[key] = field
            popup.installEventFilter(self)
            popup.destroyed.connect(lambda _=None, k=key: self._popups.pop(k, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        field = self._popups.get(address(watched)) if isinstance(watched, QAbstractItemView) else None
        if isinstance(watched, QAbstractItemView) and field is not None:
            return self._popup_event(watched, field, event)
        if is_enter(event) and not self._own_list_open(watched):
            self._save()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _own_list_open(watched: QObject) -> bool:
        """A combo's own drop-down list keeps its Enter (it picks the row)."""
        combo = watched if isinstance(watched, QComboBox) else watched.parent()
        return isinstance(combo, QComboBox) and combo.view().isVisible()

    def _popup_event(self, popup: QAbstractItemView, field: QWidget, event: QEvent) -> bool:
        if is_enter(event):
            if popup.isVisible():
                self._accept(field)
            self._save()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and popup.isVisible()
        ):  # Tab takes the completion too, then moves on as Tab does
            self._accept(field)
            QApplication.sendEvent(field, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and not popup.rect().contains(event.position().toPoint())
        ):
            popup.hide()
            target = QApplication.widgetAt(event.globalPosition().toPoint())
            if target is not None and target.focusPolicy() & Qt.FocusPolicy.ClickFocus:
                target.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False

    @staticmethod
    def _accept(field: QWidget) -> None:
        completer = field.completer() if isinstance(field, QComboBox | QLineEdit) else None
        if completer is None:
            return
        text = completion_to_accept(completer)
        popup = completer.popup()
        if popup is not None:
            popup.hide()
        if text is None:
            return
        if isinstance(field, QComboBox):
            field.setEditText(text)
        elif isinstance(field, QLineEdit):
            field.setText(text)
