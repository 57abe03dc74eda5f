"""The live channel: every connected phone hears within 0.5 s that something changed.

Changes are noticed two ways: ``poke()`` (the room's own writes, and the app forwarding the Session's
change sets), and ``PRAGMA data_version`` read every 200 ms, which moves when another connection (the
console in another program) commits to the library. Bursts are coalesced into one message per 250 ms,
sent to a few phones at a time (:data:`STAGGER_PHONES`); each phone then fetches its own view, so nothing
here knows what any phone may see.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable

from aiohttp import web

POLL_SECONDS = 0.2
COALESCE_SECONDS = 0.25  # every phone fetches its view after a message: at most four rounds a second
# A message goes to the phones a few at a time: each fetches its view at once, and sixty fetches arriving
# together are served back to back in the loop that also handles the facilitator's keys (p99 of a key's
# wait 55-75 ms during a 60-phone burst, 12 ms without the fetches). Sixty phones hear within ~0.1 s.
STAGGER_PHONES = 8
STAGGER_SECONDS = 0.015


class LiveChannel:
    def __init__(self, data_version: Callable[[], int], active_devices: Callable[[], set[str]]) -> None:
        self._data_version = data_version
        self._active_devices = active_devices
        self._sockets: dict[web.WebSocketResponse, str] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self.version = 0

    @property
    def connected(self) -> int:
        return len(self._sockets)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            # A flag, not only cancel(): Python 3.11's wait_for can swallow a cancellation that arrives
            # as its timeout fires, and the loop would go on for ever.
            self._stopping = True
            self._wake.set()
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
            self._stopping = False
        for socket in list(self._sockets):
            with contextlib.suppress(Exception):
                await socket.close(code=1001, message=b"room closed")
        self._sockets.clear()

    def poke(self) -> None:
        """Something changed: tell the phones soon."""
        self._wake.set()

    def add(self, socket: web.WebSocketResponse, device_id: str) -> None:
        self._sockets[socket] = device_id

    def discard(self, socket: web.WebSocketResponse) -> None:
        self._sockets.pop(socket, None)

    async def _run(self) -> None:
        seen = self._data_version()
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)
            if self._stopping:
                return
            poked = self._wake.is_set()
            self._wake.clear()
            now = self._data_version()
            if poked or now != seen:
                seen = now
                await self._broadcast()
                await asyncio.sleep(COALESCE_SECONDS)

    async def _broadcast(self) -> None:
        self.version += 1
        if not self._sockets:
            return
        active = self._active_devices()
        changed = json.dumps({"type": "changed", "version": self.version})
        for told, (socket, device_id) in enumerate(list(self._sockets.items())):
            if told and told % STAGGER_PHONES == 0:
                await asyncio.sleep(STAGGER_SECONDS)
                if self._stopping:
                    return
            try:
                if device_id not in active:
                    await socket.send_str(json.dumps({"type": "removed"}))
                    await socket.close(code=4001, message=b"removed")
                    self.discard(socket)
                else:
                    await socket.send_str(changed)
            except (ConnectionError, RuntimeError):
                self.discard(socket)
