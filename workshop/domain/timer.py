"""The phase countdown as arithmetic on what is stored: it survives a restart and needs no real clock.

The database keeps the milliseconds run before the last start and the moment of that start (empty while
paused). Everything the facilitator sees — elapsed, remaining, overrun — follows from those two and "now",
which is always passed in: the UI passes the real time, tests pass whatever they like.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

MINUTE_MS = 60_000


def parse_stamp(stamp: str) -> datetime | None:
    """A stored UTC time stamp, or None for the empty string."""
    if not stamp:
        return None
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def stamp(moment: datetime) -> str:
    """The stored form of a moment: UTC ISO-8601 with milliseconds, sortable as text."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def span_ms(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() * 1000)


@dataclass(frozen=True)
class PhaseClock:
    """The countdown of one phase: its allowed time and how much of it has run."""

    allowed_ms: int
    run_before_ms: int = 0
    running_since: datetime | None = None

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def elapsed_ms(self, now: datetime) -> int:
        extra = span_ms(self.running_since, now) if self.running_since is not None else 0
        return max(0, self.run_before_ms + max(0, extra))

    def remaining_ms(self, now: datetime) -> int:
        """Time left; never negative (see :meth:`overrun_ms` for the time past zero)."""
        return max(0, self.allowed_ms - self.elapsed_ms(now))

    def overrun_ms(self, now: datetime) -> int:
        return max(0, self.elapsed_ms(now) - self.allowed_ms)

    def is_over(self, now: datetime) -> bool:
        return self.elapsed_ms(now) >= self.allowed_ms

    def paused_at(self, now: datetime) -> PhaseClock:
        return PhaseClock(self.allowed_ms, self.elapsed_ms(now), None)


def format_clock(ms: int) -> str:
    """Minutes and seconds as a countdown shows them: 7:05, 125:00. Seconds are rounded up while counting
    down so that 0:00 appears exactly when the time is up."""
    seconds = max(0, (ms + 999) // 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


def actual_minutes(started_at: str, ended_at: str) -> float | None:
    """How long a phase really took, start to end on the wall clock (pauses included: the room waited)."""
    start, end = parse_stamp(started_at), parse_stamp(ended_at)
    if start is None or end is None:
        return None
    return round(span_ms(start, end) / MINUTE_MS, 1)
