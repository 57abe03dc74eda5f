"""The room's console tests run in qasync's loop, as the app does: a slot that opens the room starts the
server in the running loop, and the test awaits it (PITFALLS.md: qasync / asyncio)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], Any]]:
    def qt_loop() -> Any:
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        return qasync.QEventLoop(app)

    return {"qasync": qt_loop}
