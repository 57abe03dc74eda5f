"""The console's room panel on a real session, with the room's real server on the loopback address and
phones that join over HTTP as the phone page does: what the facilitator sees and can do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from tests.ui.room.room_helpers import Phone, refused, until
from workshop.domain.voting import VotingMethod
from workshop.services import ideas, participants, voting, workshops
from workshop.services import room as room_service
from workshop.ui.room.room_host import RoomHost
from workshop.ui.room.room_panel import DeviceIdRole, RoomPanel
from workshop.ui.session import Session

pytestmark = pytest.mark.asyncio


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (its middle may be past the end of its words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def workshop_id(session: Session) -> str:
    workshop, _ = workshops.create(session.library, "Skolvägen", language="sv")
    for name in ("Karin", "Oskar"):
        participants.add(session.library, workshop.id, name)
    return workshop.id


def person(session: Session, workshop_id: str, name: str) -> str:
    return next(p.id for p in participants.list_participants(session.library, workshop_id) if p.name == name)


async def open_panel(qtbot: QtBot, session: Session, room: RoomHost) -> RoomPanel:
    panel = RoomPanel(session, room)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.url.text() == ""
    assert not panel.close_room_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    await until(lambda: room.is_open)
    return panel


async def test_opening_the_room_shows_its_address_and_code(
    qtbot: QtBot, session: Session, room: RoomHost
) -> None:
    panel = await open_panel(qtbot, session, room)
    code = room_service.settings(session.library, room.workshop_id).join_code
    assert len(code) == 6
    assert panel.url.text() == f"http://127.0.0.1:{room.listening_port}/?code={code}"
    assert panel.code.text() == code
    assert not panel.open_button.isEnabled()
    assert panel.close_room_button.isEnabled()
    assert "open" in panel.status.text()


async def test_the_devices_follow_a_phone_that_joins(
    qtbot: QtBot, session: Session, workshop_id: str, room: RoomHost, phones: Callable[[str], Phone]
) -> None:
    panel = await open_panel(qtbot, session, room)
    assert panel.devices.count() == 0
    assert room.server is not None
    status, _ = await phones(room.server.base_url).join(room.join_code, person(session, workshop_id, "Karin"))
    assert status == 200
    await until(lambda: panel.devices.count() == 1)
    assert panel.devices.item(0).text() == "Karin"
    status, _ = await phones(room.server.base_url).join(room.join_code, None)
    assert status == 200
    await until(lambda: panel.devices.count() == 2)
    assert panel.devices.item(1).text().startswith("Anonym 1")
    assert "2" in panel.devices_box.title()


async def test_the_devices_show_who_has_voted_in_the_round_on_screen_never_how(
    qtbot: QtBot, session: Session, workshop_id: str, room: RoomHost, phones: Callable[[str], Phone]
) -> None:
    lib = session.library
    made = [ideas.add(lib, workshop_id, text)[0].id for text in ("Lampor", "Skyltar")]
    voting_round, _ = voting.create_round(
        lib, workshop_id, "Prioritera", VotingMethod.DOTS, dots_per_person=3
    )
    panel = await open_panel(qtbot, session, room)
    assert room.server is not None
    karin, oskar = phones(room.server.base_url), phones(room.server.base_url)
    await karin.join(room.join_code, person(session, workshop_id, "Karin"))
    await oskar.join(room.join_code, person(session, workshop_id, "Oskar"))
    await until(lambda: panel.devices.count() == 2)
    assert all("not voted yet" in panel.devices.item(row).text() for row in range(2))
    status, reply = await karin.send("/api/ballot", round_id=voting_round.id, dots={made[0]: 2, made[1]: 1})
    assert (status, reply["counted"]) == (200, True)
    await until(lambda: "has voted" in panel.devices.item(0).text())
    assert panel.devices.item(0).text() == "Karin — has voted ✓"
    assert panel.devices.item(1).text() == "Oskar — not voted yet"
    assert "1 voted in “Prioritera”" in panel.devices_box.title()
    shown = " ".join(panel.devices.item(row).text() for row in range(2)) + panel.devices_box.title()
    assert "Lampor" not in shown  # nothing of what was voted for, while the round is hidden
    assert "2" not in shown.replace("Phones joined: 2", "")


async def test_lock_keeps_new_phones_out(
    qtbot: QtBot, session: Session, workshop_id: str, room: RoomHost, phones: Callable[[str], Phone]
) -> None:
    panel = await open_panel(qtbot, session, room)
    assert room.server is not None
    tick(qtbot, panel.lock)
    assert room_service.settings(session.library, workshop_id).locked
    status, reply = await phones(room.server.base_url).join(room.join_code, None)
    assert (status, reply["error"]) == (403, "room_locked")
    assert panel.devices.count() == 0
    tick(qtbot, panel.lock)
    assert not room_service.settings(session.library, workshop_id).locked
    status, _ = await phones(room.server.base_url).join(room.join_code, None)
    assert status == 200


async def test_remove_device_stops_that_phone_only(
    qtbot: QtBot, session: Session, workshop_id: str, room: RoomHost, phones: Callable[[str], Phone]
) -> None:
    panel = await open_panel(qtbot, session, room)
    assert room.server is not None
    karin, oskar = phones(room.server.base_url), phones(room.server.base_url)
    await karin.join(room.join_code, person(session, workshop_id, "Karin"))
    await oskar.join(room.join_code, person(session, workshop_id, "Oskar"))
    await until(lambda: panel.devices.count() == 2)
    assert not panel.remove_button.isEnabled()
    panel.devices.setCurrentRow(0)
    assert panel.remove_button.isEnabled()
    karin_device = panel.devices.item(0).data(DeviceIdRole)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [panel.devices.item(row).text() for row in range(panel.devices.count())] == ["Oskar"]
    assert karin_device not in {row.device.id for row in room_service.devices(session.library, workshop_id)}
    assert await karin.state_status() == 401
    assert await oskar.state_status() == 200


async def test_closing_the_room_stops_the_server(qtbot: QtBot, session: Session, room: RoomHost) -> None:
    panel = await open_panel(qtbot, session, room)
    port = room.listening_port
    assert port is not None
    assert not refused(port)
    qtbot.mouseClick(panel.close_room_button, Qt.MouseButton.LeftButton)
    await until(lambda: not room.is_open and not room.busy)
    assert refused(port)
    assert panel.url.text() == ""
    assert panel.open_button.isEnabled()
    assert not room_service.settings(session.library, room.workshop_id).open  # a new code next time


async def test_the_wifi_is_kept_only_when_asked(qtbot: QtBot, session: Session, room: RoomHost) -> None:
    panel = RoomPanel(session, room)
    qtbot.addWidget(panel)
    panel.wifi_name.setText("Biblioteket")
    panel.wifi_password.setText("läsesal2026")
    panel.wifi_password.editingFinished.emit()
    assert panel.wifi() == ("Biblioteket", "läsesal2026")
    again = RoomPanel(session, room)
    qtbot.addWidget(again)
    assert again.wifi() is None  # not ticked: nothing was stored
    panel.remember_wifi.setChecked(True)
    remembered = RoomPanel(session, room)
    qtbot.addWidget(remembered)
    assert remembered.wifi() == ("Biblioteket", "läsesal2026")
    assert remembered.remember_wifi.isChecked()
    remembered.remember_wifi.setChecked(False)  # unticked: forgotten at once
    forgotten = RoomPanel(session, room)
    qtbot.addWidget(forgotten)
    assert forgotten.wifi() is None


async def test_a_phones_ballot_shows_in_the_voting_panel_as_any_ballot(
    qtbot: QtBot, session: Session, workshop_id: str, room: RoomHost, phones: Callable[[str], Phone]
) -> None:
    from workshop.ui.phases.voting_workspace import VotingWorkspace

    lib = session.library
    made = [ideas.add(lib, workshop_id, text)[0].id for text in ("Lampor", "Skyltar")]
    workspace = VotingWorkspace(session, workshop_id)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.create_round({"title": "Prio", "method": VotingMethod.DOTS, "dots_per_person": 3})
    round_id = workspace.selected_round_id()
    turns = workspace.panel.turns
    assert [turns.item(row).text() for row in range(turns.count())] == ["Karin — waiting", "Oskar — waiting"]
    assert await room.open()
    assert room.server is not None
    karin = phones(room.server.base_url)
    await karin.join(room.join_code, person(session, workshop_id, "Karin"))
    status, _ = await karin.send("/api/ballot", round_id=round_id, dots={made[0]: 2, made[1]: 1})
    assert status == 200
    await until(lambda: turns.item(0).text() == "Karin — has voted ✓")
    assert turns.item(1).text() == "Oskar — waiting"
    assert "1 of 2" in workspace.panel.turnout_label.text()
