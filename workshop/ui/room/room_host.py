"""The room of phones as the console runs it: one workshop's server in the app's asyncio loop.

The server itself (:class:`workshop.room.server.RoomServer`) knows nothing of Qt; this object starts and
stops it in the qasync loop, forwards the session's change sets to it (so a phone hears of the
facilitator's edits at once) and the server's own writes to the session (so the console and the shared
screen follow a phone's idea or ballot like any edit). The room outlives the panel that opened it: it
is closed by the facilitator, by closing the workshop, or by quitting the app.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from workshop.services import room as room_service
from workshop.services.changes import Area, ChangeSet
from workshop.ui.session import Session

if TYPE_CHECKING:
    from workshop.room.server import RoomServer


_log = logging.getLogger(__name__)
# Phones' writes reach the console and the shared screen at most this often: each change set redraws
# them in the loop that also serves the phones and the facilitator's keys, and a burst of sixty ballots
# told group by group held the keys up. The count on the shared screen is at most this much behind
# (the target is half a second).
TELL_CONSOLE_MS = 100


class RoomHost(QObject):
    """``await open()`` / ``await close()``, or :meth:`open_soon` / :meth:`close_soon` from a slot."""

    opened = Signal()
    closed = Signal()
    failed = Signal(str)  # why the room could not open, in the UI language
    settled = Signal()  # an opening or closing has finished (the buttons may be pressed again)

    def __init__(
        self,
        session: Session,
        workshop_id: str,
        *,
        host: str | None = None,
        port: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        """*host*: the address to listen on (None: every interface, and the join URL names the laptop's
        LAN address); *port*: None tries the port the room had last time (phones that joined find it
        again after a restart), else any free one."""
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.host = host
        self.port = port
        self.server: RoomServer | None = None
        self._busy: asyncio.Task[Any] | None = None
        self._from_phones: ChangeSet | None = None  # what phones changed since the console was last told
        self._telling: ChangeSet | None = None  # the phones' change set being told to the console
        self._tell_timer = QTimer(self)
        self._tell_timer.setSingleShot(True)
        self._tell_timer.setInterval(TELL_CONSOLE_MS)
        self._tell_timer.timeout.connect(self._tell_console)
        session.changed.connect(self._forward)

    # --- what the panel and the shared screen read -----------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.server is not None

    @property
    def busy(self) -> bool:
        return self._busy is not None and not self._busy.done()

    @property
    def join_url(self) -> str:
        return self.server.join_url if self.server is not None else ""

    @property
    def address(self) -> str:
        """The address to type on a phone (the code is typed on the page)."""
        return self.server.base_url if self.server is not None else ""

    @property
    def no_network(self) -> bool:
        """The room is open but the laptop found no network: its address is its own loopback, which no
        phone can reach (an address given on purpose, as tests do, is taken as meant). Closing and
        opening the room again asks for the address anew."""
        return self.server is not None and self.server.no_network

    @property
    def join_code(self) -> str:
        return self.server.join_code if self.server is not None else ""

    @property
    def listening_port(self) -> int | None:
        return self.server.port if self.server is not None else None

    # --- opening and closing ---------------------------------------------------------------------------
    async def open(self) -> bool:
        if self.server is not None:
            return True
        from workshop.room.server import RoomServer  # aiohttp: imported when a room is first opened

        if self.session.run(room_service.open_room, self.workshop_id) is None:
            return False  # the library refused (the banner says why)
        server = RoomServer(
            self.session.library, self.workshop_id, host=self.host, port=self.port, on_change=self._from_room
        )
        try:
            await server.start()
        except OSError as error:
            await server.stop()
            self.failed.emit(
                self.tr("The room could not open: %1").replace("%1", error.strerror or str(error))
            )
            return False
        self.server = server
        self.opened.emit()
        return True

    async def close(self, *, forget_code: bool = True) -> None:
        """Stop listening and close every phone's connection. *forget_code*: new phones need a new code
        when the room opens again (phones that joined are still recognised)."""
        server, self.server = self.server, None
        if server is None:
            return
        try:
            await server.stop()
        finally:
            self._tell_console()  # the last phones' writes reach the console before the room is gone
            if forget_code:
                self.session.run(room_service.close_room, self.workshop_id)
            self.closed.emit()

    def open_soon(self) -> None:
        self._start(self.open())

    def close_soon(self, then: Callable[[], object] | None = None, *, forget_code: bool = True) -> None:
        """Close in the running loop and call *then* once the server has stopped."""

        under_way = self._busy if self.busy else None

        async def closing() -> None:
            if under_way is not None:
                await asyncio.wait([under_way])  # an opening still under way finishes first
            await self.close(forget_code=forget_code)

        def settle(task: asyncio.Future[None]) -> None:
            # settled first, then *then*: *then* may delete this host (deleteLater) or close the window,
            # and a signal of a deleted object raises in qasync's callback.
            self.settled.emit()
            if task.cancelled():
                return
            failure = task.exception()
            if failure is not None:
                _log.error("closing the room failed", exc_info=failure)
            elif then is not None:
                then()

        self._busy = asyncio.ensure_future(closing())
        self._busy.add_done_callback(settle)

    def _start(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        if self.busy:
            coroutine.close()
            return
        self._busy = asyncio.ensure_future(coroutine)
        self._busy.add_done_callback(lambda _task: self.settled.emit())

    # --- changes both ways -----------------------------------------------------------------------------
    def _forward(self, changes: ChangeSet) -> None:
        """The console changed something (phase, timer, a reveal): the phones hear of it."""
        if self.server is not None and changes is not self._telling:
            self.server.notify(changes)

    def _from_room(self, changes: ChangeSet) -> None:
        """A phone's write was committed: the console, the voting panel and the shared screen follow,
        within :data:`TELL_CONSOLE_MS` (the writes of that time as one change set)."""
        self._from_phones = changes if self._from_phones is None else self._from_phones | changes
        if not self._tell_timer.isActive():
            self._tell_timer.start()

    def _tell_console(self) -> None:
        self._tell_timer.stop()
        changes, self._from_phones = self._from_phones, None
        if changes is None:
            return
        # The server told its phones when it committed these: not again (an edit the console makes in
        # answer is another change set, and goes to the phones as usual).
        self._telling = told = changes | ChangeSet.of(self.workshop_id, Area.ROOM)
        try:
            self.session.changed.emit(told)
        finally:
            self._telling = None
