"""The room of phones under a burst, beside a bare baseline in the same run (issue 13's figures).

    .venv/bin/python benchmarks/room_burst.py [--phones 60] [--idle 200]

1. N phones (aiohttp clients on 127.0.0.1) each cast a full dot ballot in the same second: every ballot
   committed, none lost; send -> acknowledged p50/p99; how long after the last ack a listening phone hears
   of it on the live channel; the event loop's lag p99 during the burst (in the app this loop is Qt's).
   Baseline: a bare aiohttp handler that commits the same rows (a ballot row and its vote rows) with
   sqlite3 (WAL, synchronous=FULL), the same burst.
2. M idle phones connected (joined, WebSocket open; the clients run in another process): the server
   process's resident memory over the same process before aiohttp was imported and the room started.
3. The phone page's first-load bytes.

The same burst with the real console (Qt's loop, the facilitator's keys, the counts on screen):
``python -m benchmarks.room_screen``.

All phones come from one address here, so the room runs with its per-address limit raised (on a real
network each phone has its own address). Nothing is asserted: this prints figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workshop.services import ballots, ideas, participants, room, voting, workshops  # noqa: E402
from workshop.services.changes import Area  # noqa: E402
from workshop.store.library import Library  # noqa: E402

DOTS, MAX_PER_ITEM, IDEAS = 5, 3, 30


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def a_ballot(rng: random.Random, items: list[str]) -> dict[str, int]:
    ballot: dict[str, int] = {}
    while sum(ballot.values()) < DOTS:
        item = rng.choice(items)
        if ballot.get(item, 0) < MAX_PER_ITEM:
            ballot[item] = ballot.get(item, 0) + 1
    return ballot


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


class LoopLag:
    """How late a 10 ms sleep wakes up: the loop's responsiveness while the burst is served."""

    def __init__(self) -> None:
        self.lags: list[float] = []
        self.running = True

    async def run(self) -> None:
        while self.running:
            start = time.perf_counter()
            await asyncio.sleep(0.01)
            self.lags.append((time.perf_counter() - start - 0.01) * 1000)


