"""Report when the main window is first painted (used by benchmarks/startup.py to time a cold start)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


class FirstPaintProbe(QObject):
    """Prints ``painted <perf_counter>`` to stdout on the first paint of *target*, then quits the app."""

    def __init__(self, target: QObject) -> None:
        super().__init__(target)
        self._done = False
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)  # noqa: T201 (read by the benchmark)
        QCoreApplication.quit()
