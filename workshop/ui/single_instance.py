"""One window per library: a second start on the same library brings the first window forward and exits.

The first instance listens on a local socket whose name is derived from the library's absolute path (so
two different libraries may be open at once). A later start connects, asks the first to show itself,
waits for its answer and quits, so two processes never write the same library from two windows. A socket
left behind by a crashed instance answers nobody; it is removed and taken over.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ACTIVATE = b"activate\n"
ANSWER = b"shown\n"
TIMEOUT_MS = 1_500


def server_name(library_path: Path) -> str:
    """A short socket name from the user and the resolved library path (socket paths are length-limited)."""
    key = f"{getpass.getuser()}:{library_path.expanduser().resolve()}"
    return "ideverkstad-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(library_path)
        self.server: QLocalServer | None = None
        self.window: QWidget | None = None

    def ask_running_instance(self) -> bool:
        """True if another instance owns this library and has been asked to come to the front."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(TIMEOUT_MS)
        answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(ANSWER)
        socket.disconnectFromServer()
        return answered

    def claim(self) -> bool:
        """Become the instance for this library; False if another one is running (and was activated)."""
        if self.ask_running_instance():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left behind by a crash: nobody answered above
            if not server.listen(self.name):
                return True  # cannot guard; SQLite's own locking still keeps the writes safe
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def set_window(self, window: QWidget) -> None:
        self.window = window

    def _on_connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda s=socket: self._on_message(s))
        socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if not bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            return
        self.bring_to_front()
        socket.write(ANSWER)
        socket.flush()

    def bring_to_front(self) -> None:
        if self.window is not None:
            state = self.window.windowState() & ~Qt.WindowState.WindowMinimized
            self.window.setWindowState(state | Qt.WindowState.WindowActive)
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
        self.activation_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
