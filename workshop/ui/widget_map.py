"""An opt-in map of what is on screen, for the rehearsal tests (tests/rehearsal) that drive the real app.

Only when the environment variable ``IDEVERKSTAD_WIDGET_MAP`` names a socket path: the app then answers,
on that local socket, one request per line:

- ``map``: one JSON line listing every visible widget (class, accessible name, object name, shown text,
  window title, global rectangle, focus, enabled, checked) and the notes and frames on visible boards
  (their text and global rectangle), so a test finds a control by its name, never by pixel;
- ``shot PATH``: a PNG of the whole screen at PATH (for looking at a failed rehearsal).

Without the variable nothing is imported and nothing listens.
"""

from __future__ import annotations

import json
import os
from typing import Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAccessible
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

VARIABLE = "IDEVERKSTAD_WIDGET_MAP"


def _accessible_name(widget: QWidget) -> str:
    """The name a screen reader says: set by the code, or Qt's own (a buddy label, a form row, a text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).replace("&", "")


def serve_if_asked(app: QApplication) -> QObject | None:
    path = os.environ.get(VARIABLE)
    if not path:
        return None
    return WidgetMap(app, path)


class WidgetMap(QObject):
    def __init__(self, app: QApplication, path: str) -> None:
        super().__init__(app)
        self.app = app
        QLocalServer.removeServer(path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        if not self.server.listen(path):
            raise RuntimeError(f"{VARIABLE}: cannot listen on {path}: {self.server.errorString()}")

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._answer(s))

    def _answer(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            request = bytes(socket.readLine().data()).decode().strip()
            if request == "map":
                reply = json.dumps(self.entries(), ensure_ascii=False)
            elif request.startswith("shot "):
                screen = self.app.primaryScreen()
                reply = str(screen.grabWindow(0).save(request[5:]))
            else:
                reply = json.dumps({"error": request})
            socket.write((reply + "\n").encode())
            socket.flush()

    def entries(self) -> list[dict[str, Any]]:
        focus = self.app.focusWidget()
        found: list[dict[str, Any]] = []
        seen: set[int] = set()
        for window in self.app.topLevelWidgets():
            if not window.isVisible():
                continue
            for widget in [window, *window.findChildren(QWidget)]:
                if widget.isVisible() and id(widget) not in seen:
                    seen.add(id(widget))
                    found.append(self._widget(widget, widget is focus))
                    if isinstance(widget, QGraphicsView):
                        found.extend(self._board_items(widget))
                    elif isinstance(widget, QTabBar):
                        found.extend(self._tabs(widget))
        return found

    @staticmethod
    def _widget(widget: QWidget, focused: bool) -> dict[str, Any]:
        corner = widget.mapToGlobal(QPoint(0, 0))
        text = ""
        if isinstance(widget, QAbstractButton | QLabel | QLineEdit):
            text = widget.text()
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            text = widget.toPlainText()
        elif isinstance(widget, QAbstractItemView):  # a list or table: the current row's text
            text = str(widget.currentIndex().data() or "")
        return {
            "kind": "widget",
            "class": type(widget).__name__,
            "name": _accessible_name(widget),
            "object": widget.objectName(),
            "text": text,
            "window": widget.window().windowTitle(),
            "rect": [corner.x(), corner.y(), widget.width(), widget.height()],
            "focus": focused,
            "enabled": widget.isEnabled(),
            "checked": isinstance(widget, QAbstractButton) and widget.isChecked(),
        }

    @staticmethod
    def _tabs(bar: QTabBar) -> list[dict[str, Any]]:
        tabs = []
        for index in range(bar.count()):
            shape = bar.tabRect(index)
            corner = bar.mapToGlobal(shape.topLeft())
            tabs.append(
                {
                    "kind": "tab",
                    "class": "Tab",
                    "text": bar.tabText(index).replace("&", ""),
                    "window": bar.window().windowTitle(),
                    "rect": [corner.x(), corner.y(), shape.width(), shape.height()],
                    "selected": index == bar.currentIndex(),
                }
            )
        return tabs

    @staticmethod
    def _board_items(view: QGraphicsView) -> list[dict[str, Any]]:
        viewport = view.viewport()
        items = []
        for item in view.items(viewport.rect()):
            if not item.isVisible():
                continue
            label = getattr(item, "text", None)
            if not isinstance(label, str):
                title = getattr(item, "display_title", None)
                label = title() if callable(title) else item.toolTip()
            if not label:
                continue
            shape = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
            corner = viewport.mapToGlobal(shape.topLeft())
            items.append(
                {
                    "kind": "item",
                    "class": type(item).__name__,
                    "text": label,
                    "window": view.window().windowTitle(),
                    "rect": [corner.x(), corner.y(), shape.width(), shape.height()],
                    "selected": item.isSelected(),
                }
            )
        return items
