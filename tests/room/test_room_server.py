"""The room's server on the loopback address, spoken to as the phone page speaks to it: every route,
the address and origin checks, the cookie's flags, the limits and the live channel."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable

import aiohttp
import pytest

from tests.room.conftest import Phone, Room
from workshop.domain.voting import VotingMethod
from workshop.room.guard import RoomLimits
from workshop.room.server import RoomServer
from workshop.services import ballots, ideas, silent_writing, voting
from workshop.services.changes import Area, ChangeSet
from workshop.store.library import Library

pytestmark = pytest.mark.asyncio


async def test_the_page_and_its_files_are_served_with_a_strict_policy(
    server: RoomServer, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    async with phone.http.get(server.base_url + "/") as response:
        assert response.status == 200
        assert response.content_type == "text/html"
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    for name in server.static:
        assert (await phone.get(f"/static/{name}")).status == 200


async def test_the_join_url_is_an_ip_address_with_the_code(server: RoomServer, the_room: Room) -> None:
    assert server.join_url == f"http://127.0.0.1:{server.port}/?code={the_room.code}"


async def test_joining_sets_an_httponly_strict_cookie_and_the_state_follows(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    async with phone.http.post(
        server.base_url + "/api/join",
        json={"code": the_room.code, "participant_id": the_room.people["Karin"]},
        headers={"Origin": server.base_url},
    ) as response:
        assert response.status == 200
        cookie = response.headers["Set-Cookie"]
        data = await response.json()
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    assert "Path=/" in cookie
    assert data["me"]["name"] == "Karin"
    assert data["workshop"] == {"title": "Rummet", "language": "sv"}
    state = await phone.state()
    assert state["question"]["text"] == "Hur kan vi göra skolvägen tryggare?"
    again = await phone.join(the_room.code, the_room.people["Karin"])  # a reload: the same device
    assert again["me"]["device_id"] == data["me"]["device_id"]


async def test_welcome_tells_the_language_and_only_with_the_code_the_roster(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    async with phone.http.get(server.base_url + "/api/welcome") as response:
        plain = await response.json()
    assert plain["language"] == "sv"
    assert "roster" not in plain
    assert "title" not in plain
    async with phone.http.get(server.base_url + f"/api/welcome?code={the_room.code}") as response:
        full = await response.json()
    assert [p["name"] for p in full["roster"]] == ["Karin", "Oskar", "Lena"]
    async with phone.http.get(server.base_url + "/api/welcome?code=99999x") as response:
        assert response.status == 403
        assert (await response.json())["message"].startswith("Koden stämmer inte")


async def test_a_wrong_host_is_refused_before_anything_else(
    server: RoomServer, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    async with phone.http.get(server.base_url + "/", headers={"Host": "evil.example:80"}) as response:
        assert response.status == 421
        assert (await response.json())["error"] == "wrong_host"


@pytest.mark.parametrize("origin", [None, "http://evil.example", "https://127.0.0.1", "null"])
async def test_a_write_from_another_origin_is_refused(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone], origin: str | None
) -> None:
    phone = phones()
    headers = {} if origin is None else {"Origin": origin}
    async with phone.http.post(
        server.base_url + "/api/join", json={"code": the_room.code, "participant_id": None}, headers=headers
    ) as response:
        assert response.status == 403
        body = await response.json()
    assert body["error"] == "wrong_origin"
    assert body["message"]
    count = the_room.lib.conn.execute("SELECT COUNT(*) FROM room_devices").fetchone()[0]
    assert count == 0


async def test_an_idea_and_a_ballot_from_a_phone_reach_the_store(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    phone = phones()
    await phone.join(the_room.code, None)
    status, reply = await phone.send("/api/ideas", text="Cykelbuss")
    assert status == 201
    assert reply["idea"]["text"] == "Cykelbuss"
    made = [ideas.add(lib, wid, t)[0].id for t in ("Lampor", "Skyltar")]
    voting_round, _ = voting.create_round(lib, wid, "Omgång", VotingMethod.DOTS, dots_per_person=3)
    state = await phone.state()
    assert state["round"]["id"] == voting_round.id
    assert "results" not in state["round"]
    status, reply = await phone.send("/api/ballot", round_id=voting_round.id, dots={made[0]: 2, made[1]: 1})
    assert status == 200
    assert reply["counted"] is True
    assert (await phone.state())["round"]["state"] == "done"
    status, reply = await phone.send("/api/ballot", round_id=voting_round.id, dots={made[0]: 1})
    assert status == 409
    assert reply["message"] == "Din röst är redan räknad."


async def test_leaving_ends_the_token(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    await phone.join(the_room.code, the_room.people["Oskar"])
    assert (await phone.post("/api/leave", {})).status == 200
    async with phone.http.get(server.base_url + "/api/state") as response:
        assert response.status == 401
        assert (await response.json())["message"] == "Telefonen är inte ansluten till rummet. Gå med igen."


async def test_the_live_channel_tells_a_phone_of_a_change_in_the_console(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    await phone.join(the_room.code, None)
    async with phone.http.ws_connect(server.base_url + "/api/live", origin=server.base_url) as socket:
        first = json.loads((await socket.receive(timeout=2)).data)
        assert first["type"] == "changed"
        _, changes = silent_writing.set_silent(the_room.lib, the_room.workshop_id, True)
        server.notify(changes)  # as the app forwards Session.changed
        message = json.loads((await socket.receive(timeout=2)).data)
        assert message["type"] == "changed"
        assert message["version"] > first["version"]
        assert (await phone.state())["silent"] is True


async def test_the_live_channel_notices_another_program_writing(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone], library_path: object
) -> None:
    phone = phones()
    await phone.join(the_room.code, None)
    async with phone.http.ws_connect(server.base_url + "/api/live", origin=server.base_url) as socket:
        await socket.receive(timeout=2)
        with Library.open(library_path) as other:  # type: ignore[arg-type]
            ideas.add(other, the_room.workshop_id, "Från konsolen")
        message = json.loads((await socket.receive(timeout=2)).data)
        assert message["type"] == "changed"
    assert "Från konsolen" in [i["text"] for i in (await phone.state())["ideas"]]


async def test_the_live_channel_needs_the_rooms_origin_and_a_device(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await phone.http.ws_connect(server.base_url + "/api/live", origin="http://evil.example")
    assert refused.value.status == 403
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await phone.http.ws_connect(server.base_url + "/api/live", origin=server.base_url)
    assert refused.value.status == 401


async def test_a_removed_phone_hears_it_on_the_live_channel(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    from workshop.services import room

    phone = phones()
    joined = await phone.join(the_room.code, None)
    async with phone.http.ws_connect(server.base_url + "/api/live", origin=server.base_url) as socket:
        await socket.receive(timeout=2)
        server.notify(room.remove_device(the_room.lib, joined["me"]["device_id"]))
        message = json.loads((await socket.receive(timeout=2)).data)
        assert message == {"type": "removed"}


async def test_too_much_too_fast_from_one_address_is_slowed_down(the_room: Room) -> None:
    limited = RoomServer(
        the_room.lib,
        the_room.workshop_id,
        host="127.0.0.1",
        port=0,
        limits=RoomLimits(address_burst=5, address_per_second=0.01),
    )
    await limited.start()
    phone = Phone(limited.base_url)
    try:
        statuses = [(await phone.get("/api/welcome")).status for _ in range(8)]
        assert statuses[:5] == [200] * 5
        assert 429 in statuses[5:]
        async with phone.http.get(limited.base_url + "/api/welcome") as response:
            assert response.headers["Retry-After"]
            assert (await response.json())["message"].startswith("Lite för snabbt")
    finally:
        await phone.close()
        await limited.stop()


async def test_guessing_the_code_is_stopped_per_address(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    wrong = "000000" if the_room.code != "000000" else "111111"
    statuses = []
    for _ in range(12):
        response = await phone.post("/api/join", {"code": wrong, "participant_id": None})
        statuses.append(response.status)
    assert statuses[:10] == [403] * 10
    assert statuses[10:] == [429, 429]
    right = await phone.post("/api/join", {"code": the_room.code, "participant_id": None})
    assert right.status == 429  # also the right code, until the bucket fills again


async def test_the_server_restarts_on_the_same_port_and_knows_its_phones(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    await phone.join(the_room.code, the_room.people["Lena"])
    port = server.port
    await server.stop()
    again = RoomServer(the_room.lib, the_room.workshop_id, host="127.0.0.1")
    await again.start()
    try:
        assert again.port == port
        assert again.join_code == the_room.code
        assert (await phone.state())["me"]["name"] == "Lena"
    finally:
        await again.stop()


async def test_the_phone_pages_first_load_is_under_100_kb(
    server: RoomServer, phones: Callable[[], Phone]
) -> None:
    phone = phones()
    total = 0
    async with phone.http.get(server.base_url + "/") as response:
        page = await response.text()
        total += len(page.encode())
    for name in ("room.css", "room.js"):
        assert f"/static/{name}" in page
        async with phone.http.get(server.base_url + f"/static/{name}") as response:
            total += len(await response.read())
    assert total <= 100 * 1024


async def test_ballots_sent_at_once_a_refused_one_alone_is_undone(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    lib, wid = the_room.lib, the_room.workshop_id
    made = [ideas.add(lib, wid, t)[0].id for t in ("Lampor", "Skyltar")]
    voting_round, _ = voting.create_round(lib, wid, "Omgång", VotingMethod.DOTS, dots_per_person=3)
    karin, oskar, lena = phones(), phones(), phones()
    for phone, name in ((karin, "Karin"), (oskar, "Oskar"), (lena, "Lena")):
        await phone.join(the_room.code, the_room.people[name])
    sent = await asyncio.gather(
        karin.send("/api/ballot", round_id=voting_round.id, dots={made[0]: 2}),
        oskar.send("/api/ballot", round_id=voting_round.id, dots={made[0]: 3, made[1]: 3}),  # 6 of 3
        lena.send("/api/ballot", round_id=voting_round.id, dots={made[1]: 1}),
    )
    assert [status for status, _ in sent] == [200, 422, 200]
    assert ballots.ballot_for(lib, voting_round.id, the_room.people["Karin"]) == {made[0]: 2}
    assert ballots.ballot_for(lib, voting_round.id, the_room.people["Oskar"]) == {}
    assert ballots.ballot_for(lib, voting_round.id, the_room.people["Lena"]) == {made[1]: 1}
    assert (await oskar.state())["me"]["last_seq"] == 0


async def test_writes_made_together_share_one_commit_and_a_refused_one_rolls_back_alone(
    the_room: Room,
) -> None:
    from workshop.room.writes import GroupCommit

    lib, wid = the_room.lib, the_room.workshop_id
    writes = GroupCommit(lib)

    def refused() -> None:
        ideas.add(lib, wid, "Halvvägs")
        raise ValueError("no")

    results = await asyncio.gather(
        writes.run(lambda: ideas.add(lib, wid, "Ett")[0].text),
        writes.run(refused),
        writes.run(lambda: ideas.add(lib, wid, "Två")[0].text),
        return_exceptions=True,
    )
    assert results[0] == "Ett"
    assert isinstance(results[1], ValueError)
    assert results[2] == "Två"
    assert writes.groups == 1
    assert [i.text for i in ideas.list_ideas(lib, wid)] == ["Ett", "Två"]


async def test_one_device_writing_too_fast_is_slowed_down_and_nothing_more_is_stored(the_room: Room) -> None:
    limited = RoomServer(
        the_room.lib,
        the_room.workshop_id,
        host="127.0.0.1",
        port=0,
        limits=RoomLimits(device_burst=3, device_per_second=0.01),
    )
    await limited.start()
    phone = Phone(limited.base_url)
    try:
        await phone.join(the_room.code, None)
        statuses = [(await phone.send("/api/ideas", text=f"Idé {n}"))[0] for n in range(5)]
        assert statuses[:3] == [201, 201, 201]
        assert statuses[3:] == [429, 429]
        assert len(ideas.list_ideas(the_room.lib, the_room.workshop_id)) == 3
    finally:
        await phone.close()
        await limited.stop()


async def test_writes_committed_together_reach_the_console_once_before_any_phone_hears_counted(
    the_room: Room,
) -> None:
    """Each change set redraws the console and the shared screen in the loop the room serves in: sixty
    ballots told one by one held the facilitator's typing up (benchmarks/room_screen.py)."""
    lib, wid = the_room.lib, the_room.workshop_id
    told: list[ChangeSet] = []
    server = RoomServer(lib, wid, host="127.0.0.1", port=0, on_change=told.append)
    heard_when_answered: list[int] = []

    async def a_phone_writes(text: str) -> str:  # what the idea handler does, then it answers the phone
        idea = await server.writes.write(lambda: ideas.add(lib, wid, text))
        heard_when_answered.append(len(told))
        return idea.id

    written = await asyncio.gather(*(a_phone_writes(text) for text in ("Ett", "Två", "Tre")))
    assert server.writes.groups == 1
    assert len(told) == 1  # one change set for the group, not one per write
    assert set(written) <= told[0].ids
    assert told[0].touches(Area.IDEAS)
    assert heard_when_answered == [1, 1, 1]  # the console had followed before any phone was answered


