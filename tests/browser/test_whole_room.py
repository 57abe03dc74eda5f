"""Issue 13, done when: a facilitator opens the room, 3 browsers and 60 simulated phones join, write ideas
in silent writing and vote at once; the facilitator reveals; the report and the exchange file show the
ideas and votes like any others.

As the app runs it: the real main window, console and shared screen in qasync's loop inside Qt's, the
room opened from Run ▸ Room of phones…, and the facilitator pressing the console's buttons (see
facilitator_console.py). Three real phone pages in headless chromium at a phone's size, each driven from
a thread of its own, and sixty aiohttp phones from addresses of their own (phone_crowd.py) join, write
and vote at the same time. Then the app's own export (``export --pdf --json``) is read back: every
device's idea once, every ballot once, the totals the sum of the ballots sent.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.browser.conftest import BrowserPaths, _missing
from tests.browser.facilitator_console import Facilitator, isolated_settings, until
from tests.browser.phone_crowd import (
    CrowdPhone,
    PhoneCrowd,
    hidden_view_problems,
    loopback_addresses_work,
    names_shown,
)
from tests.browser.phone_in_hand import PersonWithPhone, view_from_the_page
from workshop.cli import main as cli
from workshop.domain.agenda import PhaseKind
from workshop.domain.language import Language
from workshop.services import agenda, ballots, ideas, participants, questions, silent_writing, workshops
from workshop.store.library import Library
from workshop.store.location import library_path
from workshop.ui.session import Session
from workshop.ui.translation import remove_translators

pytestmark = pytest.mark.slow

T = TypeVar("T")
TITLE = "Tryggare skolvägar"
BROWSER_PEOPLE = ("Karin", "Oskar", "Lena")
CROWD, NAMED_IN_CROWD = 60, 30  # 30 phones pick a name on the roster, 30 join anonymously
DEVICES = len(BROWSER_PEOPLE) + CROWD
DOTS, MAX_PER_ITEM = 5, 2
TOPICS = (
    "lampor vid övergången",
    "gångfartsgata förbi skolan",
    "cykelbuss på onsdagar",
    "skolpatrull vid rondellen",
    "farthinder på Storgatan",
    "säkra cykelställ",
    "reflexvästar till ettorna",
    "trafikvakt vid bussen",
)


@dataclass
class Day:
    lib: Library
    data_dir: Path
    workshop_id: str
    people: dict[str, str]  # name -> participant id
    writing: str  # the agenda's silent-writing phase
    voting: str  # the agenda's voting phase


@pytest.fixture
def day(tmp_path: Path, qapp: QApplication, browser_paths: BrowserPaths) -> Iterator[Day]:
    """The workshop as the facilitator planned it: a roster of 33, a question, writing then voting."""
    if not loopback_addresses_work(CROWD):
        _missing(f"this machine cannot send from 127.0.0.2 … 127.0.0.{CROWD + 1} (each phone's address)")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    lib = Library.open(library_path(data_dir))
    workshop, _ = workshops.create(lib, TITLE, language="sv")
    names = [*BROWSER_PEOPLE, *(f"Deltagare {n:02d}" for n in range(1, NAMED_IN_CROWD + 1))]
    people = {name: participants.add(lib, workshop.id, name)[0].id for name in names}
    questions.add(lib, workshop.id, "Hur kan vi göra skolvägen tryggare?")
    writing, _ = agenda.add(lib, workshop.id, PhaseKind.IDEAS, "Tyst skrivande", planned_minutes=10)
    voting, _ = agenda.add(lib, workshop.id, PhaseKind.VOTING, "Prickröstning", planned_minutes=10)
    remove_translators(qapp)
    yield Day(lib, data_dir, workshop.id, people, writing.id, voting.id)
    for widget in QApplication.topLevelWidgets():  # no widget timer may touch a closed library
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    remove_translators(qapp)
    lib.close()


def crowd_idea(phone: CrowdPhone) -> str:
    return f"Telefon {phone.number + 1:02d}: {TOPICS[phone.number % len(TOPICS)]}"


def a_full_ballot(rng: random.Random, items: list[str]) -> dict[str, int]:
    ballot: dict[str, int] = {}
    while sum(ballot.values()) < DOTS:
        item = rng.choice(items)
        if ballot.get(item, 0) < MAX_PER_ITEM:
            ballot[item] = ballot.get(item, 0) + 1
    return ballot


def sum_of(ballots_sent: dict[str, dict[str, int]]) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for ballot in ballots_sent.values():
        totals.update(ballot)
    return dict(totals)


def totals_shown(view: dict[str, Any] | None) -> dict[str, int]:
    """Idea text -> dots, as a phone's view gives them once revealed (else nothing)."""
    voting_round = (view or {}).get("round") or {}
    texts = {item["id"]: item["text"] for item in voting_round.get("items", [])}
    return {texts[r["item_id"]]: r["dots"] for r in voting_round.get("results", []) if r["dots"]}


