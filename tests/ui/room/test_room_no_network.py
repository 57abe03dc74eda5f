"""A laptop with no network: the room's address falls back to its own loopback, which no phone can reach.
The console's panel, the join screen on the shared screen and the headless ``room`` command say so
plainly (and the join screen shows no QR code of that address); reopening the room takes a network that
appeared meanwhile. And the Wi-Fi password: kept only while "Remember" is ticked, in plain text (said next
to the box), gone from the settings file once unticked."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import pytest_asyncio
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.ui.room.room_helpers import until
from workshop.commands import room as room_command
from workshop.domain.language import Language
from workshop.domain.workshop import Workshop
from workshop.room import lan
from workshop.services import participants, workshops
from workshop.ui.main_window import MainWindow
from workshop.ui.room.room_host import RoomHost
from workshop.ui.room.room_of_phones import RoomOfPhones
from workshop.ui.room.room_panel import RoomPanel
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings

pytestmark = pytest.mark.asyncio


class NoRoute:
    """A socket on a laptop with no network: there is no interface to choose."""

    def __init__(self, *_args: object) -> None:
        pass

    def connect(self, _address: object) -> None:
        raise OSError(101, "Network is unreachable")

    def close(self) -> None:
        pass


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """The laptop's network, as the room finds it when it opens: ``network.address = None`` is none."""
    state = SimpleNamespace(address=None)

    def found() -> str:
        return state.address or lan.LOOPBACK

    monkeypatch.setattr("workshop.room.server.lan_address", found)
    return state


@pytest.fixture
def workshop_id(session: Session) -> str:
    workshop, _ = workshops.create(session.library, "Skolvägen", language="sv")
    participants.add(session.library, workshop.id, "Karin")
    return workshop.id


@pytest_asyncio.fixture
async def room(session: Session, workshop_id: str) -> AsyncIterator[RoomHost]:
    host = RoomHost(session, workshop_id, port=0)  # every interface, the address as found: as the app does
    yield host
    await host.close()


async def test_without_a_network_the_address_is_the_loopback_and_is_known_as_such(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lan, "socket", SimpleNamespace(socket=NoRoute, AF_INET=0, SOCK_DGRAM=0))
    assert lan.lan_address() == "127.0.0.1"
    assert lan.no_network(lan.lan_address())
    assert not lan.no_network("192.168.1.23")
    assert lan.no_network("::1")


async def test_the_panel_says_no_phone_can_reach_the_laptop_until_it_joins_a_network(
    qtbot: QtBot, session: Session, room: RoomHost, network: SimpleNamespace
) -> None:
    panel = RoomPanel(session, room)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.no_network.isVisible()
    panel.open_button.click()
    await until(lambda: room.is_open)
    assert room.no_network
    assert panel.no_network.isVisible()
    words = panel.no_network.text()
    assert words.startswith("No network found: phones cannot reach this laptop at http://127.0.0.1:")
    assert "Wi-Fi or a travel router" in words
    assert "close the room and open it again" in words
    assert not panel.status.isVisible()  # not "phones on the same network join at this address"

    network.address = "192.168.1.23"  # the laptop joins the room's Wi-Fi
    panel.close_room_button.click()
    await until(lambda: not room.is_open and not room.busy)
    panel.open_button.click()
    await until(lambda: room.is_open)
    assert not room.no_network
    assert not panel.no_network.isVisible()
    assert panel.status.isVisible()
    assert panel.url.text().startswith("http://192.168.1.23:")


async def test_an_address_given_on_purpose_is_not_taken_for_a_missing_network(
    session: Session, workshop_id: str, network: SimpleNamespace
) -> None:
    host = RoomHost(session, workshop_id, host="127.0.0.1", port=0)  # tests, a kiosk on this laptop
    try:
        assert await host.open()
        assert not host.no_network
    finally:
        await host.close()


async def test_the_join_screen_shows_no_qr_of_a_loopback_address_and_says_what_to_do(
    qtbot: QtBot,
    session: Session,
    demo: Workshop,
    isolated_settings: AppSettings,
    network: SimpleNamespace,
) -> None:
    window = MainWindow(session, isolated_settings)
    qtbot.addWidget(window)
    window.room_of_phones = RoomOfPhones(window, port=0)  # the address as found, as the app does
    window.show()
    assert window.open_workshop(demo.id)
    rooms = window.room_of_phones
    panel = rooms.show_panel()
    assert panel is not None
    panel.open_button.click()
    await until(lambda: rooms.room is not None and rooms.room.is_open)
    window.presenter_action.trigger()
    presenter = window.presenter
    assert presenter is not None
    presenter.resize(1280, 720)
    screen = rooms.join_screen
    assert screen is not None
    await until(screen.isVisible)
    assert screen.drawn_join_image().isNull()  # no QR code that cannot work
    assert not screen.qr.isVisible()
    assert not screen.address_label.isVisible()
    assert screen.heading.text() == "Inget nätverk än: mobilerna kan inte nå den här datorn"  # in Swedish
    assert screen.no_network.isVisible()
    assert "rummets wifi eller en reserouter" in screen.no_network.text()

    network.address = "192.168.1.23"
    panel.close_room_button.click()
    await until(lambda: rooms.room is not None and not rooms.room.is_open and not rooms.room.busy)
    panel.open_button.click()
    await until(lambda: rooms.room is not None and rooms.room.is_open)
    await until(screen.isVisible)
    assert not screen.drawn_join_image().isNull()
    assert screen.address_label.isVisible()
    assert screen.address_label.text().startswith("http://192.168.1.23:")
    assert not screen.no_network.isVisible()
    panel.close_room_button.click()
    await until(lambda: rooms.room is not None and not rooms.room.is_open and not rooms.room.busy)


async def test_the_headless_room_warns_on_stderr_when_there_is_no_network(
    session: Session, workshop_id: str, network: SimpleNamespace, capsys: pytest.CaptureFixture[str]
) -> None:
    said = ""

    def heard() -> str:
        nonlocal said
        out, err = capsys.readouterr()
        said += err
        return said

    serving = asyncio.ensure_future(
        room_command._serve(session.library, workshop_id, "Skolvägen", None, 0, Language.SV)
    )
    try:
        await until(lambda: "nätverk" in heard())
    finally:
        serving.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await serving
    assert said.strip() == room_command.no_network_warning(Language.SV)
    assert said.startswith("ideverkstad: inget nätverk hittades")
    assert "wifi eller en reserouter" in said
    assert room_command.no_network_warning(Language.EN).startswith("ideverkstad: no network found")


def settings_file() -> str:
    path = Path(QSettings().fileName())
    return path.read_text(encoding="utf-8") if path.exists() else ""


async def test_the_wifi_password_is_kept_in_plain_text_only_while_remember_is_ticked_and_the_panel_says_so(
    qtbot: QtBot, session: Session, workshop_id: str
) -> None:
    room = RoomHost(session, workshop_id, host="127.0.0.1", port=0)
    panel = RoomPanel(session, room)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.remember_hint.isVisible()
    assert panel.remember_hint.text() == "Kept in plain text in this laptop's settings for your user account"
    panel.wifi_name.setText("Biblioteket")
    panel.wifi_password.setText("lasesal2026")
    panel.wifi_password.editingFinished.emit()
    assert "lasesal2026" not in settings_file()  # not asked: not stored
    panel.remember_wifi.setChecked(True)
    assert "lasesal2026" in settings_file()  # asked: in the file as typed, which the line says
    panel.remember_wifi.setChecked(False)
    assert "lasesal2026" not in settings_file()  # unticked: gone from the file at once
    assert "Biblioteket" not in settings_file()