async def test_a_change_reaches_twenty_phones_within_half_a_second_a_few_at_a_time(
    server: RoomServer, the_room: Room, phones: Callable[[], Phone]
) -> None:
    """Every phone fetches its view when it hears of a change; told all at once, twenty fetches arrive
    together and are served back to back in the loop that also handles the facilitator's keys. The
    phones are told a few at a time, so the loop runs other work in between, and all still hear within
    half a second."""
    import time

    crowd = [phones() for _ in range(20)]
    sockets = []
    for phone in crowd:
        await phone.join(the_room.code, None)
        socket = await phone.http.ws_connect(server.base_url + "/api/live", origin=server.base_url)
        await socket.receive(timeout=2)  # the greeting
        sockets.append(socket)
    await asyncio.sleep(0.6)  # past the live channel's coalescing pause after the joins
    for socket in sockets:  # what the joins made the channel say
        with contextlib.suppress(TimeoutError):
            while True:
                await socket.receive(timeout=0.05)
    loop = asyncio.get_running_loop()
    others_ran: list[float] = []
    ticking = True

    def tick() -> None:  # other work in the loop (the facilitator's keys, in the app)
        if ticking:
            others_ran.append(time.monotonic())
            loop.call_later(0.001, tick)

    ideas.add(the_room.lib, the_room.workshop_id, "En ändring")
    started = time.monotonic()
    server.notify(ChangeSet.of(the_room.workshop_id, Area.IDEAS))
    tick()
    heard = []
    for socket in sockets:
        message = json.loads((await socket.receive(timeout=2)).data)
        assert message["type"] == "changed"
        heard.append(time.monotonic())
    ticking = False
    assert max(heard) - started < 0.5
    assert any(started < t < max(heard) for t in others_ran[1:]), "the loop was held for the whole message"
    for socket in sockets:
        await socket.close()
