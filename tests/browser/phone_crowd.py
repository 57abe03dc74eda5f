"""A crowd of simulated phones for the whole-room test: aiohttp clients sending what the phone page sends.

They run in a thread of their own with their own asyncio loop (they are other devices, not the laptop:
the room's server keeps the app's loop to itself), and each phone comes from its own loopback address
(127.0.0.2, 127.0.0.3, …), as each phone on the room's Wi-Fi has its own address, so the room runs with
its real per-address limits. Like the page, every phone listens on the live channel and fetches its
view after each message (after a random 0–150 ms, one fetch at a time), and every view a phone is
shown is checked against what the facilitator has revealed so far.
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

import aiohttp

T = TypeVar("T")
View = dict[str, Any]


@dataclass
class Reveals:
    """What the facilitator has begun to reveal. A view whose answer arrived before the flag was set was
    made before the reveal, so it must still hide what the reveal shows."""

    ideas: threading.Event = field(default_factory=threading.Event)
    results: threading.Event = field(default_factory=threading.Event)


def hidden_view_problems(view: View, own_texts: set[str], reveals: Reveals) -> list[str]:
    """What a view shows that it must not: another device's idea before the ideas' reveal, totals before
    the result's reveal."""
    problems = []
    if not reveals.ideas.is_set():
        foreign = [i["text"] for i in view["ideas"] if not i["own"] or i["text"] not in own_texts]
        if foreign:
            problems.append(f"{view['me']['name']} was shown others' ideas while hidden: {foreign[:3]}")
    voting_round = view.get("round")
    totals = voting_round is not None and (voting_round.get("revealed") or "results" in voting_round)
    if totals and not reveals.results.is_set():
        problems.append(f"{view['me']['name']} was shown totals before the reveal: {voting_round}")
    return problems


def names_shown(view: View, names: set[str]) -> list[str]:
    """The people's names a view shows besides the phone's own (a phone is never told who wrote or
    voted what)."""
    others = json.dumps({key: value for key, value in view.items() if key != "me"}, ensure_ascii=False)
    return sorted(name for name in names if name != view["me"]["name"] and name in others)


def loopback_addresses_work(count: int) -> bool:
    """Linux answers on the whole of 127.0.0.0/8; macOS only on 127.0.0.1 unless told otherwise."""
    try:
        with socket.socket() as probe:
            probe.bind((f"127.0.0.{count + 1}", 0))
    except OSError:
        return False
    return True


class CrowdPhone:
    """One phone from its own address: its own cookie jar, its seq numbers, its live channel."""

    def __init__(self, crowd: PhoneCrowd, number: int) -> None:
        self.crowd = crowd
        self.number = number
        self.address = f"127.0.0.{number + 2}"
        self.http = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            connector=aiohttp.TCPConnector(local_addr=(self.address, 0)),
        )
        self.seq = 0
        self.name = ""
        self.own_texts: set[str] = set()
        self.views_seen = 0
        self.last_view: View | None = None
        self._listening: asyncio.Task[None] | None = None

    @property
    def base(self) -> str:
        return self.crowd.base_url

    async def join(self, participant_id: str | None) -> View:
        body = {"code": self.crowd.join_code, "participant_id": participant_id}
        async with self.http.post(self.base + "/api/join", json=body, headers={"Origin": self.base}) as reply:
            assert reply.status == 200, await reply.text()
            view: View = await reply.json()
        self.seq = int(view["me"]["last_seq"])
        self.name = view["me"]["name"]
        self._seen(view)
        self._listening = asyncio.ensure_future(self._listen())
        return view

    async def state(self) -> View:
        async with self.http.get(self.base + "/api/state") as reply:
            assert reply.status == 200, await reply.text()
            view: View = await reply.json()
        self._seen(view)
        return view

    def _seen(self, view: View) -> None:
        self.views_seen += 1
        self.last_view = view
        self.crowd.problems.extend(hidden_view_problems(view, self.own_texts, self.crowd.reveals))
        if names_shown(view, self.crowd.names):
            self.crowd.problems.append(f"{self.name} was shown {names_shown(view, self.crowd.names)}")

    async def _listen(self) -> None:
        """As the page does: a message on the live channel, a short random wait, one fetch of the view."""
        async with self.http.ws_connect(self.base + "/api/live", origin=self.base) as socket:
            async for message in socket:
                if message.type != aiohttp.WSMsgType.TEXT or '"changed"' not in message.data:
                    continue
                await asyncio.sleep(self.crowd.rng.random() * 0.15)
                try:
                    await self.state()
                except aiohttp.ClientError:
                    return

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    async def post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """One write with the seq given in *body* (a re-send repeats it)."""
        async with self.http.post(self.base + path, json=body, headers={"Origin": self.base}) as reply:
            return reply.status, await reply.json()

    async def write_idea(self, text: str) -> tuple[int, dict[str, Any]]:
        self.own_texts.add(text)
        return await self.post("/api/ideas", {"seq": self.next_seq(), "text": text})

    async def close(self) -> None:
        if self._listening is not None:
            self._listening.cancel()
            await asyncio.gather(self._listening, return_exceptions=True)
        await self.http.close()


class PhoneCrowd:
    """``count`` phones; :meth:`submit` runs a coroutine in the crowd's own thread and loop."""

    def __init__(self, base_url: str, join_code: str, count: int, names: set[str], seed: int = 13) -> None:
        """*names*: everyone's name in the room (none may reach a phone but its own)."""
        self.base_url = base_url
        self.join_code = join_code
        self.names = names
        self.rng = random.Random(seed)
        self.reveals = Reveals()
        self.browsers_sending = threading.Event()  # a person pressed "Send my vote" in a browser
        self.problems: list[str] = []
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="phone-crowd", daemon=True)
        self.thread.start()
        self.phones: list[CrowdPhone] = self.run(self._make(count))

    async def _make(self, count: int) -> list[CrowdPhone]:
        return [CrowdPhone(self, n) for n in range(count)]

    def submit(self, make: Callable[[], Awaitable[T]]) -> Future[T]:
        async def running() -> T:
            return await make()

        return asyncio.run_coroutine_threadsafe(running(), self.loop)

    def run(self, coroutine: Awaitable[T], timeout: float = 60) -> T:
        async def running() -> T:
            return await coroutine

        return asyncio.run_coroutine_threadsafe(running(), self.loop).result(timeout)

    def close(self) -> None:
        async def closing() -> None:
            await asyncio.gather(*(phone.close() for phone in self.phones), return_exceptions=True)

        try:
            self.run(closing(), timeout=20)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.loop.close()
