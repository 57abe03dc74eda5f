"""The phone page in a real browser (Debian's headless chromium at a phone's size), against the room's
real server on 127.0.0.1: join by one's name and anonymously, write an idea, vote in a dot round while
another phone votes, see "your vote is counted", and keep a ballot in progress across a restart of the
laptop's server. axe-core checks every screen for WCAG 2.1 AA (0 violations).

The phone screens for the README are saved from these runs when asked:
``IDEVERKSTAD_PHONE_SHOTS=1 pytest tests/browser`` writes docs/screenshots/phone-*.png (otherwise they go
to the test's temporary folder, so a test run never changes the repository).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.browser.served_room import ServedRoom, SimulatedPhone
from workshop.domain.voting import BallotState, VotingMethod
from workshop.services import ballots, ideas, participants, questions, silent_writing, voting, workshops
from workshop.store.library import Library

pytestmark = pytest.mark.slow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
QUESTION = "Hur kan vi göra skolvägen tryggare?"


@dataclass
class RoomWorkshop:
    path: Path
    workshop_id: str
    people: dict[str, str]  # name -> participant id
    idea_ids: list[str]


@pytest.fixture
def room_workshop(tmp_path: Path) -> RoomWorkshop:
    """A Swedish workshop: three people on the roster, a focus question, two ideas already written."""
    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    workshop, _ = workshops.create(lib, "Tryggare skolvägar", language="sv")
    people = {name: participants.add(lib, workshop.id, name)[0].id for name in ("Karin", "Oskar", "Lena")}
    questions.add(lib, workshop.id, QUESTION)
    made = [ideas.add(lib, workshop.id, text)[0].id for text in ("Lampor vid övergången", "Skolpatrull")]
    lib.close()
    return RoomWorkshop(path, workshop.id, people, made)


@pytest.fixture
def served(room_workshop: RoomWorkshop) -> Iterator[ServedRoom]:
    room = ServedRoom(room_workshop.path, room_workshop.workshop_id)
    room.start()
    yield room
    room.close()


@pytest.fixture
def other_phone(served: ServedRoom) -> Iterator[SimulatedPhone]:
    phone = SimulatedPhone(served)
    yield phone
    phone.close()


def wait_for(driver: Any, condition: Callable[[Any], Any], what: str, timeout: float = 10) -> Any:
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    redrawn = (StaleElementReferenceException,)  # the page rebuilds its lists on every change
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05, ignored_exceptions=redrawn).until(
            condition
        )
    except TimeoutException:
        raise AssertionError(f"waited {timeout} s for {what}; the page says: {page_text(driver)!r}") from None


def page_text(driver: Any) -> str:
    return str(driver.find_element("tag name", "body").text)


def shown(driver: Any, css: str) -> Any:
    """The element *css*, once it is on screen."""
    return wait_for(
        driver,
        lambda d: next((e for e in d.find_elements("css selector", css) if e.is_displayed()), False),
        f"{css} to be shown",
    )


def roster_button(driver: Any, name: str) -> Any:
    return wait_for(
        driver,
        lambda d: next(
            (b for b in d.find_elements("css selector", "#roster button") if b.text == name), False
        ),
        f"{name} in the roster",
    )


def item_row(driver: Any, text: str) -> Any:
    return wait_for(
        driver,
        lambda d: next(
            (li for li in d.find_elements("css selector", "#items li") if li.text.startswith(text)), False
        ),
        f"the item {text!r} on the ballot",
    )


def dots_on(driver: Any, text: str) -> int:
    return int(
        wait_for(driver, lambda d: item_row(d, text).find_element("css selector", "output").text, "dots")
    )


def add_dot(driver: Any, text: str) -> None:
    before = dots_on(driver, text)

    def press(d: Any) -> bool:
        item_row(d, text).find_elements("css selector", ".dots button")[
            1
        ].click()  # "+": "En prick till på: …"
        return True

    wait_for(driver, press, f"the + of {text!r}")
    wait_for(driver, lambda d: dots_on(d, text) == before + 1, f"a dot more on {text!r}")


def confirm(driver: Any) -> None:
    """Answer OK to the page's question (the browser's own confirm dialog)."""
    from selenium.webdriver.support import expected_conditions

    wait_for(driver, expected_conditions.alert_is_present(), "the page's question").accept()


@pytest.fixture
def save(tmp_path: Path) -> Callable[[Any, str, str], None]:
    """``save(driver, name, css)``: the phone's screen, scrolled to *css*, as phone-NAME.png."""
    folder = SCREENSHOTS if os.environ.get("IDEVERKSTAD_PHONE_SHOTS") else tmp_path

    def shoot(driver: Any, name: str, css: str) -> None:
        driver.execute_script("document.querySelector(arguments[0]).scrollIntoView()", css)
        driver.execute_script("document.activeElement && document.activeElement.blur()")
        driver.save_screenshot(str(folder / f"phone-{name}.png"))

    return shoot


