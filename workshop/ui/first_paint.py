"""Start-up work that waits until the window is on screen, and the probe that times a cold start.

A zero-timer set before ``show()`` fires *before* the first paint (Qt runs it in the same turn that lays
the new window out), so work deferred that way still delays what the user sees. :class:`AfterFirstPaint`
waits for the window's first paint event, then a moment more: the paint pass goes on into the child
widgets (the library table paints its rows after the window's own paint event) and queues follow-up
events, and all of that should reach the screen before the deferred work takes the event loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

SETTLE_MS = 50
FALLBACK_MS = 2_000


class AfterFirstPaint(QObject):
    """Runs *work* once, shortly after *target* is first painted.

    A window that is never painted (started minimised, or covered on some platforms) still gets its work
    done after *fallback_ms*.
    """

    def __init__(
        self,
        target: QObject,
        work: Callable[[], None],
        *,
        settle_ms: int = SETTLE_MS,
        fallback_ms: int | None = FALLBACK_MS,
    ) -> None:
        super().__init__(target)
        self._work: Callable[[], None] | None = work
        self._settle_ms = settle_ms
        target.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._work is not None and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(self._settle_ms, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


class FirstPaintProbe(QObject):
    """Prints ``painted <time.time()> <time.process_time()>`` on the first turn of the event loop after
    *target*'s first paint, then quits the app (benchmarks/startup.py times a cold start with it)."""

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
        # the wall-clock time, and the CPU time used until now (read by the benchmark)
        print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)  # noqa: T201
        QCoreApplication.quit()
