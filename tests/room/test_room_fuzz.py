"""Hostile requests against a running room (loopback only): each gets a clear 4xx with a message in the
workshop's language, nothing is stored, and the server goes on answering the phones that behave."""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest
import pytest_asyncio

from tests.room.conftest import Phone, Room, make_room
from workshop.domain.errors import MESSAGES
from workshop.domain.language import Language
from workshop.domain.room import ROOM_MESSAGES
from workshop.domain.voting import VotingMethod
from workshop.room.guard import RoomLimits
from workshop.room.server import RoomServer
from workshop.services import ideas, silent_writing, voting
from workshop.store.library import Library

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def server(the_room: Room) -> AsyncIterator[RoomServer]:
    """A room whose rate limits are out of the way, so each hostile request meets the check it aims at
    (the limits have their own tests in test_room_server.py)."""
    generous = RoomLimits(address_burst=100_000, device_burst=100_000, failed_join_burst=100_000)
    served = RoomServer(the_room.lib, the_room.workshop_id, host="127.0.0.1", port=0, limits=generous)
    await served.start()
    yield served
    await served.stop()


SWEDISH = {m[Language.SV].split("{")[0][:12] for m in (*ROOM_MESSAGES.values(), *MESSAGES.values())}


def snapshot(lib: Library) -> list[Any]:
    """Everything a request could change: every row of every table that phones write to."""
    tables = ("ideas", "votes", "ballots", "participants", "room_devices", "room_settings")
    return [list(lib.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")) for table in tables]


async def raw(
    phone: Phone,
    method: str,
    path: str,
    *,
    data: bytes | str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    sent = {"Origin": phone.base, "Content-Type": "application/json", **(headers or {})}
    async with phone.http.request(method, phone.base + path, data=data, headers=sent) as response:
        body = await response.read()
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = {"raw": body[:200].decode("latin-1")}
        return response.status, parsed


def assert_refused(status: int, body: dict[str, Any], what: str) -> None:
    assert 400 <= status < 500, (what, status, body)
    assert body.get("message"), (what, body)
    assert any(body["message"].startswith(start) for start in SWEDISH), (what, body["message"])


@pytest.fixture
def ballot_setup(the_room: Room) -> dict[str, str]:
    lib, wid = the_room.lib, the_room.workshop_id
    kept = [ideas.add(lib, wid, text)[0].id for text in ("Cykelbuss", "Lampor", "Skyltar")]
    merged = ideas.add(lib, wid, "Cykelbuss igen")[0].id
    lib.db.execute("UPDATE ideas SET merged_into = ? WHERE id = ?", [kept[0], merged])
    old_round, _ = voting.create_round(lib, wid, "Gammal", VotingMethod.DOTS)
    current, _ = voting.create_round(lib, wid, "Nu", VotingMethod.DOTS, dots_per_person=3, max_per_item=2)
    silent_writing.set_silent(lib, wid, True)
    hidden = ideas.add(lib, wid, "Dold idé")[0].id
    return {
        "a": kept[0],
        "b": kept[1],
        "merged": merged,
        "hidden": hidden,
        "old": old_round.id,
        "round": current.id,
    }


async def test_hostile_requests_are_refused_and_change_nothing(
    server: RoomServer,
    the_room: Room,
    phones: Callable[[], Phone],
    library: Library,
    ballot_setup: dict[str, str],
) -> None:
    phone = phones()
    await phone.join(the_room.code, the_room.people["Karin"])
    await phone.send("/api/ideas", text="En riktig idé")  # seq 1 is taken: replays of it come below
    other = make_room(library, "Ett annat rum")
    stranger = Phone(server.base_url)
    async with stranger.http.post(  # a token from another workshop's room, carried into this one
        server.base_url + "/api/join",
        json={"code": other.code, "participant_id": None},
        headers={"Origin": server.base_url},
    ) as response:
        assert response.status == 403  # this room's code is not that room's
    other_device, other_token = other.join("Karin")
    stranger.http.cookie_jar.update_cookies({"room_device": other_token})
    s = ballot_setup
    before = snapshot(the_room.lib)

    big = json.dumps({"seq": 2, "text": "x" * (17 * 1024)})
    cases: list[tuple[str, str, str, bytes | str | None, dict[str, str] | None, Phone]] = [
        ("malformed JSON", "POST", "/api/ideas", '{"seq": 2, "text": ', None, phone),
        ("not an object", "POST", "/api/ideas", "[1, 2, 3]", None, phone),
        ("a bare string", "POST", "/api/ideas", '"idé"', None, phone),
        ("not UTF-8", "POST", "/api/ideas", b'{"seq": 2, "text": "\xff\xfe"}', None, phone),
        ("nested a thousand deep", "POST", "/api/ideas", "[" * 5000 + "]" * 5000, None, phone),
        ("seq as text", "POST", "/api/ideas", '{"seq": "2", "text": "a"}', None, phone),
        ("seq as true", "POST", "/api/ideas", '{"seq": true, "text": "a"}', None, phone),
        ("seq as a fraction", "POST", "/api/ideas", '{"seq": 2.5, "text": "a"}', None, phone),
        ("seq negative", "POST", "/api/ideas", '{"seq": -1, "text": "a"}', None, phone),
        ("seq missing", "POST", "/api/ideas", '{"text": "a"}', None, phone),
        ("text as a number", "POST", "/api/ideas", '{"seq": 2, "text": 5}', None, phone),
        ("text as an object", "POST", "/api/ideas", '{"seq": 2, "text": {"a": 1}}', None, phone),
        ("text empty", "POST", "/api/ideas", '{"seq": 2, "text": "   "}', None, phone),
        ("text only a lone surrogate", "POST", "/api/ideas", '{"seq": 2, "text": "\\ud800"}', None, phone),
        (
            "text over 1,000 characters",
            "POST",
            "/api/ideas",
            json.dumps({"seq": 2, "text": "å" * 1001}),
            None,
            phone,
        ),
        ("a body over 16 KB", "POST", "/api/ideas", big, None, phone),
        ("a replay of an older write", "POST", "/api/ideas", '{"seq": 0, "text": "igen"}', None, phone),
        (
            "text/plain",
            "POST",
            "/api/ideas",
            '{"seq": 2, "text": "a"}',
            {"Content-Type": "text/plain"},
            phone,
        ),
        (
            "a form",
            "POST",
            "/api/ideas",
            "seq=2&text=a",
            {"Content-Type": "application/x-www-form-urlencoded"},
            phone,
        ),
        ("no Origin", "POST", "/api/ideas", '{"seq": 2, "text": "a"}', {"Origin": ""}, phone),
        (
            "another site's Origin",
            "POST",
            "/api/ideas",
            '{"seq": 2, "text": "a"}',
            {"Origin": "http://attacker.example"},
            phone,
        ),
        (
            "a rebound host name",
            "POST",
            "/api/ideas",
            '{"seq": 2, "text": "a"}',
            {"Host": "attacker.example"},
            phone,
        ),
        ("another workshop's token", "POST", "/api/ideas", '{"seq": 1, "text": "a"}', None, stranger),
        ("another workshop's token reads", "GET", "/api/state", None, None, stranger),
        (
            "a forged token",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {}}),
            {"Cookie": "room_device=" + "A" * 43},
            Phone(server.base_url),
        ),
        (
            "a token of 4,000 characters",
            "GET",
            "/api/state",
            None,
            {"Cookie": "room_device=" + "A" * 4_000},
            Phone(server.base_url),
        ),
        (
            "join: code as a number",
            "POST",
            "/api/join",
            '{"code": 123456, "participant_id": null}',
            None,
            Phone(server.base_url),
        ),
        (
            "join: someone from another workshop",
            "POST",
            "/api/join",
            json.dumps({"code": the_room.code, "participant_id": other.people["Oskar"]}),
            None,
            Phone(server.base_url),
        ),
        (
            "join: a name already joined",
            "POST",
            "/api/join",
            json.dumps({"code": the_room.code, "participant_id": the_room.people["Karin"]}),
            None,
            Phone(server.base_url),
        ),
        (
            "join: participant as a list",
            "POST",
            "/api/join",
            json.dumps({"code": the_room.code, "participant_id": ["x"]}),
            None,
            Phone(server.base_url),
        ),
        (
            "ballot: a stale round",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["old"], "dots": {s["a"]: 1}}),
            None,
            phone,
        ),
        (
            "ballot: a round that never was",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": "nope", "dots": {s["a"]: 1}}),
            None,
            phone,
        ),
        (
            "ballot: round id as a number",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": 7, "dots": {}}),
            None,
            phone,
        ),
        (
            "ballot: over budget",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {s["a"]: 2, s["b"]: 2}}),
            None,
            phone,
        ),
        (
            "ballot: over the per-item limit",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {s["a"]: 3}}),
            None,
            phone,
        ),
        (
            "ballot: a huge count",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {s["a"]: 10**30}}),
            None,
            phone,
        ),
        (
            "ballot: negative dots",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {s["a"]: -3, s["b"]: 5}}),
            None,
            phone,
        ),
        (
            "ballot: dots as text",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {s["a"]: "2"}}),
            None,
            phone,
        ),
        (
            "ballot: dots as a list",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": [s["a"]]}),
            None,
            phone,
        ),
        (
            "ballot: a hidden idea",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {s["hidden"]: 1}}),
            None,
            phone,
        ),
        (
            "ballot: a merged idea",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {s["merged"]: 1}}),
            None,
            phone,
        ),
        (
            "ballot: an idea that never was",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "dots": {"../../etc/passwd": 1}}),
            None,
            phone,
        ),
        (
            "ballot: scores in a dot round",
            "POST",
            "/api/ballot",
            json.dumps({"seq": 2, "round_id": s["round"], "scores": {s["a"]: [9, 9]}}),
            None,
            phone,
        ),
        ("wrong method on a route", "PUT", "/api/ideas", '{"seq": 2, "text": "a"}', None, phone),
    ]
    for path in (
        "/static/../server.py",
        "/static/..%2fserver.py",
        "/static/%2e%2e%2fhandlers.py",
        "/static/..%5cserver.py",
        "/static/room.js%00.html",
        "/static/API.md",
        "/static/",
        "/static/.%2e/.%2e/.%2e/etc/passwd",
        "//etc/passwd",
        "/../../workshop/room/server.py",
        "/static/" + "a" * 4000,
    ):
        cases.append((f"traversal {path[:40]}", "GET", path, None, None, phone))

    for what, method, path, data, headers, who in cases:
        status, body = await raw(who, method, path, data=data, headers=headers)
        assert_refused(status, body, what)
        assert snapshot(the_room.lib) == before, what

    # A header over 8 KB is answered by aiohttp's parser before the room sees it: a plain 400.
    async with phone.http.get(phone.base + "/api/state", headers={"X-Junk": "z" * 9000}) as response:
        assert response.status == 400
    assert snapshot(the_room.lib) == before

    # A chunked body over 16 KB (no Content-Length to check beforehand) is cut off all the same.
    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b'{"seq": 2, "text": "' + b"y" * 1024

    async with phone.http.post(
        phone.base + "/api/ideas",
        data=chunks(),
        headers={"Origin": phone.base, "Content-Type": "application/json"},
    ) as response:
        assert response.status == 413
        assert_refused(response.status, await response.json(), "chunked body")
    assert snapshot(the_room.lib) == before

    # Random junk in every field of every write.
    rng = random.Random(13)
    junk = [None, True, -1, 2**70, 0.5, "", "x" * 300, [], {}, {"a": [1, {"b": None}]}, "\u0000", "💥" * 50]
    for _ in range(150):
        body = {
            key: rng.choice(junk)
            for key in rng.sample(
                ["seq", "text", "round_id", "dots", "scores", "code", "participant_id"], k=rng.randint(0, 5)
            )
        }
        path = rng.choice(["/api/ideas", "/api/ballot", "/api/join", "/api/leave"])
        if path == "/api/leave":
            continue
        status, reply = await raw(phone, "POST", path, data=json.dumps(body))
        if path == "/api/join" and status == 200:
            continue  # joining again from a joined phone answers its state, and changes nothing
        assert_refused(status, reply, f"junk {path} {body}")
    assert snapshot(the_room.lib) == before

    # The replay of the last write is answered as before and stored once.
    status, again = await raw(phone, "POST", "/api/ideas", data='{"seq": 1, "text": "En riktig idé"}')
    assert status == 201
    assert again["idea"]["text"] == "En riktig idé"
    assert snapshot(the_room.lib) == before

    # The server is still up for a phone that behaves.
    state = await phone.state()
    assert state["me"]["last_seq"] == 1
    status, reply = await phone.send("/api/ballot", round_id=s["round"], dots={s["a"]: 2, s["b"]: 1})
    assert status == 200
    assert reply["counted"] is True
    await stranger.close()


async def test_a_websocket_from_elsewhere_is_refused(server: RoomServer, phones: Callable[[], Phone]) -> None:
    phone = phones()
    for origin in ("http://attacker.example", "null"):
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await phone.http.ws_connect(server.base_url + "/api/live", origin=origin)
        assert refused.value.status == 403
