"""Run ▸ Room of phones…: the open workshop's room, its panel, and its QR code on the shared screen.

The main window holds one of these. It makes the room (a :class:`RoomHost`) for the workshop in the
console when first asked, puts the join screen on the shared screen while the room is open, and closes
the room when the workshop is closed or the window is: the window waits for the server to stop before it
closes, so no phone is left talking to a half-closed app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from workshop.ui.room.room_host import RoomHost

if TYPE_CHECKING:
    from workshop.ui.main_window import MainWindow
    from workshop.ui.presenter.presenter_window import PresenterWindow
    from workshop.ui.room.join_screen import RoomJoinScreen
    from workshop.ui.room.room_panel import RoomPanel


class RoomOfPhones(QObject):
    def __init__(self, window: MainWindow, *, host: str | None = None, port: int | None = None) -> None:
        """*host*, *port*: where rooms listen (tests: the loopback address); None as in :class:`RoomHost`."""
        super().__init__(window)
        self.window = window
        self.listen_host = host
        self.listen_port = port
        self.room: RoomHost | None = None
        self.panel: RoomPanel | None = None
        self.join_screen: RoomJoinScreen | None = None
        self._presenter: PresenterWindow | None = None
        self.action = QAction(window)
        self.action.triggered.connect(self.show_panel)
        self._closing_window = False

    def menu_action(self) -> QAction:
        """The Run menu's item, in the language now installed."""
        self.action.setText(self.tr("&Room of phones…"))
        self.action.setStatusTip(self.tr("Let the room join from their phones: write ideas and vote at once"))
        return self.action

    # --- the room of the workshop in the console ------------------------------------------------------
    def room_for_console(self) -> RoomHost | None:
        console = self.window.console
        if console is None:
            return None
        if self.room is not None and self.room.workshop_id != console.workshop_id:
            self._stop_room()
        if self.room is None:
            session, workshop_id = self.window.session, console.workshop_id
            host, port = self.listen_host, self.listen_port
            self.room = RoomHost(session, workshop_id, host=host, port=port, parent=self)
            self.room.opened.connect(self._follow_room)
            self.room.closed.connect(self._follow_room)
        return self.room

    def show_panel(self) -> RoomPanel | None:
        room = self.room_for_console()
        if room is None:
            return None
        if self.panel is None or self.panel.host is not room:
            self._close_panel()
            from workshop.ui.room.room_panel import RoomPanel

            self.panel = RoomPanel(self.window.session, room, self.window)
            self.panel.qr_shown_changed.connect(lambda _shown: self._follow_room())
            self.panel.wifi_changed.connect(self._follow_room)
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        return self.panel

    def _close_panel(self) -> None:
        if self.panel is not None:
            panel, self.panel = self.panel, None
            panel.close()
            panel.deleteLater()

    def workshop_closed(self) -> None:
        """The console is going (another workshop, the library, a language switch that reopens the same
        one): once the window has settled, a room whose workshop is no longer open is closed."""
        QTimer.singleShot(0, self._close_if_gone)

    def _close_if_gone(self) -> None:
        console = self.window.console
        if self.room is not None and (console is None or console.workshop_id != self.room.workshop_id):
            self._stop_room()

    def _stop_room(self) -> None:
        room, self.room = self.room, None
        self._close_panel()
        if room is not None:
            room.close_soon(then=room.deleteLater)
        self._follow_room()

    def close_window_first(self, event: QCloseEvent) -> bool:
        """The window is asked to close with the room open: close the room, then the window. True when the
        close is put off for that (the event is ignored)."""
        room = self.room
        if room is None or not room.is_open or self._closing_window:
            return False
        self._closing_window = True
        event.ignore()
        room.close_soon(then=self.window.close)
        return True

    # --- the shared screen -----------------------------------------------------------------------------
    def follow_presenter(self, presenter: PresenterWindow | None) -> None:
        """A shared screen was opened (or made again): it shows the join screen while the room is open."""
        self._follow_room()

    def _follow_room(self) -> None:
        presenter = self.window.presenter
        if presenter is not self._presenter:  # the join screen went with the shared screen it was on
            self.join_screen = None
            self._presenter = presenter
        if presenter is None:
            return
        room = self.room
        shown = room is not None and room.is_open and (self.panel is None or self.panel.show_qr.isChecked())
        if shown and self.join_screen is None:
            from workshop.ui.room.join_screen import RoomJoinScreen

            self.join_screen = RoomJoinScreen(self.window.session, presenter.workshop_id)
            layout = presenter.layout()
            assert isinstance(layout, QBoxLayout)
            layout.addWidget(self.join_screen, 1)
        if self.join_screen is not None:
            self.join_screen.setVisible(shown)
            if shown and room is not None:
                wifi = self.panel.wifi() if self.panel is not None else None
                self.join_screen.show_join(
                    room.join_url, room.address, room.join_code, wifi, reachable=not room.no_network
                )
        presenter.stack.setVisible(not shown)  # the join screen takes the phase view's place

    def shared_screen(self) -> QWidget | None:
        return self.join_screen