BURST_CLIENTS = r"""
import asyncio, json, sys, time, aiohttp
async def main(base, path):
    plan = json.loads(sys.stdin.readline())
    sessions = []
    for phone in plan:
        s = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        if phone["join"] is not None:
            async with s.post(base + "/api/join", json=phone["join"], headers={"Origin": base}) as r:
                assert r.status == 200, await r.text()
        else:  # warm the connection, as a phone's is warm after joining
            async with s.post(base + path, json=phone["warm"], headers={"Origin": base}) as r:
                await r.read()
        sessions.append(s)
    fetches = [0]
    async def like_the_page(s):  # on every message, after 0-150 ms, fetch the phone's view (one at a time)
        import random
        async with s.ws_connect(base + "/api/live", origin=base) as w:
            async for m in w:
                await asyncio.sleep(random.random() * 0.15)
                async with s.get(base + "/api/state") as r:
                    await r.read()
                    fetches[0] += 1
    live = [asyncio.create_task(like_the_page(s)) for s, p in zip(sessions, plan) if p["join"] and LIVE]
    await asyncio.sleep(1.0 if live else 0)
    print("ready", flush=True)
    sys.stdin.readline()
    async def one(s, body):
        start = time.perf_counter()
        async with s.post(base + path, json=body, headers={"Origin": base}) as r:
            await r.read()
            return (time.perf_counter() - start) * 1000, r.status, time.time()
    results = await asyncio.gather(*(one(s, p["body"]) for s, p in zip(sessions, plan)))
    await asyncio.sleep(1.0 if live else 0)
    print(json.dumps({"results": results, "fetches": fetches[0]}), flush=True)
    for t in live:
        t.cancel()
    for s in sessions:
        await s.close()
LIVE = sys.argv[3] == "live"
asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


async def burst(
    base: str, path: str, plan: list[dict], lag: LoopLag | None = None, live: bool = False
) -> tuple[list[float], int, float, int]:
    """Phones in another process send every body at once; returns send -> ack (ms), how many were 2xx, and
    the wall time of the last ack."""
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        BURST_CLIENTS,
        base,
        path,
        "live" if live else "plain",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write((json.dumps(plan) + "\n").encode())
    await child.stdin.drain()
    assert (await child.stdout.readline()).strip() == b"ready"
    if lag is not None:
        lag.lags.clear()
    child.stdin.write(b"go\n")
    await child.stdin.drain()
    answer = json.loads(await child.stdout.readline())
    results = answer["results"]
    await child.wait()
    acked = sum(1 for r in results if 200 <= r[1] < 300)
    return [r[0] for r in results], acked, max(r[2] for r in results), answer["fetches"]


async def room_run(folder: Path, phones: int, live: bool = False) -> dict[str, float]:
    import aiohttp

    from workshop.room.guard import RoomLimits
    from workshop.room.server import RoomServer

    lib = Library.open(folder / f"library-{live}.sqlite")
    workshop, _ = workshops.create(lib, "Burst", language="sv")
    people = [participants.add(lib, workshop.id, f"Person {n}")[0].id for n in range(phones + 1)]
    items = [ideas.add(lib, workshop.id, f"Idé {n}")[0].id for n in range(IDEAS)]
    voting_round, _ = voting.create_round(
        lib, workshop.id, "Burst", "dots", dots_per_person=DOTS, max_per_item=MAX_PER_ITEM
    )
    commits: list[float] = []  # when the console heard of ballots (once per group commit)
    limits = RoomLimits(address_burst=100_000, address_per_second=100_000.0)
    server = RoomServer(
        lib,
        workshop.id,
        host="127.0.0.1",
        port=0,
        limits=limits,
        on_change=lambda changes: commits.append(time.time()) if changes.touches(Area.VOTES) else None,
    )
    await server.start()
    code = server.join_code
    watcher = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with watcher.post(
        server.base_url + "/api/join",
        json={"code": code, "participant_id": people[-1]},
        headers={"Origin": server.base_url},
    ) as response:
        assert response.status == 200
    socket = await watcher.ws_connect(server.base_url + "/api/live", origin=server.base_url)
    await socket.receive()
    heard: list[float] = []

    async def listen() -> None:
        async for message in socket:
            if json.loads(message.data)["type"] == "changed":
                heard.append(time.time())

    listener = asyncio.create_task(listen())
    rng = random.Random(1)
    plan = [
        {
            "join": {"code": code, "participant_id": pid},
            "body": {"seq": 1, "round_id": voting_round.id, "dots": a_ballot(rng, items)},
        }
        for pid in people[:phones]
    ]
    lag = LoopLag()
    lag_task = asyncio.create_task(lag.run())
    times, acked, last_ack, fetches = await burst(server.base_url, "/api/ballot", plan, lag, live)
    await asyncio.sleep(0.6)
    lag.running = False
    await lag_task
    burst_commits = commits
    after = [t for t in heard if t >= burst_commits[-1]]
    voted = len(ballots.turnout(lib, voting_round.id).voted)
    votes = lib.conn.execute(
        "SELECT COALESCE(SUM(dots), 0) FROM votes WHERE round_id = ?", [voting_round.id]
    ).fetchone()[0]
    first_load = sum(len(body) for body, _ in server.static.values())
    listener.cancel()
    await socket.close()
    await watcher.close()
    groups = server.writes.groups
    await server.stop()
    lib.close()
    return {
        "acked": acked,
        "voted": voted,
        "dots": votes,
        "expected_dots": phones * DOTS,
        "p50": statistics.median(times),
        "p99": percentile(times, 99),
        "burst_ms": (burst_commits[-1] - burst_commits[0]) * 1000,
        "heard_ms": (after[0] - burst_commits[-1]) * 1000 if after else float("nan"),
        "lag_p99": percentile(lag.lags, 99) if lag.lags else 0.0,
        "lag_max": max(lag.lags or [0.0]),
        "first_load": first_load,
        "groups": groups,
        "fetches": fetches,
    }


async def baseline_run(folder: Path, phones: int) -> dict[str, float]:
    """A bare aiohttp handler committing one ballot row and its vote rows with sqlite3."""
    from aiohttp import web

    conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.executescript(
        "CREATE TABLE ballots (round_id TEXT, participant_id TEXT, state TEXT,"
        " PRIMARY KEY (round_id, participant_id));"
        "CREATE TABLE votes (id TEXT PRIMARY KEY, round_id TEXT, participant_id TEXT, item_id TEXT,"
        " dots INTEGER);"
    )

    async def handler(request: web.Request) -> web.Response:
        body = await request.json()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO ballots VALUES (?, ?, 'done')", ["r", body["who"]])
        for item, dots in body["dots"].items():
            conn.execute(
                "INSERT INTO votes VALUES (?, ?, ?, ?, ?)", [str(uuid.uuid4()), "r", body["who"], item, dots]
            )
        conn.execute("COMMIT")
        return web.json_response({"counted": True})

    app = web.Application()
    app.router.add_post("/ballot", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    rng = random.Random(1)
    items = [f"i{n}" for n in range(IDEAS)]
    plan = [
        {
            "join": None,
            "warm": {"who": f"warm{n}", "dots": {}},
            "body": {"who": f"p{n}", "dots": a_ballot(rng, items)},
        }
        for n in range(phones)
    ]
    lag = LoopLag()
    lag_task = asyncio.create_task(lag.run())
    times, acked, _, _ = await burst(f"http://127.0.0.1:{port}", "/ballot", plan, lag)
    lag.running = False
    await lag_task
    committed = conn.execute("SELECT COUNT(*) FROM ballots WHERE participant_id LIKE 'p%'").fetchone()[0]
    await runner.cleanup()
    conn.close()
    return {
        "acked": acked,
        "committed": committed,
        "p50": statistics.median(times),
        "p99": percentile(times, 99),
        "lag_p99": percentile(lag.lags, 99) if lag.lags else 0.0,
    }


IDLE_CLIENTS = r"""
import asyncio, json, sys, aiohttp
async def main(base, code, ids):
    sessions, sockets = [], []
    for pid in ids:
        s = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        join = {"code": code, "participant_id": pid}
        async with s.post(base + "/api/join", json=join, headers={"Origin": base}) as r:
            assert r.status == 200, await r.text()
        sockets.append(await s.ws_connect(base + "/api/live", origin=base))
        sessions.append(s)
    print("ready", flush=True)
    sys.stdin.readline()
    for w in sockets: await w.close()
    for s in sessions: await s.close()
