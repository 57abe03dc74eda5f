"""The room's server: one workshop's phones over the local network, inside whatever asyncio loop runs
(the app's qasync loop, or ``asyncio.run`` for the headless ``room`` command).

It holds no state the store does not hold (rate-limit buckets and open sockets aside), so a restart loses
nothing: the devices, their tokens' hashes, their last writes and the join code are in the library.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.room import Device
from workshop.room import handlers
from workshop.room.guard import MAX_BODY_BYTES, RateLimiter, RoomLimits, allowed_hosts, host_ok, origin_ok
from workshop.room.handlers import COOKIE, ROOM
from workshop.room.lan import lan_address, no_network
from workshop.room.live import LiveChannel
from workshop.room.replies import error_response, refusal
from workshop.room.writes import GroupCommit
from workshop.services import room as room_service
from workshop.services.changes import ChangeSet
from workshop.store import room as room_rows
from workshop.store.errors import LibraryError
from workshop.store.library import Library
from workshop.store.tables import WORKSHOPS

STATIC = Path(__file__).parent / "static"
log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class RoomServer:
    """One workshop's room: ``await start()``, read ``join_url``, ``notify()`` on changes, then
    ``await stop()``."""

    def __init__(
        self,
        lib: Library,
        workshop_id: str,
        *,
        host: str | None = None,
        port: int | None = None,
        on_change: Callable[[ChangeSet], None] | None = None,
        limits: RoomLimits | None = None,
    ) -> None:
        self.lib = lib
        self.workshop_id = workshop_id
        self.bind_host = host or "0.0.0.0"
        self.port = port
        self.on_change = on_change
        self.limiter = RateLimiter(limits or RoomLimits())
        self.live = LiveChannel(self._data_version, self._active_devices)
        chosen = host if host and host != "0.0.0.0" else None
        self.address: str = chosen or lan_address()
        # The laptop found no network: its address is its own loopback, which no phone can reach (an
        # address given on purpose, as tests and kiosks do, is taken as meant).
        self.no_network = chosen is None and no_network(self.address)
        self.allowed: frozenset[str] = frozenset()
        self.static = load_static(STATIC)
        self.writes = GroupCommit(lib, told=self.changed)
        self._runner: web.AppRunner | None = None

    # --- what the console and the CLI read ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.address}:{self.port}"

    @property
    def join_code(self) -> str:
        return room_rows.settings(self.lib, self.workshop_id).join_code

    @property
    def join_url(self) -> str:
        return f"{self.base_url}/?code={self.join_code}"

    def language(self) -> Language:
        workshop = WORKSHOPS.get(self.lib, self.workshop_id)
        return workshop.language if workshop else Language.EN

    # --- running -------------------------------------------------------------------------------------------

    def make_app(self) -> web.Application:
        app = web.Application(
            client_max_size=MAX_BODY_BYTES,
            middlewares=[self._guard],
            handler_args={"max_field_size": 8190, "max_line_size": 8190},
        )
        app[ROOM] = self
        handlers.add_routes(app)
        return app

    async def start(self) -> None:
        """Open the room (a join code is made if none) and listen; the last port is tried first."""
        room_service.open_room(self.lib, self.workshop_id)
        self._runner = web.AppRunner(self.make_app(), access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        wanted = (
            self.port if self.port is not None else room_rows.settings(self.lib, self.workshop_id).last_port
        )
        site = await self._listen(wanted)
        self.port = int(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        self.allowed = allowed_hosts({self.address, self.bind_host}, self.port)
        room_service.remember_port(self.lib, self.workshop_id, self.port)
        self.live.start()

    async def _listen(self, port: int) -> web.TCPSite:
        assert self._runner is not None
        try:
            site = web.TCPSite(self._runner, self.bind_host, port)
            await site.start()
            return site
        except OSError:
            if port == 0 or self.port:
                raise
        site = web.TCPSite(self._runner, self.bind_host, 0)  # the remembered port is taken: any free one
        await site.start()
        return site

    async def stop(self) -> None:
        """Close every socket and stop listening; the devices and the join code stay in the store."""
        await self.live.stop()
        runner, self._runner = self._runner, None
        if runner is None:
            return
        # Stop listening and close the phones' open connections first: asyncio's wait_closed() (which
        # the runner's cleanup awaits) waits for every connection, and a phone may keep one alive.
        for site in list(runner.sites):
            listening = getattr(site, "_server", None)
            if listening is not None:
                listening.close()
        if runner.server is not None:
            runner.server.pre_shutdown()
            await runner.server.shutdown(1.0)
        await runner.cleanup()

    def notify(self, changes: ChangeSet | None = None) -> None:
        """Something changed in the store (the app forwards Session.changed here)."""
        if changes is None or changes.workshop_id in (None, self.workshop_id):
            self.live.poke()

    def changed(self, changes: ChangeSet) -> None:
        """A phone's write was committed: the console and the phones follow. The writes committed in one
        group are told as one change set (:meth:`GroupCommit.write`)."""
        self.live.poke()
        if self.on_change is not None and changes.areas:
            self.on_change(changes)

    def _data_version(self) -> int:
        return int(self.lib.conn.execute("PRAGMA data_version").fetchone()[0])

    def _active_devices(self) -> set[str]:
        return {d.id for d in room_rows.devices(self.lib, self.workshop_id)}

    def device_of(self, request: web.Request) -> Device:
        return room_service.device_for_token(self.lib, self.workshop_id, request.cookies.get(COOKIE))

    def allow_device(self, device: Device) -> bool:
        return self.limiter.allow("device", device.id)

    # --- the guard every request passes ------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        lang = self.language()
        if not host_ok(request.host, self.allowed):
            return refusal("wrong_host", lang)
        address = request.remote or "?"
        if not self.limiter.allow("address", address):
            slow = refusal("slow_down", lang)
            slow.headers["Retry-After"] = str(self.limiter.retry_after("address", address))
            return slow
        writes = request.method not in ("GET", "HEAD")
        live = request.path == "/api/live"
        if (writes or live) and not origin_ok(request.headers.get("Origin"), self.allowed):
            return refusal("wrong_origin", lang)
        if writes and request.content_type != "application/json":
            return refusal("not_json", lang)
        if writes and (request.content_length or 0) > MAX_BODY_BYTES:
            return refusal("too_big", lang, limit=MAX_BODY_BYTES // 1024)
        try:
            response = await handler(request)
        except ValidationError as error:  # a rule or the room said no: nothing was stored
            return error_response(error, lang)
        except LibraryError as error:
            log.warning("room: the library refused a write: %s", error)
            return refusal("server_error", lang)
        except web.HTTPRequestEntityTooLarge:
            return refusal("too_big", lang, limit=MAX_BODY_BYTES // 1024)
        except web.HTTPException as error:
            if error.status == 404:
                return refusal("not_found", lang)
            if error.status < 500:
                return refusal("bad_json", lang)
            raise
        except Exception:  # the room stays up for everyone else
            log.exception("room: a request failed")
            return refusal("server_error", lang)
        _secure_headers(response)
        return response


def _secure_headers(response: web.StreamResponse) -> None:
    if response.prepared:  # a WebSocket, already answered
        return
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "no-referrer")


TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}


def load_static(folder: Path) -> dict[str, tuple[bytes, str]]:
    """The phone page's files, read once: a request names one of these or gets 404 (no path is joined)."""
    return {
        path.name: (path.read_bytes(), TYPES[path.suffix])
        for path in sorted(folder.iterdir())
        if path.is_file() and path.suffix in TYPES
    }
