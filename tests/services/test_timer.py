"""The phase timer with a controlled clock: start, pause, resume, more time, next phase, finish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.timer import format_clock
from workshop.domain.workshop import Workshop, WorkshopStatus
from workshop.services import agenda, timer, workshops
from workshop.services.changes import Area
from workshop.store.library import Library

T0 = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_start_counts_down_from_the_planned_minutes(library: Library, demo: Workshop) -> None:
    first = agenda.list_agenda(library, demo.id)[0]
    timer.start_phase(library, demo.id, first.id, at(0))
    state = timer.state(library, demo.id)
    assert state.phase is not None
    assert state.phase.id == first.id
    assert state.clock is not None
    assert state.running
    assert state.clock.remaining_ms(at(3)) == (first.planned_minutes - 3) * 60_000
    assert format_clock(state.clock.remaining_ms(at(3))) == f"{first.planned_minutes - 3}:00"
    assert timer.state(library, demo.id).phase.started_at.startswith("2026-03-14T09:00:00")  # type: ignore[union-attr]


def test_pause_freezes_and_resume_continues(library: Library, demo: Workshop) -> None:
    first = agenda.list_agenda(library, demo.id)[0]
    timer.start_phase(library, demo.id, first.id, at(0))
    timer.pause(library, demo.id, at(2))
    clock = timer.state(library, demo.id).clock
    assert clock is not None
    assert not clock.running
    assert clock.elapsed_ms(at(50)) == 2 * 60_000
    timer.resume(library, demo.id, at(10))
    clock = timer.state(library, demo.id).clock
    assert clock is not None
    assert clock.elapsed_ms(at(11)) == 3 * 60_000
    timer.toggle_pause(library, demo.id, at(12))
    assert not timer.state(library, demo.id).running


def test_zero_and_overrun(library: Library, demo: Workshop) -> None:
    first = agenda.list_agenda(library, demo.id)[0]
    timer.start_phase(library, demo.id, first.id, at(0))
    clock = timer.state(library, demo.id).clock
    assert clock is not None
    assert not clock.is_over(at(first.planned_minutes - 0.01))
    assert clock.is_over(at(first.planned_minutes))
    assert clock.remaining_ms(at(first.planned_minutes + 2)) == 0
    assert clock.overrun_ms(at(first.planned_minutes + 2)) == 2 * 60_000


def test_added_minutes_extend_the_countdown_and_are_recorded(library: Library, demo: Workshop) -> None:
    first = agenda.list_agenda(library, demo.id)[0]
    timer.start_phase(library, demo.id, first.id, at(0))
    timer.add_minutes(library, demo.id, 1)
    timer.add_minutes(library, demo.id, 5)
    state = timer.state(library, demo.id)
    assert state.phase is not None
    assert state.phase.extra_minutes == 6
    assert state.clock is not None
    assert state.clock.allowed_ms == (first.planned_minutes + 6) * 60_000


def test_added_minutes_can_be_taken_back_from_the_phase_that_got_them(
    library: Library, demo: Workshop
) -> None:
    first, second = agenda.list_agenda(library, demo.id)[:2]
    timer.start_phase(library, demo.id, first.id, at(0))
    given, _ = timer.add_minutes(library, demo.id, 5)
    assert given == first.id
    timer.next_phase(library, demo.id, at(3))
    changes = timer.take_back_minutes(library, demo.id, given, 5)
    assert agenda.get(library, first.id).extra_minutes == 0
    assert agenda.get(library, second.id).extra_minutes == 0
    assert first.id in changes.ids
    with pytest.raises(ValidationError):  # never below the planned time
        timer.take_back_minutes(library, demo.id, given, 1)
    timer.give_minutes(library, demo.id, given, 5)
    assert agenda.get(library, first.id).extra_minutes == 5


def test_add_minutes_needs_a_running_phase(library: Library, demo: Workshop) -> None:
    with pytest.raises(ValidationError):
        timer.add_minutes(library, demo.id, 1)


def test_next_phase_records_actual_start_and_end(library: Library, demo: Workshop) -> None:
    items = agenda.list_agenda(library, demo.id)
    timer.next_phase(library, demo.id, at(0))  # nothing ran: starts the first
    timer.next_phase(library, demo.id, at(12))
    state = timer.state(library, demo.id)
    assert state.phase is not None
    assert state.phase.id == items[1].id
    assert state.clock is not None
    assert state.clock.elapsed_ms(at(12)) == 0
    timings = timer.phase_timings(library, demo.id)
    assert timings[0].planned_minutes == items[0].planned_minutes
    assert timings[0].actual_minutes == 12.0
    assert timings[1].actual_minutes is None  # still running


def test_next_after_the_last_phase_finishes(library: Library, demo: Workshop) -> None:
    items = agenda.list_agenda(library, demo.id)
    timer.start_phase(library, demo.id, items[-1].id, at(0))
    timer.next_phase(library, demo.id, at(4))
    state = timer.state(library, demo.id)
    assert state.phase is None
    assert state.clock is None
    assert timer.phase_timings(library, demo.id)[-1].actual_minutes == 4.0


def test_going_back_keeps_the_first_start(library: Library, demo: Workshop) -> None:
    items = agenda.list_agenda(library, demo.id)
    timer.start_phase(library, demo.id, items[0].id, at(0))
    timer.start_phase(library, demo.id, items[1].id, at(5))
    timer.start_phase(library, demo.id, items[0].id, at(8))
    first = agenda.get(library, items[0].id)
    assert first.started_at.startswith("2026-03-14T09:00:00")
    assert first.ended_at == ""
    assert agenda.get(library, items[1].id).ended_at.startswith("2026-03-14T09:08:00")


def test_now_may_be_a_callable(library: Library, demo: Workshop) -> None:
    items = agenda.list_agenda(library, demo.id)
    timer.start_phase(library, demo.id, items[0].id, lambda: at(1))
    assert agenda.get(library, items[0].id).started_at.startswith("2026-03-14T09:01:00")


def test_format_clock_rounds_up_while_counting_down() -> None:
    assert format_clock(0) == "0:00"
    assert format_clock(1) == "0:01"
    assert format_clock(65_000) == "1:05"
    assert format_clock(125 * 60_000) == "125:00"


def test_the_workshops_status_follows_the_run(library: Library, demo: Workshop) -> None:
    """Issue #11: the report's cover said "Being planned" after the workshop had run."""
    workshops.update(library, demo.id, status=WorkshopStatus.DRAFT)
    items = agenda.list_agenda(library, demo.id)
    changes = timer.start_phase(library, demo.id, items[0].id, at(0))
    assert workshops.get(library, demo.id).status == WorkshopStatus.RUNNING
    assert changes.touches(Area.WORKSHOP)  # the library list and details page follow
    for minute in range(1, len(items)):
        timer.next_phase(library, demo.id, at(minute))
        assert workshops.get(library, demo.id).status == WorkshopStatus.RUNNING
    timer.next_phase(library, demo.id, at(len(items)))  # the end of the last phase
    assert workshops.get(library, demo.id).status == WorkshopStatus.FINISHED


def test_finishing_the_run_by_hand_finishes_the_workshop(library: Library, demo: Workshop) -> None:
    workshops.update(library, demo.id, status=WorkshopStatus.DRAFT)
    first = agenda.list_agenda(library, demo.id)[0]
    timer.start_phase(library, demo.id, first.id, at(0))
    timer.finish(library, demo.id, at(5))
    assert workshops.get(library, demo.id).status == WorkshopStatus.FINISHED
    timer.start_phase(library, demo.id, first.id, at(6))  # running it again
    assert workshops.get(library, demo.id).status == WorkshopStatus.RUNNING
