"""Let Ctrl+Z reach the workshop's undo stack when the focused text field has nothing of its own to undo.

Qt text fields claim Ctrl+Z for their own typing history. While a field holds unsaved typing that is right;
once its text is saved (not modified), the facilitator expects Ctrl+Z to undo the last workshop edit.

Only the focused text field is watched (shortcuts go to the focus widget). An application-wide filter
would do the same, but it brings every Qt event of every object through Python: building the first
window took ~50 ms longer with one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_REDO_ALT = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
)


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or event.keyCombination() == _REDO_ALT
    )


def _has_own_edits(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isModified() and not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.document().isModified() and not widget.isReadOnly()
    return True


class UndoKeyRouter(QObject):
    """Event filter for the focused text field; start it once with :meth:`watch_focus`."""

    def watch_focus(self, app: QApplication) -> None:
        app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, app.focusWidget())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit):
            new.installEventFilter(self)  # once per field: installing again only moves it to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit | QPlainTextEdit | QTextEdit)
            and _is_undo_or_redo(event)
            and not _has_own_edits(watched)
        ):
            event.ignore()
            return True
        return False
