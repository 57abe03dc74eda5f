"""Let Ctrl+Z reach the workshop's undo stack when the focused text field has nothing of its own to undo.

Qt text fields claim Ctrl+Z for their own typing history. While a field holds unsaved typing that is right;
once its text is saved (not modified), the facilitator expects Ctrl+Z to undo the last workshop edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

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
    """Application-wide event filter; install once with ``app.installEventFilter(router)``."""

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