# --- the sixty phones (run in the crowd's own loop) ------------------------------------------------------


async def crowd_joins_and_writes(crowd: PhoneCrowd, people: dict[str, str]) -> dict[int, str]:
    """Every phone joins (30 by name, 30 anonymously) and writes one idea; phones 1-4 send it twice at
    once, 5-8 again after the answer (the answer "lost on the Wi-Fi"): the same seq, so the same idea.
    Returns phone number -> idea id."""
    named = [people[f"Deltagare {n:02d}"] for n in range(1, NAMED_IN_CROWD + 1)]
    who = named + [None] * (CROWD - NAMED_IN_CROWD)
    await asyncio.gather(*(phone.join(pid) for phone, pid in zip(crowd.phones, who, strict=True)))

    async def write(phone: CrowdPhone) -> str:
        text = crowd_idea(phone)
        if phone.number < 4:
            phone.own_texts.add(text)
            body = {"seq": phone.next_seq(), "text": text}
            first, again = await asyncio.gather(
                phone.post("/api/ideas", body), phone.post("/api/ideas", body)
            )
        else:
            first = again = await phone.write_idea(text)
            if phone.number < 8:
                again = await phone.post("/api/ideas", {"seq": phone.seq, "text": text})
        assert first[0] == again[0] == 201, (first, again)
        assert first[1]["idea"] == again[1]["idea"], (first, again)
        return str(first[1]["idea"]["id"])

    made = await asyncio.gather(*(write(phone) for phone in crowd.phones))
    return {phone.number: idea_id for phone, idea_id in zip(crowd.phones, made, strict=True)}


async def crowd_votes(crowd: PhoneCrowd, round_id: str) -> dict[str, dict[str, int]]:
    """Every phone casts a full ballot while the browsers vote: phones 1-30 at moments spread over the
    two seconds the browsers take to place their dots, phones 31-60 the moment a browser sends its
    ballot. Phones 1-4 send it twice at once, 5-8 again after "counted", 9-10 try a second, other
    ballot. Returns phone name -> the ballot it sent (item id -> dots)."""

    async def vote(phone: CrowdPhone) -> tuple[str, dict[str, int]]:
        voting_round = (await phone.state())["round"]
        assert voting_round["id"] == round_id, voting_round
        assert voting_round["state"] == "waiting", voting_round
        mine = [i["id"] for i in voting_round["items"] if i["own"]]
        items = [i["id"] for i in voting_round["items"] if i["may_vote"]]
        assert len(mine) == 1
        assert mine[0] not in items  # the round keeps to the own-idea rule
        ballot = a_full_ballot(crowd.rng, items)
        if phone.number < CROWD // 2:
            await asyncio.sleep(crowd.rng.random() * 2.0)
        else:
            while not crowd.browsers_sending.is_set():
                await asyncio.sleep(0.01)
        body = {"seq": phone.next_seq(), "round_id": round_id, "dots": ballot}
        if phone.number < 4:
            first, again = await asyncio.gather(
                phone.post("/api/ballot", body), phone.post("/api/ballot", body)
            )
        else:
            first = again = await phone.post("/api/ballot", body)
            if phone.number < 8:
                again = await phone.post("/api/ballot", body)
        assert first == again == (200, {"counted": True, "seq": body["seq"], "round_id": round_id})
        if 8 <= phone.number < 10:
            other = {"seq": phone.next_seq(), "round_id": round_id, "dots": a_full_ballot(crowd.rng, items)}
            status, refused = await phone.post("/api/ballot", other)
            assert (status, refused["error"]) == (409, "ballot_done")
        return phone.name, ballot

    return dict(await asyncio.gather(*(vote(phone) for phone in crowd.phones)))


# --- the whole day --------------------------------------------------------------------------------------


