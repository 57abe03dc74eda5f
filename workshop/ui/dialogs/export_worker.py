"""Run an export or an import check off the GUI thread, reporting progress through Qt signals.

The work is a plain function over frozen data (a snapshot, or the bytes of a file); it never touches the
database or a widget, so it is safe in a QThreadPool thread. Signals are queued back to the GUI thread,
where the dialog updates its widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progress = Signal(float)  # 0.0 … 1.0
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a message


class Worker(QRunnable):
    """One job: ``job(report_progress)`` runs in a pool thread; its result or error comes back as a signal."""

    def __init__(self, job: Callable[[Callable[[float], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # the dialog keeps it until its signals have been delivered

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as error:  # noqa: BLE001 - any failure must reach the dialog, not kill the thread
            self.signals.failed.emit(str(error) or type(error).__name__)
            return
        self.signals.finished.emit(result)


def start(worker: Worker) -> None:
    QThreadPool.globalInstance().start(worker)
