"""Keys pressed while the window is on screen but its menus are not made yet are kept, then replayed.

The app paints the library first and makes the menus' commands (Ctrl+N, Ctrl+Q, F1…) a moment later
(see ``MainWindow.finish_start``). A facilitator who presses Ctrl+N the instant the window appears, or
types into the search field, must not lose that key: :class:`EarlyKeys` holds every key press until
:meth:`replay`, which gives each one, in order, to the command whose shortcut it is, or else to the field
that has the keyboard. Each key goes on the next turn of the event loop, so one that opens a dialog
leaves the keys typed after it for that dialog, as they would have gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


@cache
def modifier_keys() -> frozenset[int]:
    """Keys that mean nothing alone. Made on the first early key, not on import: Qt.Key's Python enum has
    some 500 members, and making it before the first paint costs about 3 ms of every start."""
    keys = (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)
    return frozenset(int(key.value) for key in keys)


@dataclass(frozen=True)
class HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class EarlyKeys(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.held: list[HeldKey] = []
        self._holding = True
        # The shown window's QWindow gets the keys from the system first; watching it alone keeps the
        # cost to its few events (an application-wide filter would see every event of the start-up).
        self._watched: QObject | None = window.windowHandle() or QCoreApplication.instance()
        if self._watched is not None:
            self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self._holding or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if isinstance(watched, QWindow) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if int(event.key()) not in modifier_keys():  # Ctrl alone means nothing; Ctrl+N comes with its N
                self.held.append(HeldKey(event.key(), event.modifiers(), event.text()))
        return True  # held here, given back by replay()

    def replay(self) -> None:
        """Stop holding; hand every held key on, one per turn of the event loop."""
        self._holding = False
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        keys, self.held = self.held, []
        self._next(keys)

    def _next(self, keys: list[HeldKey]) -> None:
        if not keys:
            return
        first, rest = keys[0], keys[1:]
        QTimer.singleShot(0, self, lambda: self._next(rest))  # before a dialog the key may open
        action = self._action_for(first)
        if action is not None:
            action.trigger()
            return
        target = QApplication.focusWidget() or self.window
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, first.key, first.modifiers, first.text))

    def _action_for(self, held: HeldKey) -> QAction | None:
        from PySide6.QtCore import QKeyCombination
        from PySide6.QtGui import QAction, QKeySequence

        if held.key in (0, Qt.Key.Key_unknown):
            return None
        pressed = QKeySequence(QKeyCombination(held.modifiers, Qt.Key(held.key)))
        for action in self.window.findChildren(QAction):
            if action.isEnabled() and any(
                s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()
            ):
                return action
        return None
