"""The room's console tests run in qasync's loop, as the app does: a slot that opens the room starts the
server in the running loop, and the test awaits it (PITFALLS.md: qasync / asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any

import pytest
import pytest_asyncio

from tests.ui.room.room_helpers import Phone
from workshop.ui.room.room_host import RoomHost
from workshop.ui.session import Session


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], Any]]:
    def qt_loop() -> Any:
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        return qasync.QEventLoop(app)

    return {"qasync": qt_loop}


@pytest_asyncio.fixture
async def room(session: Session, workshop_id: str) -> AsyncIterator[RoomHost]:
    """The room of the module's ``workshop_id``, on the loopback address and a free port."""
    host = RoomHost(session, workshop_id, host="127.0.0.1", port=0)
    yield host
    await host.close()


@pytest_asyncio.fixture
async def phones() -> AsyncIterator[Callable[[str], Phone]]:
    made: list[Phone] = []

    def make(base: str) -> Phone:
        made.append(Phone(base))
        return made[-1]

    yield make
    for phone in made:
        await phone.http.close()
