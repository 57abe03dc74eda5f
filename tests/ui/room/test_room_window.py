"""The room from the main window: Run ▸ Room of phones…, the join QR on the shared screen, and the room
closing with its workshop and with the window."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
import segno
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.room.room_helpers import refused, until
from workshop.domain.language import Language
from workshop.domain.workshop import Workshop
from workshop.services import workshops
from workshop.ui.main_window import MainWindow
from workshop.ui.room.join_qr import QUIET_ZONE, qr_code, wifi_data
from workshop.ui.room.room_of_phones import RoomOfPhones
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings

pytestmark = pytest.mark.asyncio


def window_with_room(qtbot: QtBot, session: Session, settings: AppSettings, workshop_id: str) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.room_of_phones = RoomOfPhones(window, host="127.0.0.1", port=0)  # loopback only in tests
    window.show()
    assert window.open_workshop(workshop_id)
    return window


async def open_room(window: MainWindow) -> int:
    """Run ▸ Room of phones…, then Open the room; returns the port it listens on."""
    item = next(a for a in window.run_menu.actions() if a.text() == "&Room of phones…")
    item.trigger()
    room = window.room_of_phones
    assert room is not None
    assert room.panel is not None
    assert room.panel.isVisible()
    room.panel.open_button.click()
    await until(lambda: room.room is not None and room.room.is_open)
    assert room.room is not None
    port = room.room.listening_port
    assert port is not None
    assert not refused(port)
    return port


def modules_drawn(image: QImage, size: int) -> list[list[int]]:
    """The modules read back from a drawn symbol of *size*×*size* modules: 1 where a module's middle is
    dark."""
    step = image.width() / size

    def dark(row: int, col: int) -> int:
        return int(image.pixelColor(int((col + 0.5) * step), int((row + 0.5) * step)).lightness() < 128)

    return [[dark(row, col) for col in range(size)] for row in range(size)]


def segno_modules(code: segno.QRCode) -> list[list[int]]:
    return [list(map(int, row)) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]


async def test_closing_the_workshop_closes_the_room(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = window_with_room(qtbot, session, isolated_settings, demo.id)
    port = await open_room(window)
    loop = asyncio.get_running_loop()
    failures: list[dict[str, object]] = []
    loop.set_exception_handler(lambda _loop, context: failures.append(context))
    try:
        window.show_library()
        await until(lambda: refused(port))
        await asyncio.sleep(0.1)  # the closing task's done callbacks run after the server stopped
    finally:
        loop.set_exception_handler(None)
    assert window.room_of_phones is not None
    assert window.room_of_phones.room is None
    assert window.room_of_phones.panel is None
    assert not failures, [
        str(f.get("exception") or f.get("message")) for f in failures
    ]  # e.g. a signal of a deleted host


async def test_a_language_switch_keeps_the_room_open(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = window_with_room(qtbot, session, isolated_settings, demo.id)
    port = await open_room(window)
    window.set_language(Language.SV)  # the console is made again, for the same workshop
    await asyncio.sleep(0.2)
    assert not refused(port)
    window.set_language(Language.EN)
    window.show_library()
    await until(lambda: refused(port))


async def test_closing_the_window_stops_the_server_first(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = window_with_room(qtbot, session, isolated_settings, demo.id)
    port = await open_room(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the app would quit here; the test's loop must go on
    try:
        window.close()
        assert window.isVisible()  # put off until the server has stopped
        await until(lambda: not window.isVisible())
        assert refused(port)
    finally:
        app.setQuitOnLastWindowClosed(True)


async def test_the_shared_screen_shows_the_join_qr_the_address_and_the_code(
    qtbot: QtBot, session: Session, demo: Workshop, isolated_settings: AppSettings
) -> None:
    window = window_with_room(qtbot, session, isolated_settings, demo.id)
    await open_room(window)
    window.presenter_action.trigger()
    presenter = window.presenter
    assert presenter is not None
    presenter.resize(1280, 720)
    room = window.room_of_phones
    assert room is not None
    assert room.room is not None
    screen = room.join_screen
    assert screen is not None
    await until(lambda: screen.isVisible() and not presenter.stack.isVisible())
    assert screen.url == room.room.join_url  # what the QR code holds
    assert screen.address_label.text() == f"http://127.0.0.1:{room.room.listening_port}"  # to type
    assert screen.code_label.text() == f"Kod: {room.room.join_code}"  # the demo workshop speaks Swedish
    assert screen.joined_label.text() == ""  # nobody yet
    base = room.room.address
    async with aiohttp.ClientSession() as phone:  # a phone joins: the room sees it on the shared screen
        body = {"code": room.room.join_code, "participant_id": None}
        async with phone.post(base + "/api/join", json=body, headers={"Origin": base}) as reply:
            assert reply.status == 200
    await until(lambda: screen.joined_label.text() == "1 mobil ansluten")
    drawn = screen.drawn_join_image()
    code = qr_code(room.room.join_url)
    size = int(code.symbol_size(scale=1, border=QUIET_ZONE)[0])
    assert drawn.width() >= size * 6  # at least 6 screen pixels per module at 1280×720
    assert modules_drawn(drawn, size) == segno_modules(code)
    assert any(any(row) for row in modules_drawn(drawn, size))  # not blank

    assert room.panel is not None
    room.panel.wifi_name.setText("Biblioteket")
    room.panel.wifi_password.setText("läsesal2026")
    room.panel.wifi_password.editingFinished.emit()
    assert screen.wifi_box.isVisible()
    assert "Biblioteket" in screen.wifi_label.text()
    pixmap = screen.wifi_qr.pixmap()
    wifi_code = qr_code(wifi_data("Biblioteket", "läsesal2026"))
    assert wifi_data("Biblioteket", "läsesal2026") == "WIFI:T:WPA;S:Biblioteket;P:läsesal2026;;"
    wifi_size = int(wifi_code.symbol_size(scale=1, border=QUIET_ZONE)[0])
    assert modules_drawn(pixmap.toImage(), wifi_size) == segno_modules(wifi_code)

    session.run(workshops.update, demo.id, language="en")  # the room's language is changed: words follow
    assert screen.code_label.text() == f"Code: {room.room.join_code}"
    assert modules_drawn(screen.drawn_join_image(), size) == segno_modules(code)

    room.panel.show_qr.setChecked(False)  # the facilitator hides it: the phase's view is back
    assert not screen.isVisible()
    assert presenter.stack.isVisible()
    room.panel.show_qr.setChecked(True)
    assert screen.isVisible()
    room.panel.close_room_button.click()
    await until(lambda: not screen.isVisible())
    assert presenter.stack.isVisible()
