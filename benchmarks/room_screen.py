"""The room of phones as the facilitator lives it: the console's typing and counts while 60 phones vote.

    .venv/bin/python -m benchmarks.room_screen        (BENCH_PHONES=60, BENCH_IDLE_SECONDS=2)

The real app in one process, as ``workshop.app`` runs it: a QApplication with qasync's loop, the
MainWindow on a workshop's voting phase, the shared screen open on the round, the room's panel open and the
room's server (``RoomServer`` through the console's ``RoomHost``) serving in that same loop. The phones are
aiohttp clients in another process (``room_burst.BURST_CLIENTS``), so their own work is not the app's; they
are on the live channel and fetch their view after each message, as the page does.

Two figures of issue 13, each beside a baseline from the same run:

1. **The facilitator's typing during the burst.** A thread outside the loop "presses" a key every 10 ms
   (``QCoreApplication.postEvent`` of a key press to the console's phase-title field, letters and
   backspaces in turn); the lag of a key is the time from when it was due to when the field handled it
   (its ``textEdited``). Counting from when it was due, not from when the thread got to post it, also
   counts the time the thread waited for the interpreter while the loop held it. Figure: keys due from the
   first ballot sent to 0.5 s after the last ack; baseline: the same probe for a few seconds with the
   room open and the phones joined but idle.
2. **The console shows the new count.** From the last phone's ack (its clock) to the moment each console
   widget shows the count (the room panel's "N voted in …", the voting panel's "N of M present have
   voted.") and the shared screen shows it ("N of M have voted", and "Everyone has voted" once all
   have). Read every 5 ms in the GUI thread from what the widget shows; negative: the widget showed it
   before the phone had its answer (the console hears of a ballot before its reply is sent). Baseline:
   one phone voting alone, its ack to the count shown. Another widget is one more :class:`CountProbe`.

Printed beside them, to read the figures with: how many times the console and the shared screen redrew
for the phones' writes during the burst and the GUI thread's time in it (the room's ``on_change``, wrapped),
and send -> ack p99 with the real console in the loop. Each figure is one burst (60-100 keys in its
window: the p99 is about the second-slowest key); the machine's load moves it a lot, so read several runs.

All phones come from one address here, so the room's per-address limit is raised (on a real network each
phone has its own address). Nothing is asserted: this prints figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.room_burst import BURST_CLIENTS, DOTS, IDEAS, MAX_PER_ITEM, a_ballot, percentile

ROOT = Path(__file__).resolve().parents[1]
PHONES = int(os.environ.get("BENCH_PHONES", "60"))
IDLE_SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "2"))
KEY_PERIOD = 0.010  # one key every 10 ms: a sample rate, not a typing speed
READ_PERIOD_MS = 5  # how often the counts on screen are read
AFTER_LAST_ACK = 0.5  # keys due this long after the last ack still count as "during the burst"


# --- the facilitator's keys ---------------------------------------------------------------------------


class Typist:
    """Keys pressed on a steady clock from a thread outside the loop; each one's lag is measured when the
    field handles it. Posted events to one receiver are delivered in order, so due times queue up FIFO."""

    def __init__(self, line: Any) -> None:
        self.line = line
        self.due: deque[float] = deque()
        self.handled: list[tuple[float, float]] = []  # (due, handled) in perf_counter seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.posted = 0
        line.textEdited.connect(self._handled)
        from PySide6.QtGui import QInputDevice

        # A key event made without a device asks for the primary keyboard, which Qt makes on first use
        # as a child of the application: made here, in the GUI thread, not in the typist's.
        QInputDevice.primaryKeyboard()

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._press, name="facilitator-keys", daemon=True)
        self._thread.start()

    async def stop(self) -> None:
        """Stop pressing; returns once every key pressed has been handled."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        await until(lambda: not self.due)
        assert len(self.handled) == self.posted, "a key was not handled by the field"

    def _press(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        due = time.perf_counter()
        letter = True
        while not self._stop.is_set():
            due += KEY_PERIOD
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            key, text = (Qt.Key.Key_A, "a") if letter else (Qt.Key.Key_Backspace, "")
            letter = not letter
            self.due.append(due)
            self.posted += 1
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
            QCoreApplication.postEvent(self.line, event)

    def _handled(self, _text: str) -> None:
        now = time.perf_counter()
        if self.due:
            self.handled.append((self.due.popleft(), now))

    def lags_ms(self, since: float, until: float) -> list[float]:
        """Lags of the keys due in [since, until] (perf_counter seconds)."""
        return [(done - due) * 1000 for due, done in self.handled if since <= due <= until]


def lag_figures(lags: list[float]) -> dict[str, float]:
    if not lags:
        return {"n": 0, "p50": float("nan"), "p99": float("nan"), "max": float("nan")}
    return {
        "n": len(lags),
        "p50": statistics.median(lags),
        "p99": percentile(lags, 99),
        "max": max(lags),
    }


# --- what the screens show ----------------------------------------------------------------------------


@dataclass
class CountProbe:
    """One widget that shows how many have voted: *read* returns the count it shows now (None: none)."""

    name: str
    read: Callable[[], int | None]
    seen: dict[int, float] = field(default_factory=dict)  # count -> wall time it was first shown

    def look(self) -> None:
        count = self.read()
        if count is not None and count not in self.seen:
            self.seen[count] = time.time()


def count_in(pattern: str, text: Callable[[], str], visible: Callable[[], bool]) -> Callable[[], int | None]:
    """A reader for a count in a widget's text, when the widget is on screen."""
    compiled = re.compile(pattern)

    def read() -> int | None:
        if not visible():
            return None
        found = compiled.search(text())
        return int(found.group(1)) if found else None

    return read


def console_probes(window: Any) -> list[CountProbe]:
    """The counts the console shows: the room panel's title and the voting panel's turnout."""
    room = window.room_of_phones
    panel = room.panel
    workspace = window.console.current_workspace()
    return [
        CountProbe(
            "room panel",
            count_in(r"(\d+) voted in", panel.devices_box.title, panel.devices_box.isVisible),
        ),
        CountProbe(
            "voting panel",
            count_in(
                r"^(\d+) of \d+ present have voted",
                workspace.panel.turnout_label.text,
                workspace.panel.turnout_label.isVisible,
            ),
        ),
    ]


def shared_screen_probe(window: Any, everyone: int) -> CountProbe:
    """The shared screen's voting view: "N of M have voted" under "Vote on your phone" (or under "Pass
    to the next person" while some still vote at the screen); once all *everyone* present have voted it
    reads "Everyone has voted" instead of a count, which is read as *everyone*."""
    from workshop.ui.presenter.voting_view import VotingView

    pattern = re.compile(r"^(\d+) of \d+ have voted")

    def read() -> int | None:
        view = window.presenter.current_view() if window.presenter is not None else None
        if not isinstance(view, VotingView):
            return None
        for turnout in (view.privacy_phones, view.phones_page):
            found = pattern.search(turnout.count.text()) if turnout.count.isVisible() else None
            if found:
                return int(found.group(1))
        if view.message.isVisible() and view.message.text().startswith("Everyone has voted"):
            return everyone
        return None

    return CountProbe("shared screen", read)


class ConsoleTold:
    """Wraps the room's ``on_change`` (the console and the shared screen redrawing after phones' writes):
    when it was called and how long the GUI thread spent in it (wall and CPU time)."""

    def __init__(self, server: Any) -> None:
        self.tell = server.on_change
        self.calls: list[tuple[float, float, float]] = []  # (perf_counter at start, wall ms, CPU ms)
        server.on_change = self

    def __call__(self, changes: Any) -> None:
        began, cpu = time.perf_counter(), time.thread_time()
        self.tell(changes)
        self.calls.append((began, (time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000))

    def during(self, since: float, until: float) -> dict[str, float]:
        inside = [call for call in self.calls if since <= call[0] <= until]
        return {
            "n": len(inside),
            "wall": sum(c[1] for c in inside),
            "cpu": sum(c[2] for c in inside),
            "longest": max((c[1] for c in inside), default=0.0),
        }


class CountReader:
    """Reads every probe every few ms in the GUI thread (where the widgets live)."""

    def __init__(self, probes: list[CountProbe]) -> None:
        from PySide6.QtCore import QTimer

        self.probes = probes
        self.timer = QTimer()
        self.timer.setInterval(READ_PERIOD_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()
        self.look()

    def look(self) -> None:
        for probe in self.probes:
            probe.look()

    def all_show(self, count: int) -> bool:
        return all(count in probe.seen for probe in self.probes)


# --- the phones (another process) -----------------------------------------------------------------------


class Phones:
    """The burst's clients in another process: they join, then vote when told (room_burst's protocol)."""

    def __init__(self, base: str, plan: list[dict[str, Any]], *, live: bool) -> None:
        self.child = subprocess.Popen(
            [sys.executable, "-c", BURST_CLIENTS, base, "/api/ballot", "live" if live else "plain"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.child.stdin is not None
        self.child.stdin.write(json.dumps(plan) + "\n")
        self.child.stdin.flush()

    async def line(self) -> str:
        assert self.child.stdout is not None
        return await asyncio.get_running_loop().run_in_executor(None, self.child.stdout.readline)

    async def ready(self) -> None:
        got = await self.line()
        assert got.strip() == "ready", got

    def go(self) -> None:
        assert self.child.stdin is not None
        self.child.stdin.write("go\n")
        self.child.stdin.flush()

    async def results(self) -> list[tuple[float, int, float]]:
        """Per phone: send -> ack (ms), HTTP status, wall time of the ack."""
        answer = json.loads(await self.line())
        await asyncio.get_running_loop().run_in_executor(None, self.child.wait)
        return [(float(r[0]), int(r[1]), float(r[2])) for r in answer["results"]]


async def until(condition: Callable[[], object], seconds: float = 15.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("still not so after waiting")


# --- the run --------------------------------------------------------------------------------------------


def make_workshop(lib: Any, people: int) -> tuple[str, str, list[str], list[str]]:
    """A workshop in its voting phase: *people* present, 30 ideas, a dot round on the shared screen."""
    from workshop.domain.agenda import PhaseKind
    from workshop.services import agenda, ideas, participants, voting, workshops

    workshop, _ = workshops.create(lib, "Room burst", template="innovation-workshop", language="en")
    ids = [participants.add(lib, workshop.id, f"Person {n}", present=True)[0].id for n in range(people)]
    items = [ideas.add(lib, workshop.id, f"Idea {n}")[0].id for n in range(IDEAS)]
    voting.create_round(lib, workshop.id, "Burst", "dots", dots_per_person=DOTS, max_per_item=MAX_PER_ITEM)
    phase = next(i.id for i in agenda.list_agenda(lib, workshop.id) if i.kind == PhaseKind.VOTING)
    return workshop.id, phase, ids, items


@dataclass
class Shown:
    """When each probe showed *count*, after the last ack of the phones that voted for it."""

    acked: int
    phones: int
    after_ack_ms: dict[str, float]
    ack_p99: float
    window: tuple[float, float]  # perf_counter: first ballot sent, 0.5 s after the last ack


async def vote(
    base: str, plan: list[dict[str, Any]], reader: CountReader, count: int, typist: Typist | None = None
) -> tuple[Shown, list[float], list[float]]:
    """The phones in *plan* join, then vote at once; returns when each probe showed *count* after the
    last ack and, with a typist, the keys' lags while the phones were joined but idle and during the
    burst."""
    phones = Phones(base, plan, live=os.environ.get("BENCH_LIVE", "1") == "1")
    await phones.ready()
    await asyncio.sleep(0.3)  # the joins' refreshes are done
    idle: list[float] = []
    if typist is not None:
        typist.start()
        began = time.perf_counter()
        await asyncio.sleep(IDLE_SECONDS)
        idle = typist.lags_ms(began + 0.2, time.perf_counter())
    sent = time.perf_counter()
    phones.go()
    results = await phones.results()
    last_ack = max(r[2] for r in results)
    await until(lambda: reader.all_show(count))
    ends = time.perf_counter() - (time.time() - last_ack) + AFTER_LAST_ACK
    lags: list[float] = []
    if typist is not None:
        await asyncio.sleep(max(0.0, ends - time.perf_counter()) + 0.05)
        await typist.stop()
        lags = typist.lags_ms(sent, ends)
    shown = {p.name: (p.seen[count] - last_ack) * 1000 for p in reader.probes}
    acked = sum(1 for r in results if 200 <= r[1] < 300)
    ack_p99 = percentile([r[0] for r in results], 99)
    return Shown(acked, len(plan), shown, ack_p99, (sent, ends)), idle, lags


async def measure(folder: Path, phones: int) -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workshop.domain.language import Language
    from workshop.room.guard import RateLimiter, RoomLimits
    from workshop.store.library import Library
    from workshop.ui.main_window import MainWindow
    from workshop.ui.room.room_of_phones import RoomOfPhones
    from workshop.ui.session import Session
    from workshop.ui.settings import AppSettings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    lib = Library.open(folder / "library.sqlite")
    workshop_id, voting_phase, people, items = make_workshop(lib, phones + 1)
    session = Session(lib, Language.EN)
    window = MainWindow(session, AppSettings(QSettings()))
    window.room_of_phones = RoomOfPhones(window, host="127.0.0.1", port=0)
    window.resize(1280, 800)
    window.show()
    assert window.open_workshop(workshop_id)
    console = window.console
    assert console is not None
    console.select_phase(voting_phase)
    window.presenter_action.trigger()  # the shared screen, on the voting round
    assert window.presenter is not None
    window.presenter.resize(1280, 720)
    panel = window.room_of_phones.show_panel()
    assert panel is not None
    panel.open_button.click()
    room = window.room_of_phones
    await until(lambda: room.room is not None and room.room.is_open)
    assert room.room is not None
    assert room.room.server is not None
    server = room.room.server
    server.limiter = RateLimiter(RoomLimits(address_burst=100_000, address_per_second=100_000.0))
    panel.show_qr.setChecked(False)  # the voting round on the shared screen, not the join QR
    await asyncio.sleep(0.3)
    reader = CountReader([*console_probes(window), shared_screen_probe(window, phones + 1)])
    told = ConsoleTold(server)
    typist = Typist(console.agenda_editor.title)

    rng, join, round_id = random.Random(1), server.join_code, _round_id(lib, workshop_id)
    plan = [
        {
            "join": {"code": join, "participant_id": pid},
            "body": {"seq": 1, "round_id": round_id, "dots": a_ballot(rng, items)},
        }
        for pid in people
    ]
    alone, _, _ = await vote(server.base_url, plan[:1], reader, 1)
    burst, idle, lags = await vote(server.base_url, plan[1:], reader, phones + 1, typist)

    reader.timer.stop()
    panel.close()
    room.room.close_soon()
    await until(lambda: room.room is None or not room.room.is_open)
    window.close_presenter()
    window.close()
    await asyncio.sleep(0.1)
    session.close()
    return {
        "alone": alone,
        "burst": burst,
        "idle": lag_figures(idle),
        "lags": lag_figures(lags),
        "told": told.during(*burst.window),
    }


def _round_id(lib: Any, workshop_id: str) -> str:
    from workshop.services import voting

    voting_round = voting.round_on_screen(lib, workshop_id)
    assert voting_round is not None
    return voting_round.id


def run() -> list[dict[str, object]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    import qasync
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as tmp:
        QCoreApplication.setOrganizationName("IdeverkstadBenchmark")  # never the user's settings
        QCoreApplication.setApplicationName("IdeverkstadBenchmark")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # the loop must outlive the window, to the end of measure()
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            got = loop.run_until_complete(measure(Path(tmp), PHONES))
    return report(got)


def report(got: dict[str, Any]) -> list[dict[str, object]]:
    idle, lags, burst, alone = got["idle"], got["lags"], got["burst"], got["alone"]
    print(
        f"Facilitator's keys (one every {KEY_PERIOD * 1000:.0f} ms, due -> handled by the console's field):"
        f"\n  during the burst of {burst.phones} phones ({burst.acked}/{burst.phones} acked; first ballot "
        f"sent to {AFTER_LAST_ACK} s after the last ack, {lags['n']} keys): p50 {lags['p50']:.1f} ms, "
        f"p99 {lags['p99']:.1f} ms, max {lags['max']:.1f} ms (target p99 <= 50 ms)"
        f"\n  baseline, room open and phones joined but idle ({idle['n']} keys): p50 {idle['p50']:.1f} ms, "
        f"p99 {idle['p99']:.1f} ms, max {idle['max']:.1f} ms"
    )
    told = got["told"]
    print(
        f"  redraws of the console and the shared screen for the phones' writes during the burst: "
        f"{told['n']}, {told['wall']:.0f} ms of the loop ({told['cpu']:.0f} ms CPU), "
        f"the longest {told['longest']:.0f} ms; send -> ack p99 {burst.ack_p99:.0f} ms "
        f"(one phone alone: {alone.ack_p99:.0f} ms)"
    )
    print("Count shown after the last ack (negative: shown before the phone had its answer):")
    for name, after in burst.after_ack_ms.items():
        print(
            f"  {name}: {after:.0f} ms after the {burst.phones} phones' last ack; "
            f"one phone alone: {alone.after_ack_ms[name]:.0f} ms (target <= 500 ms)"
        )
    phones = f"{burst.phones} phones"
    rows: list[dict[str, object]] = [
        {
            "name": f"room: facilitator's key, due -> handled, during {phones}' ballots, p99",
            "figure": round(lags["p99"], 1),
            "baseline": round(idle["p99"], 1),
            "unit": "ms (baseline: the same keys, room idle)",
            "target": "≤ 50 ms",
        },
        {
            "name": f"room: facilitator's key during {phones}' ballots, max",
            "figure": round(lags["max"], 1),
            "baseline": round(idle["max"], 1),
            "unit": "ms (baseline: the same keys, room idle)",
            "target": "—",
        },
    ]
    for name, after in burst.after_ack_ms.items():
        rows.append(
            {
                "name": f"room: last ack -> count shown, {name} ({phones})",
                "figure": round(after, 1),
                "baseline": round(alone.after_ack_ms[name], 1),
                "unit": "ms (baseline: one phone alone)",
                "target": "≤ 500 ms",
            }
        )
    return rows


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
