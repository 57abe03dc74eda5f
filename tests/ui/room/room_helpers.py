"""What the room's console tests share: waiting while the loop runs, and a phone as the phone page is
(the ``room`` and ``phones`` fixtures are in conftest.py)."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable
from typing import Any

import aiohttp


async def until(condition: Callable[[], object], seconds: float = 10.0) -> None:
    """Let the loop run (the server, the Qt events) until *condition* holds."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("still not so after waiting")


async def within_half_a_second(condition: Callable[[], object]) -> None:
    """The issue's promise for the shared screen: a phone's change shows within 0.5 s of its answer."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > 0.5:
            raise AssertionError("not shown within half a second")
        await asyncio.sleep(0.01)


def refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except ConnectionRefusedError:
        return True
    return False


class Phone:
    """A phone as the phone page is: its own cookie, the room's Origin."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.seq = 0

    async def post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        async with self.http.post(self.base + path, json=body, headers={"Origin": self.base}) as reply:
            return reply.status, await reply.json()

    async def join(self, code: str, participant_id: str | None) -> tuple[int, dict[str, Any]]:
        return await self.post("/api/join", {"code": code, "participant_id": participant_id})

    async def send(self, path: str, **body: Any) -> tuple[int, dict[str, Any]]:
        self.seq += 1
        return await self.post(path, {"seq": self.seq, **body})

    async def vote(self, **ballot: Any) -> None:
        """Cast a whole ballot; returns once the phone heard "counted" (the write is committed)."""
        status, reply = await self.send("/api/ballot", **ballot)
        assert (status, reply.get("counted")) == (200, True), reply

    async def state_status(self) -> int:
        async with self.http.get(self.base + "/api/state") as reply:
            return reply.status
