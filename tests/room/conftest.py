"""A small workshop with its room open: three people on the roster, a question in focus."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import aiohttp
import pytest
import pytest_asyncio

from workshop.domain.room import Device
from workshop.room.server import RoomServer
from workshop.services import participants, questions, room, workshops
from workshop.store.library import Library


@dataclass
class Room:
    lib: Library
    workshop_id: str
    code: str
    people: dict[str, str]  # name -> participant id
    question_id: str

    def join(self, name: str | None = None) -> tuple[Device, str]:
        pid = self.people[name] if name else None
        joined, _ = room.join(self.lib, self.workshop_id, self.code, pid)
        return joined.device, joined.token


def make_room(lib: Library, title: str = "Rummet", language: str = "sv") -> Room:
    workshop, _ = workshops.create(lib, title, language=language)
    people = {}
    for name in ("Karin", "Oskar", "Lena"):
        person, _ = participants.add(lib, workshop.id, name)
        people[name] = person.id
    question, _ = questions.add(lib, workshop.id, "Hur kan vi göra skolvägen tryggare?")
    settings, _ = room.open_room(lib, workshop.id)
    return Room(lib, workshop.id, settings.join_code, people, question.id)


@pytest.fixture
def the_room(library: Library) -> Room:
    return make_room(library)


class Phone:
    """One simulated phone: its own cookie jar, sending what the phone page sends (with its Origin)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.seq = 0

    async def close(self) -> None:
        await self.http.close()

    async def post(self, path: str, body: object, **headers: str) -> aiohttp.ClientResponse:
        sent = {"Origin": self.base, **headers}
        async with self.http.post(self.base + path, json=body, headers=sent) as response:
            await response.read()
            return response

    async def get(self, path: str, **headers: str) -> aiohttp.ClientResponse:
        async with self.http.get(self.base + path, headers=headers) as response:
            await response.read()
            return response

    async def join(self, code: str, participant_id: str | None = None) -> dict:
        async with self.http.post(
            self.base + "/api/join",
            json={"code": code, "participant_id": participant_id},
            headers={"Origin": self.base},
        ) as response:
            assert response.status == 200, await response.text()
            return await response.json()

    async def send(self, path: str, **body: object) -> tuple[int, dict]:
        self.seq += 1
        async with self.http.post(
            self.base + path, json={"seq": self.seq, **body}, headers={"Origin": self.base}
        ) as response:
            return response.status, await response.json()

    async def state(self) -> dict:
        async with self.http.get(self.base + "/api/state") as response:
            assert response.status == 200, await response.text()
            return await response.json()


@pytest_asyncio.fixture
async def server(the_room: Room) -> AsyncIterator[RoomServer]:
    """The room served on the loopback address only, on a free port."""
    served = RoomServer(the_room.lib, the_room.workshop_id, host="127.0.0.1", port=0)
    await served.start()
    yield served
    await served.stop()


@pytest_asyncio.fixture
async def phones(server: RoomServer) -> AsyncIterator[Callable[[], Phone]]:
    made: list[Phone] = []

    def new_phone() -> Phone:
        made.append(Phone(server.base_url))
        return made[-1]

    yield new_phone
    for phone in made:
        await phone.close()