asyncio.run(main(sys.argv[1], sys.argv[2], json.loads(sys.stdin.readline())))
"""


async def idle_run(folder: Path, idle: int, before_mb: float) -> dict[str, float]:
    from workshop.room.guard import RoomLimits
    from workshop.room.server import RoomServer

    lib = Library.open(folder / "idle.sqlite")
    workshop, _ = workshops.create(lib, "Idle", language="sv")
    people = [participants.add(lib, workshop.id, f"Person {n}")[0].id for n in range(idle)]
    limits = RoomLimits(address_burst=100_000, address_per_second=100_000.0)
    server = RoomServer(lib, workshop.id, host="127.0.0.1", port=0, limits=limits)
    await server.start()
    started_mb = rss_mb()
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        IDLE_CLIENTS,
        server.base_url,
        server.join_code,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write((json.dumps(people) + "\n").encode())
    await child.stdin.drain()
    line = await child.stdout.readline()
    assert line.strip() == b"ready", line
    await asyncio.sleep(0.5)
    connected = server.live.connected
    with_phones = rss_mb()
    child.stdin.write(b"\n")
    await child.stdin.drain()
    await child.wait()
    await server.stop()
    lib.close()
    return {
        "connected": connected,
        "before": before_mb,
        "room_started": started_mb,
        "with_phones": with_phones,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--idle", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Library.open(folder / "warm.sqlite") as lib:  # the app without the room: library open
            room.settings(lib, workshops.create(lib, "Warm")[0].id)
        before = rss_mb()  # aiohttp not imported yet
        assert "aiohttp" not in sys.modules
        idle = asyncio.run(idle_run(folder, args.idle, before))
        result = asyncio.run(room_run(folder, args.phones))
        paged = asyncio.run(room_run(folder, args.phones, live=True))
        bare = asyncio.run(baseline_run(folder, args.phones))
    print(f"Burst: {args.phones} phones, one full ballot each ({DOTS} dots), sent at once on 127.0.0.1")
    print(
        f"  room:     acked {result['acked']}/{args.phones}, ballots cast {result['voted']}, "
        f"dots stored {result['dots']}/{result['expected_dots']}; send->ack p50 {result['p50']:.1f} ms, "
        f"p99 {result['p99']:.1f} ms (target <= 100 ms); first to last commit {result['burst_ms']:.0f} ms "
        f"in {result['groups']} group commits"
    )
    print(
        f"  baseline: acked {bare['acked']}/{args.phones}, committed {bare['committed']}; "
        f"send->ack p50 {bare['p50']:.1f} ms, p99 {bare['p99']:.1f} ms, "
        f"loop lag p99 {bare['lag_p99']:.1f} ms "
        f"(bare aiohttp + sqlite3, WAL, FULL, one commit per ballot)"
    )
    print(
        f"  a listening phone heard of the last ballot {result['heard_ms']:.1f} ms after its commit "
        f"(target <= 500 ms); the room's event-loop lag p99 {result['lag_p99']:.1f} ms, "
        f"max {result['lag_max']:.1f} ms (target p99 <= 50 ms)"
    )
    print(
        f"  the same burst with every phone also on the live channel, fetching its view after each message "
        f"as the page does ({paged['fetches']} fetches): acked {paged['acked']}/{args.phones}, "
        f"send->ack p50 {paged['p50']:.1f} ms, p99 {paged['p99']:.1f} ms; "
        f"loop lag p99 {paged['lag_p99']:.1f} ms, max {paged['lag_max']:.1f} ms"
    )
    print(f"Idle: {idle['connected']} phones joined with the live channel open")
    print(
        f"  resident memory: {idle['before']:.1f} MB without the room, "
        f"{idle['room_started']:.1f} MB room open, "
        f"{idle['with_phones']:.1f} MB with the phones: +{idle['with_phones'] - idle['before']:.1f} MB "
        f"(target <= +50 MB)"
    )
    print(
        f"Phone page first load: {result['first_load']:,} bytes "
        "(index.html + room.css + room.js; target <= 102,400)"
    )


if __name__ == "__main__":
    main()
