"""Screenshots of the room of phones for the README: the shared screen while phones join, and the panel.

Run offscreen: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_room_shots.py
Uses the demo workshop in a temporary library. The room really opens, on the loopback address only (a
shot must not listen on the network); the shared screen is then shown the address a room's Wi-Fi would
give the laptop (192.168.1.23:8765, an example) with the room's real join code. The phone screens are saved
by tests/browser/test_phone_page.py from a real browser.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workshop.domain.language import Language  # noqa: E402
from workshop.services import participants, room  # noqa: E402
from workshop.services.demo import create_demo  # noqa: E402
from workshop.store.library import Library  # noqa: E402
from workshop.ui.main_window import MainWindow  # noqa: E402
from workshop.ui.room.room_of_phones import RoomOfPhones  # noqa: E402
from workshop.ui.session import Session  # noqa: E402
from workshop.ui.settings import AppSettings  # noqa: E402
from workshop.ui.translation import install_translator  # noqa: E402

HERE = Path(__file__).resolve().parent
EXAMPLE_ADDRESS = "192.168.1.23:8765"  # as in the README's text


async def shoot(window: MainWindow, lib: Library, workshop_id: str) -> None:
    phones = RoomOfPhones(window, host="127.0.0.1", port=0)
    window.room_of_phones = phones
    window.open_workshop(workshop_id)
    window._fill_run_menu()
    panel = phones.show_panel()
    assert panel is not None
    assert phones.room is not None
    await phones.room.open()
    people = participants.list_participants(lib, workshop_id)
    code = room.settings(lib, workshop_id).join_code
    for person in people[:3]:
        room.join(lib, workshop_id, code, person.id)
    room.join(lib, workshop_id, code, None)
    panel.wifi_name.setText("Biblioteket")
    panel.wifi_password.setText("lasesal2026")
    panel.refresh()
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None
    assert phones.join_screen is not None
    presenter.resize(1280, 720)
    address = f"http://{EXAMPLE_ADDRESS}"
    phones.join_screen.show_join(f"{address}/?code={code}", address, code, panel.wifi())
    await asyncio.sleep(0.3)
    presenter.grab().save(str(HERE / "presenter-room-join-sv.png"))
    panel.url.setText(f"{address}/?code={code}")
    panel.grab().save(str(HERE / "console-room-panel-en.png"))
    await phones.room.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    install_translator(app, Language.EN)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # the shot's settings never touch the user's
        lib = Library.open(Path(folder) / "library.sqlite")
        workshop, _ = create_demo(lib)
        session = Session(lib, Language.EN)
        window = MainWindow(session, AppSettings())
        window.resize(1280, 800)
        window.show()
        loop.run_until_complete(shoot(window, lib, workshop.id))
        window.room_of_phones = None
        window.close()
        lib.close()


if __name__ == "__main__":
    main()
