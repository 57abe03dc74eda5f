"""The room's server in this process, on 127.0.0.1, in a thread of its own (the browser is driven from
the test's thread with blocking calls, so the server's asyncio loop cannot be the test's).

The thread owns its library connection (SQLite connections stay in the thread that made them); the test
acts as the facilitator through :meth:`ServedRoom.call`, which runs a service in that thread and tells the
server of the change set, as the app forwards the Session's. :meth:`restart` stops the server and starts
a new one on the same port, as a laptop that was restarted would.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

import aiohttp

from workshop.room.server import RoomServer
from workshop.services.changes import ChangeSet
from workshop.store.library import Library

T = TypeVar("T")


class ServedRoom:
    def __init__(self, library_path: Path, workshop_id: str) -> None:
        self.library_path = library_path
        self.workshop_id = workshop_id
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="room-server", daemon=True)
        self.lib: Library | None = None
        self.server: RoomServer | None = None
        self.port = 0
        self.base_url = self.join_url = self.join_code = ""
        self.thread.start()
        self.run(self._open_library())

    async def _open_library(self) -> None:
        self.lib = Library.open(self.library_path)

    # --- running things in the server's thread ---------------------------------------------------------
    def run(self, coroutine: Awaitable[T], timeout: float = 30) -> T:
        future: Future[T] = asyncio.run_coroutine_threadsafe(coroutine, self.loop)  # type: ignore[arg-type]
        return future.result(timeout)

    def call(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``service(lib, *args)`` in the server's thread; its change set reaches the phones."""

        async def calling() -> Any:
            assert self.lib is not None
            result = service(self.lib, *args, **kwargs)
            changes = result[1] if isinstance(result, tuple) and len(result) == 2 else result
            if self.server is not None and isinstance(changes, ChangeSet):
                self.server.notify(changes)
            return result

        return self.run(calling())

    # --- the server ------------------------------------------------------------------------------------
    def start(self) -> None:
        async def starting() -> None:
            assert self.lib is not None
            self.server = RoomServer(self.lib, self.workshop_id, host="127.0.0.1", port=self.port)
            await self.server.start()
            self.port = int(self.server.port or 0)
            # Read here: the store may be read in this thread only.
            self.base_url, self.join_url = self.server.base_url, self.server.join_url
            self.join_code = self.server.join_code

        self.run(starting())

    def stop(self) -> None:
        async def stopping() -> None:
            server, self.server = self.server, None
            if server is not None:
                await server.stop()

        self.run(stopping())

    def restart(self) -> None:
        """Stop and start again on the same port (the phones' page must find it again by itself)."""
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()

        async def closing() -> None:
            if self.lib is not None:
                self.lib.close()

        self.run(closing())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


class SimulatedPhone:
    """Another phone in the room: an aiohttp client in the server's thread, sending what the page sends."""

    def __init__(self, room: ServedRoom) -> None:
        self.room = room
        self.seq = 0
        self.http: aiohttp.ClientSession | None = None

    def _post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        async def posting() -> tuple[int, dict[str, Any]]:
            if self.http is None:
                self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
            base = self.room.base_url
            async with self.http.post(base + path, json=body, headers={"Origin": base}) as reply:
                return reply.status, await reply.json()

        return self.room.run(posting())

    def join(self, participant_id: str | None) -> dict[str, Any]:
        body = {"code": self.room.join_code, "participant_id": participant_id}
        status, reply = self._post("/api/join", body)
        assert status == 200, reply
        self.seq = int(reply["me"]["last_seq"])
        return reply

    def send(self, path: str, **body: Any) -> tuple[int, dict[str, Any]]:
        self.seq += 1
        return self._post(path, {"seq": self.seq, **body})

    def close(self) -> None:
        async def closing() -> None:
            if self.http is not None:
                await self.http.close()

        self.room.run(closing())
