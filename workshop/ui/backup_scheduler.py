"""Makes the automatic backups while the window is open: at start, after changes, and when quitting.

The rule of when a backup is due lives in :class:`workshop.services.backups.BackupClock`; this object only
feeds it the session's changes and asks it once a minute. The clock is injectable so tests need no waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from workshop.services import backups
from workshop.services.changes import ChangeSet
from workshop.store.errors import LibraryError
from workshop.ui.session import Session

CHECK_EVERY_MS = 60_000
START_DELAY_MS = 1_500


def _utcnow() -> datetime:
    return datetime.now(UTC)


class BackupScheduler(QObject):
    backed_up = Signal(object)  # backups.Backup
    failed = Signal(str)  # a message in the UI language; editing goes on, the library itself is fine

    def __init__(
        self,
        session: Session,
        *,
        clock: Callable[[], datetime] = _utcnow,
        check_every_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.rule = backups.BackupClock()
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        session.changed.connect(self._on_changed)

    def _on_changed(self, _changes: ChangeSet) -> None:
        self.rule.note_change()

    def start(self, delay_ms: int = START_DELAY_MS) -> backups.Backup | None:
        """The backup made when the library is opened; then the periodic checks begin.

        By default it is made just after the window has appeared, so it never delays the first paint;
        with ``delay_ms=0`` it is made at once and returned.
        """
        self.timer.start()
        if delay_ms > 0:
            QTimer.singleShot(delay_ms, self, self.backup_now)
            return None
        return self.backup_now()

    def check(self) -> backups.Backup | None:
        if self.rule.due(self.clock()):
            return self.backup_now()
        return None

    def finish(self) -> backups.Backup | None:
        """A last backup when quitting, if anything changed since the previous one."""
        self.timer.stop()
        return self.backup_now() if self.rule.changed else None

    def backup_now(self) -> backups.Backup | None:
        now = self.clock()
        try:
            made = backups.make_backup(self.session.library, now=now)
        except LibraryError as error:
            self.failed.emit(
                self.tr("The automatic backup failed: %1").replace("%1", error.message(self.session.language))
            )
            return None
        self.rule.done(now)
        self.backed_up.emit(made)
        return made
