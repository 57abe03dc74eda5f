"""One window per library: a second start on the same library brings the first window forward and exits.

The claim is a lock file named after the user and the library's absolute path (so two different
libraries may be open at once), taken atomically before the library is opened: two starts at the same
moment cannot both win, and the lock of a crashed instance is stale (its process is gone) and taken over.

The owner also listens on a local socket of the same name, so that a later start can ask it to show
itself. The window's start-up listens only after its first paint (the network module is not needed
before); a later start that finds the lock taken waits a little for that answer, and quits either way.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
ANSWER = b"shown\n"
TIMEOUT_MS = 1_500
RETRY_MS = 50


def server_name(library_path: Path) -> str:
    """A short socket name from the user and the resolved library path (socket paths are length-limited).

    The user is told apart by the home folder, and hashed with Qt (hashlib and getpass would add ~4 ms of
    imports to the start-up).
    """
    key = f"{QDir.homePath()}:{library_path.expanduser().resolve()}".encode()
    digest = bytes(QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex().data()).decode()
    return "ideverkstad-" + digest[:24]


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(library_path)
        self.lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never because it is old
        self.server: QLocalServer | None = None
        self.window: QWidget | None = None
        self.activated_other = False

    def ask_running_instance(self, wait_ms: int = 0) -> bool:
        """True if another instance owns this library and has been asked to come to the front.

        *wait_ms*: how long to keep trying while the owner is still starting and not yet listening.
        """
        from PySide6.QtCore import QThread
        from PySide6.QtNetwork import QLocalSocket  # only a second start talks to the first

        socket = QLocalSocket()
        deadline = time.monotonic() + wait_ms / 1000
        socket.connectToServer(self.name)
        while not socket.waitForConnected(TIMEOUT_MS):
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(RETRY_MS)
            socket.connectToServer(self.name)
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(TIMEOUT_MS)
        answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(ANSWER)
        socket.disconnectFromServer()
        return answered

    def claim(self) -> bool:
        """Become the instance for this library and answer later starts at once (see :meth:`claim_lock`)."""
        if not self.claim_lock():
            return False
        self.listen()
        return True

    def claim_lock(self) -> bool:
        """Take this library's lock; False if another running instance holds it.

        That instance is then asked to come to the front (:attr:`activated_other` says if it answered).
        """
        if self.lock.tryLock(0):
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            return True  # no lock file possible (temp folder): SQLite's own locking still keeps writes safe
        self.activated_other = self.ask_running_instance(wait_ms=TIMEOUT_MS)
        return False

    def listen(self) -> None:
        """Answer later starts on this library by bringing the window forward. Call after claiming."""
        from PySide6.QtNetwork import QLocalServer  # deferred: not needed to show the first window

        if self.server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left by a crashed owner: we hold the lock, so it is stale
            if not server.listen(self.name):
                return  # later starts still find the lock taken; they just cannot bring us forward
        server.newConnection.connect(self._on_connection)
        self.server = server

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
        if self.lock.isLocked():
            self.lock.unlock()