def test_join_write_vote_beside_another_phone_and_keep_the_ballot_across_a_restart(
    phone: Any,
    served: ServedRoom,
    other_phone: SimulatedPhone,
    room_workshop: RoomWorkshop,
    assert_accessible: Callable[[Any, str], None],
    save: Callable[[Any, str, str], None],
) -> None:
    wid = room_workshop.workshop_id
    phone.get(served.join_url)
    karin = roster_button(phone, "Karin")
    assert "Tryggare skolvägar" in page_text(phone)
    assert phone.execute_script("return document.documentElement.lang") == "sv"
    loaded = phone.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert loaded  # the page's CSS and JS, and nothing from off the laptop (no CDN)
    assert all(url.startswith(served.base_url + "/") for url in loaded), loaded
    assert_accessible(phone, "join")
    save(phone, "join", "header")
    karin.click()

    idea = shown(phone, "#idea")
    assert QUESTION in page_text(phone)
    assert "Du är Karin." in page_text(phone)
    idea.send_keys("Gångfartsgata förbi skolan")
    phone.find_element("css selector", "#idea-form button[type=submit]").click()
    wait_for(
        phone,
        lambda d: (
            "Gångfartsgata förbi skolan" in [li.text for li in d.find_elements("css selector", "#ideas li")]
        ),
        "the idea in the phone's own list",
    )
    written = served.call(ideas.list_ideas, wid)
    mine = next(i for i in written if i.text == "Gångfartsgata förbi skolan")
    assert mine.author_id == room_workshop.people["Karin"]
    assert_accessible(phone, "write")
    save(phone, "write", "header")

    # The facilitator starts a dot round: the page turns to the ballot by itself (the live channel).
    voting_round, _ = served.call(
        voting.create_round,
        wid,
        "Vilka idéer tar vi vidare?",
        VotingMethod.DOTS,
        dots_per_person=3,
        max_per_item=2,
    )
    shown(phone, "#send-ballot")
    add_dot(phone, "Lampor vid övergången")
    add_dot(phone, "Lampor vid övergången")
    assert "1 av 3 prickar kvar" in page_text(phone)
    assert_accessible(phone, "vote")
    save(phone, "vote", "#vote")

    # Another phone votes at the same time.
    other_phone.join(room_workshop.people["Oskar"])
    status, reply = other_phone.send(
        "/api/ballot", round_id=voting_round.id, dots={room_workshop.idea_ids[1]: 2, mine.id: 1}
    )
    assert (status, reply.get("counted")) == (200, True)

    # The laptop's server stops and starts again on the same port: the page says it lost contact,
    # finds the server again by itself, and the two dots placed are still there.
    served.stop()
    wait_for(
        phone, lambda d: d.find_element("css selector", "#connection").is_displayed(), "the lost contact"
    )
    served.start()
    wait_for(
        phone,
        lambda d: not d.find_element("css selector", "#connection").is_displayed(),
        "the page to reconnect",
    )
    assert dots_on(phone, "Lampor vid övergången") == 2
    phone.refresh()  # even a page opened again (the phone's browser was closed) has it
    assert dots_on(phone, "Lampor vid övergången") == 2
    add_dot(phone, "Gångfartsgata")  # own ideas are allowed in this round
    phone.find_element("css selector", "#send-ballot").click()
    confirm(phone)  # "Skicka rösten? Den går inte att ändra sedan."
    counted = shown(phone, "#counted")
    assert counted.text == "Din röst är räknad."
    assert_accessible(phone, "counted")
    save(phone, "counted", "#vote")

    states = {turn.participant.name: turn.state for turn in served.call(ballots.turns, voting_round.id)}
    assert states["Karin"] == BallotState.DONE
    assert states["Oskar"] == BallotState.DONE
    assert served.call(ballots.ballot_for, voting_round.id, room_workshop.people["Karin"]) == {
        room_workshop.idea_ids[0]: 2,
        mine.id: 1,
    }


