"""The shared screen in a hidden round while the room of phones is open: "Vote on your phone" and how many
have voted, following each phone's ballot as it is committed (never how anyone voted); those without a
phone still take their turn at the screen; with the room closed the screen is as it always was."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.room.room_helpers import Phone, until, within_half_a_second
from workshop.domain.voting import ScoringBy, VotingMethod
from workshop.services import ideas, participants, voting, workshops
from workshop.ui.presenter.voting_view import VotingView
from workshop.ui.room.room_host import RoomHost
from workshop.ui.session import Session

pytestmark = pytest.mark.asyncio


@pytest.fixture
def workshop_id(session: Session) -> str:
    workshop, _ = workshops.create(session.library, "Skolvägen", language="sv")
    for name in ("Karin", "Oskar", "Lena"):
        participants.add(session.library, workshop.id, name)
    for text in ("Lampor vid övergångsstället", "Skyltar vid skolan"):
        ideas.add(session.library, workshop.id, text)
    return workshop.id


def person(session: Session, workshop_id: str, name: str) -> str:
    return next(p.id for p in participants.list_participants(session.library, workshop_id) if p.name == name)


def shared_screen(qtbot: QtBot, session: Session, workshop_id: str) -> VotingView:
    view = VotingView(session, workshop_id)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def readable(view: VotingView) -> str:
    """Every word the room can read on the shared screen now."""
    from PySide6.QtWidgets import QLabel, QPushButton

    shown = [w.text() for w in view.findChildren(QLabel) if w.isVisible() and w.text()]
    shown += [w.text() for w in view.findChildren(QPushButton) if w.isVisible()]
    return "\n".join(shown)


async def test_the_shared_screen_counts_phone_ballots_as_they_commit_never_how(
    qtbot: QtBot, session: Session, workshop_id: str, room: RoomHost, phones: Callable[[str], Phone]
) -> None:
    lib = session.library
    made, _ = voting.create_round(lib, workshop_id, "Prioritera", VotingMethod.DOTS, dots_per_person=3)
    items = [item.id for item in voting.items_for(lib, made)]
    view = shared_screen(qtbot, session, workshop_id)
    assert view.page() == "privacy"  # no room yet: turns at the screen as always, no phone words
    await within_half_a_second(lambda: view.privacy_next.text() == "Nästa: Karin")
    assert "mobil" not in readable(view)

    assert await room.open()
    assert room.server is not None
    karin, oskar = phones(room.server.base_url), phones(room.server.base_url)
    assert (await karin.join(room.join_code, person(session, workshop_id, "Karin")))[0] == 200
    assert (await oskar.join(room.join_code, person(session, workshop_id, "Oskar")))[0] == 200
    # Karin and Oskar vote on their phones; Lena has none and takes her turn at the screen.
    assert view.page() == "privacy"
    await within_half_a_second(lambda: view.privacy_next.text() == "Nästa: Lena")
    assert view.privacy_phones.isVisible()
    assert view.privacy_phones.text() == "Eller rösta på mobilen\n0 av 3 har röstat"

    await karin.vote(round_id=made.id, dots={items[0]: 2, items[1]: 1})
    # Shown within half a second of the phone hearing "counted", with no refresh call.
    await within_half_a_second(lambda: view.privacy_phones.count.text() == "1 av 3 har röstat")
    words = readable(view)
    assert "Lampor" not in words  # never what was voted for
    assert "Skyltar" not in words
    assert "2" not in words.replace("1 av 3", "")  # nor how many dots went anywhere

    qtbot.keyClick(view, Qt.Key.Key_Return)  # Lena: "I am Lena – start"
    assert view.page() == "turn"
    assert view.turn_title.text() == "Tur: Lena"
    view.cards.dots_requested.emit(items[1], 3)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    # Nobody without a phone is left: the room reads where to vote, and the count.
    assert view.page() == "phones"
    assert view.phones_page.text() == "Rösta på mobilen\n2 av 3 har röstat"

    await oskar.vote(round_id=made.id, dots={items[0]: 3})
    await within_half_a_second(lambda: view.page() == "message")
    assert view.message.text().startswith("Alla har röstat")
    assert "Lampor" not in readable(view)  # still hidden: no totals before the reveal


async def test_a_scoring_round_on_phones_is_counted_too_and_closing_the_room_brings_the_turns_back(
    qtbot: QtBot, session: Session, workshop_id: str, room: RoomHost, phones: Callable[[str], Phone]
) -> None:
    lib = session.library
    made, _ = voting.create_round(lib, workshop_id, "Poäng", VotingMethod.SCORING, scoring_by=ScoringBy.EACH)
    items = [item.id for item in voting.items_for(lib, made)]
    view = shared_screen(qtbot, session, workshop_id)
    assert await room.open()
    assert room.server is not None
    phone = phones(room.server.base_url)
    assert (await phone.join(room.join_code, person(session, workshop_id, "Karin")))[0] == 200
    await within_half_a_second(lambda: view.privacy_next.text() == "Nästa: Oskar")
    await phone.vote(round_id=made.id, scores={items[0]: [4, 2], items[1]: [3, 5]})
    await within_half_a_second(lambda: view.privacy_phones.count.text() == "1 av 3 har röstat")
    words = readable(view).replace("1 av 3", "")
    assert not any(digit in words for digit in "2345")  # no score shows

    await room.close()  # the room closes: the screen is as it is without phones
    await until(lambda: not view.privacy_phones.isVisible())
    assert view.page() == "privacy"
    await within_half_a_second(lambda: view.privacy_next.text() == "Nästa: Oskar")
    assert "mobil" not in readable(view)


async def test_a_removed_phone_gives_its_person_a_turn_at_the_screen_again(
    qtbot: QtBot, session: Session, workshop_id: str, room: RoomHost, phones: Callable[[str], Phone]
) -> None:
    from workshop.services import room as room_service

    lib = session.library
    voting.create_round(lib, workshop_id, "Prioritera", VotingMethod.DOTS)
    view = shared_screen(qtbot, session, workshop_id)
    assert await room.open()
    assert room.server is not None
    assert (await phones(room.server.base_url).join(room.join_code, person(session, workshop_id, "Karin")))[
        0
    ] == 200
    await within_half_a_second(lambda: view.privacy_next.text() == "Nästa: Oskar")
    device = room_service.devices(lib, workshop_id)[0].device
    session.run(room_service.remove_device, device.id)  # her phone died: the facilitator removes it
    assert view.privacy_next.text() == "Nästa: Karin"
    assert not view.privacy_phones.isVisible()  # no phone left in the room