def test_a_whole_room_of_phones_writes_votes_and_ends_in_the_report(
    day: Day, make_phone: Callable[[], Any], qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    import qasync

    wid = day.workshop_id
    settings = isolated_settings(str(tmp_path / "settings"))
    settings.set_language(Language.EN)
    facilitator = Facilitator(Session(day.lib, Language.EN), settings, wid)
    qtbot.addWidget(facilitator.window)
    hands = ThreadPoolExecutor(max_workers=len(BROWSER_PEOPLE), thread_name_prefix="hand")
    people = [
        PersonWithPhone(None, name, f"Webbläsare {n}: {TOPICS[-n]}")
        for n, name in enumerate(BROWSER_PEOPLE, 1)
    ]
    crowds: list[PhoneCrowd] = []
    sent: dict[str, dict[str, int]] = {}  # name -> the ballot sent, idea text -> dots

    async def in_hands(step: Callable[[PersonWithPhone], T]) -> list[T]:
        """The same step on every browser at once, each in a thread of its own."""
        return list(await asyncio.gather(*(asyncio.wrap_future(hands.submit(step, p)) for p in people)))

    async def in_crowd(make: Callable[[], Any]) -> Any:
        return await asyncio.wrap_future(crowds[0].submit(make))

    async def the_day() -> None:
        # The facilitator opens the room (its QR on the shared screen) while the phones' browsers start,
        # starts the writing phase and turns silent writing on.
        starting = [asyncio.wrap_future(hands.submit(make_phone)) for _ in people]
        await facilitator.open_room()
        facilitator.start_phase(day.writing)
        facilitator.silent_writing_on()
        for person, driver in zip(people, await asyncio.gather(*starting), strict=True):
            person.driver = driver
        room = facilitator.room
        join_url = room.join_url
        everyone = {*day.people, *(f"Anonym {n}" for n in range(1, CROWD - NAMED_IN_CROWD + 1))}
        crowds.append(crowd := PhoneCrowd(room.address, room.join_code, CROWD, everyone))

        # 3 browsers and 60 phones join and write, all at once.
        _, crowd_ideas = await asyncio.gather(
            in_hands(lambda person: person.join_and_write(join_url)),
            in_crowd(lambda: crowd_joins_and_writes(crowd, day.people)),
        )
        written = {i.text: i for i in ideas.list_ideas(day.lib, wid)}
        assert len(written) == DEVICES  # none lost, none twice (the re-sent ones included)
        joined = f"{DEVICES} mobiler anslutna"  # the shared screen's count, in the workshop's language
        await until(lambda: facilitator.phones_joined() == joined, joined)
        facilitator.hide_join_qr()

        # While hidden: off the shared screen, and each phone sees its own idea only.
        assert set(silent_writing.hidden_ideas(day.lib, wid)) == {i.id for i in written.values()}
        assert not set(facilitator.shared_screen_ideas()) & set(written)
        for person, view in zip(people, await in_hands(PersonWithPhone.sees_only_own_idea), strict=True):
            assert view["silent"] is True
            assert [(i["text"], i["own"]) for i in view["ideas"]] == [(person.idea, True)]
        views = await in_crowd(lambda: asyncio.gather(*(p.state() for p in crowd.phones)))
        for phone, view in zip(crowd.phones, views, strict=True):
            assert [(i["id"], i["own"]) for i in view["ideas"]] == [(crowd_ideas[phone.number], True)]

        # The facilitator reveals the ideas: the shared screen and every phone page show them.
        hidden_said = f"&Reveal {DEVICES} hidden idea(s)"
        await until(lambda: facilitator.reveal_ideas_said() == hidden_said, hidden_said)
        crowd.reveals.ideas.set()
        facilitator.reveal_ideas()
        assert not silent_writing.hidden_ideas(day.lib, wid)
        await until(facilitator.shared_screen_ideas, "the ideas on the shared screen")
        assert set(facilitator.shared_screen_ideas()) <= set(written)
        await in_hands(lambda person: person.sees_ideas(set(written)))

        # The voting phase, and a dot round made with "New round…".
        facilitator.start_phase(day.voting)
        round_id = facilitator.new_dot_round(
            "Vilka idéer tar vi vidare?", DOTS, MAX_PER_ITEM, allow_own=False
        )

        # Everyone votes at once: each browser presses + on three ideas (none its own), the phones send.
        for n, person in enumerate(people):
            chosen = [
                crowd_idea(crowd.phones[n * 7]),
                crowd_idea(crowd.phones[n * 7 + 1]),
                people[n - 1].idea,
            ]
            sent[person.name] = {chosen[0]: 2, chosen[1]: 2, chosen[2]: 1}
        _, crowd_ballots = await asyncio.gather(
            in_hands(lambda person: person.vote(sent[person.name], crowd.browsers_sending)),
            in_crowd(lambda: crowd_votes(crowd, round_id)),
        )
        text_of = {i.id: i.text for i in written.values()}
        for name, ballot in crowd_ballots.items():
            sent[name] = {text_of[item]: dots for item, dots in ballot.items()}
        turnout = ballots.turnout(day.lib, round_id)
        assert not turnout.waiting
        assert len(turnout.voted) == DEVICES  # no ballot lost
        await until(lambda: f"{DEVICES} of {DEVICES}" in facilitator.turnout_said(), "the console's turnout")
        for person, view in zip(people, await in_hands(lambda p: view_from_the_page(p.driver)), strict=True):
            assert not hidden_view_problems(view, {person.idea}, crowd.reveals)  # no totals yet
            assert not names_shown(view, everyone)

        # The facilitator closes the voting and reveals the result: every phone page shows the totals.
        facilitator.close_voting()
        crowd.reveals.results.set()
        facilitator.reveal_result()
        for shown in await in_hands(PersonWithPhone.results):
            assert {text: dots for text, dots in shown.items() if dots} == sum_of(sent)
        await until(
            lambda: all(totals_shown(phone.last_view) == sum_of(sent) for phone in crowd.phones),
            "the totals on every simulated phone (told on the live channel)",
        )
        assert not crowd.problems, crowd.problems[:5]
        assert all(phone.views_seen > 3 for phone in crowd.phones)  # the live channel reached each one

    async def the_day_then_close() -> None:
        try:
            await asyncio.wait_for(the_day(), timeout=150)
        finally:
            await facilitator.close_room()

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(the_day_then_close())
    finally:
        for crowd in crowds:
            crowd.close()
        hands.shutdown(wait=False)
        asyncio.set_event_loop(None)
        loop.close()

    # The app's own export, as the command line makes it, read back.
    pdf, exchange = tmp_path / "rapport.pdf", tmp_path / "workshop.json"
    assert (
        cli(["--data-dir", str(day.data_dir), "export", wid, "--pdf", str(pdf), "--json", str(exchange)]) == 0
    )
    devices_ideas = {person.idea for person in people} | {crowd_idea(phone) for phone in crowds[0].phones}
    assert len(devices_ideas) == DEVICES
    exchange_file_shows(json.loads(exchange.read_text(encoding="utf-8")), devices_ideas, sent)
    report_shows(pdf, devices_ideas, sum_of(sent))


def exchange_file_shows(
    document: dict[str, Any], devices_ideas: set[str], sent: dict[str, dict[str, int]]
) -> None:
    """Every device's idea once, like any idea; every ballot once, as it was sent."""
    texts = Counter(i["text"] for i in document["ideas"])
    assert set(texts) == devices_ideas
    assert set(texts.values()) == {1}, texts
    names = {p["id"]: p["name"] for p in document["participants"]}
    (question,) = document["questions"]
    for idea in document["ideas"]:  # an author, the question in focus, shown to the room now
        assert idea["author_id"] in names, idea
        assert idea["question_id"] == question["id"], idea
        assert idea["revealed"], idea
    anonymous = {f"Anonym {n}" for n in range(1, CROWD - NAMED_IN_CROWD + 1)}
    assert len(sent) == DEVICES  # 63 voters, each with a name of its own
    assert anonymous <= set(sent)
    assert {names[i["author_id"]] for i in document["ideas"]} == set(sent)  # 33 on the roster, 30 anonymous
    (voting_round,) = document["voting_rounds"]
    assert voting_round["revealed"]
    assert voting_round["status"] == "closed"
    assert Counter(b["state"] for b in voting_round["ballots"]) == {"done": DEVICES}
    text_of = {i["id"]: i["text"] for i in document["ideas"]}
    cast: dict[str, dict[str, int]] = {}
    for vote in voting_round["votes"]:
        cast.setdefault(names[vote["participant_id"]], {})[text_of[vote["item_id"]]] = vote["dots"]
    assert cast == sent
    totals: Counter[str] = Counter()
    for vote in voting_round["votes"]:
        totals[text_of[vote["item_id"]]] += vote["dots"]
    assert dict(totals) == sum_of(sent)


def report_shows(pdf: Path, devices_ideas: set[str], totals: dict[str, int]) -> None:
    """The report's text layer: every idea; how many voted; the ranked table's rows (idea, dots)."""
    report = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages).split())
    missing = sorted(text for text in devices_ideas if text not in report)
    assert not missing, missing
    assert f"{DEVICES} av {DEVICES} närvarande har röstat." in report
    ranked = sorted(totals.values(), reverse=True)
    surely_listed = ranked[29] if len(ranked) > 30 else 0  # the table lists the first 30 with dots
    rows = [f"{text} {dots}" for text, dots in totals.items() if dots > surely_listed]
    assert rows
    assert not [row for row in rows if row not in report], report