def test_join_anonymously_and_write_in_silence(
    phone: Any,
    served: ServedRoom,
    other_phone: SimulatedPhone,
    room_workshop: RoomWorkshop,
    assert_accessible: Callable[[Any, str], None],
) -> None:
    served.call(silent_writing.set_silent, room_workshop.workshop_id, True)
    phone.get(served.join_url)
    shown(phone, "#anonymous").click()
    idea = shown(phone, "#idea")
    assert "Du är Anonym 1." in page_text(phone)
    assert shown(phone, "#silent-note").text.startswith("Tyst skrivande")
    other_phone.join(room_workshop.people["Oskar"])
    assert other_phone.send("/api/ideas", text="Oskars tysta idé")[0] == 201
    idea.send_keys("Cykelbuss")
    phone.find_element("css selector", "#idea-form button[type=submit]").click()
    wait_for(
        phone,
        lambda d: "Cykelbuss" in [li.text for li in d.find_elements("css selector", "#ideas li")],
        "the phone's own idea",
    )
    text = page_text(phone)
    assert "Oskars tysta idé" not in text  # in silent writing a phone sees only its own new ideas
    for name in room_workshop.people:
        assert name not in text  # no name of a participant reaches an anonymous phone
    assert_accessible(phone, "silent writing")
    hidden = served.call(silent_writing.hidden_ideas, room_workshop.workshop_id)
    written = {i.text: i.id for i in served.call(ideas.list_ideas, room_workshop.workshop_id)}
    assert {written["Cykelbuss"], written["Oskars tysta idé"]} <= set(hidden)


def test_join_by_typing_the_code(
    phone: Any, served: ServedRoom, assert_accessible: Callable[[Any, str], None]
) -> None:
    phone.get(served.base_url + "/")  # the address as the shared screen says it, without the code
    code = shown(phone, "#code")
    assert_accessible(phone, "type the code")
    code.send_keys(served.join_code)
    phone.find_element("css selector", "#code-form button[type=submit]").click()
    roster_button(phone, "Karin").click()
    shown(phone, "#idea")
    assert "Du är Karin." in page_text(phone)


def test_score_in_a_scoring_round_then_see_the_results_and_a_wrong_code(
    phone: Any,
    served: ServedRoom,
    room_workshop: RoomWorkshop,
    assert_accessible: Callable[[Any, str], None],
) -> None:
    from selenium.webdriver.support.ui import Select

    wid = room_workshop.workshop_id
    scoring, _ = served.call(voting.create_round, wid, "Effekt och insats", VotingMethod.SCORING)
    phone.get(served.join_url)
    roster_button(phone, "Lena").click()
    shown(phone, "#items select")
    assert_accessible(phone, "scoring")
    for select in phone.find_elements("css selector", "#items select"):
        Select(select).select_by_value("4")
    phone.find_element("css selector", "#send-ballot").click()
    confirm(phone)
    shown(phone, "#counted")
    lena = room_workshop.people["Lena"]
    assert {t.participant.id: t.state for t in served.call(ballots.turns, scoring.id)}[
        lena
    ] == BallotState.DONE
    served.call(voting.reveal, scoring.id)
    wait_for(phone, lambda d: "Resultat" in page_text(d), "the results after the reveal")
    assert "4.0 / 4.0" in page_text(phone)
    assert_accessible(phone, "results")

    phone.delete_all_cookies()
    phone.execute_script("localStorage.clear()")
    wrong = "000000" if served.join_code != "000000" else "111111"
    phone.get(f"{served.base_url}/?code={wrong}")
    message = shown(phone, "#message")
    assert "Koden stämmer inte" in message.text  # in the workshop's language
    shown(phone, "#code")
    assert_accessible(phone, "wrong code")


def test_an_english_workshop_speaks_english_on_the_phone(
    phone: Any, tmp_path: Path, assert_accessible: Callable[[Any, str], None]
) -> None:
    path = tmp_path / "english.sqlite"
    lib = Library.open(path)
    workshop, _ = workshops.create(lib, "Safer school routes", language="en")
    participants.add(lib, workshop.id, "Alex")
    questions.add(lib, workshop.id, "How might we make the way to school safer?")
    lib.close()
    room = ServedRoom(path, workshop.id)
    try:
        room.start()
        phone.get(room.join_url)
        roster_button(phone, "Alex")
        assert phone.execute_script("return document.documentElement.lang") == "en"
        assert "Pick your name" in page_text(phone)
        assert_accessible(phone, "join (English)")
        shown(phone, "#anonymous").click()
        shown(phone, "#idea")
        assert "You are Anonymous 1." in page_text(phone)
        assert_accessible(phone, "write (English)")
    finally:
        room.close()


def test_a_phone_the_facilitator_removes_is_back_at_joining(
    phone: Any,
    served: ServedRoom,
    room_workshop: RoomWorkshop,
    assert_accessible: Callable[[Any, str], None],
) -> None:
    from workshop.services import room as room_service

    phone.get(served.join_url)
    roster_button(phone, "Oskar").click()
    shown(phone, "#idea")
    (device,) = served.call(room_service.devices, room_workshop.workshop_id)
    served.call(room_service.remove_device, device.device.id)
    shown(phone, "#join")  # told on the live channel: the page offers joining again
    assert_accessible(phone, "removed")
