"""Run the agenda: start a phase, pause, resume, give more time, move on, finish.

Every call takes ``now`` (a datetime, or a callable returning one) so that the console passes the real
time and tests control the clock. The actual start and end of every phase is recorded on its agenda item,
so the report can set planned against actual minutes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from workshop.domain.agenda import AgendaItem
from workshop.domain.errors import NotFoundError, ValidationError
from workshop.domain.rounds import (
    RoundPosition,
    last_with_extra,
    position,
    start_ms,
    store_rounds,
    with_extra,
)
from workshop.domain.timer import MINUTE_MS, PhaseClock, actual_minutes, parse_stamp, stamp
from workshop.domain.workshop import Workshop, WorkshopStatus
from workshop.services.changes import Area, ChangeSet
from workshop.store.library import Library
from workshop.store.tables import AGENDA, WORKSHOPS

Now = datetime | Callable[[], datetime] | None
MAX_EXTRA_MINUTES = 600


def _moment(now: Now) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now() if callable(now) else now


@dataclass(frozen=True)
class TimerState:
    """What the timer bar and the presenter show: the running phase (if any) and its clock."""

    workshop_id: str
    phase: AgendaItem | None
    clock: PhaseClock | None

    @property
    def running(self) -> bool:
        return self.clock is not None and self.clock.running

    def round_at(self, now: datetime) -> RoundPosition | None:
        """The round running now, for a phase timed in rounds (None for a phase without rounds)."""
        if self.phase is None or self.clock is None:
            return None
        return position(self.phase.round_list(), self.clock.elapsed_ms(now))


@dataclass(frozen=True)
class PhaseTiming:
    """Planned against actual minutes of one phase, for the report."""

    item_id: str
    title: str
    planned_minutes: int
    extra_minutes: int
    started_at: str
    ended_at: str
    actual_minutes: float | None


def _workshop(lib: Library, workshop_id: str) -> Workshop:
    workshop = WORKSHOPS.get(lib, workshop_id)
    if workshop is None:
        raise NotFoundError("workshop", workshop_id)
    return workshop


def _item(lib: Library, item_id: str) -> AgendaItem:
    item = AGENDA.get(lib, item_id)
    if item is None:
        raise NotFoundError("agenda_item", item_id)
    return item


def clock_of(workshop: Workshop, item: AgendaItem) -> PhaseClock:
    return PhaseClock(
        allowed_ms=item.total_minutes * MINUTE_MS,
        run_before_ms=workshop.timer_elapsed_ms,
        running_since=parse_stamp(workshop.timer_running_since),
    )


def state(lib: Library, workshop_id: str) -> TimerState:
    workshop = _workshop(lib, workshop_id)
    item = AGENDA.get(lib, workshop.current_phase_id) if workshop.current_phase_id else None
    if item is None:
        return TimerState(workshop_id, None, None)
    return TimerState(workshop_id, item, clock_of(workshop, item))


def _changes(workshop_id: str, *ids: str, status: bool = False) -> ChangeSet:
    """*status*: the workshop's own status changed too (running, finished), so its views follow."""
    areas = (Area.TIMER, Area.PRESENTER, Area.WORKSHOP) if status else (Area.TIMER, Area.PRESENTER)
    return ChangeSet.of(workshop_id, *areas, ids=[i for i in ids if i])


def _end_current(lib: Library, workshop: Workshop, moment: datetime) -> str:
    """Record the end of the running phase, if any; returns its id."""
    item = AGENDA.get(lib, workshop.current_phase_id) if workshop.current_phase_id else None
    if item is None:
        return ""
    if item.started_at and not item.ended_at:
        AGENDA.update(lib, dataclasses.replace(item, ended_at=stamp(moment)))
    return item.id


def start_phase(lib: Library, workshop_id: str, item_id: str, now: Now = None) -> ChangeSet:
    """Make *item_id* the running phase with a fresh countdown; the phase that ran before ends now.

    Starting a phase that already ran (going back) keeps its first start and runs it again. The workshop
    is running from then on (also after it was finished: it runs again).
    """
    moment = _moment(now)
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        item = _item(lib, item_id)
        if item.workshop_id != workshop_id:
            raise NotFoundError("agenda_item", item_id)
        ended = _end_current(lib, workshop, moment) if workshop.current_phase_id != item_id else ""
        AGENDA.update(
            lib, dataclasses.replace(item, started_at=item.started_at or stamp(moment), ended_at="")
        )
        WORKSHOPS.update(
            lib,
            dataclasses.replace(
                workshop,
                current_phase_id=item_id,
                timer_running_since=stamp(moment),
                timer_elapsed_ms=0,
                status=WorkshopStatus.RUNNING,
            ),
        )
    return _changes(workshop_id, item_id, ended, status=workshop.status != WorkshopStatus.RUNNING)


def pause(lib: Library, workshop_id: str, now: Now = None) -> ChangeSet:
    moment = _moment(now)
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        since = parse_stamp(workshop.timer_running_since)
        if workshop.current_phase_id and since is not None:
            item = _item(lib, workshop.current_phase_id)
            clock = clock_of(workshop, item).paused_at(moment)
            WORKSHOPS.update(
                lib,
                dataclasses.replace(workshop, timer_running_since="", timer_elapsed_ms=clock.run_before_ms),
            )
    return _changes(workshop_id)


def resume(lib: Library, workshop_id: str, now: Now = None) -> ChangeSet:
    moment = _moment(now)
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        if workshop.current_phase_id and not workshop.timer_running_since:
            WORKSHOPS.update(lib, dataclasses.replace(workshop, timer_running_since=stamp(moment)))
    return _changes(workshop_id)


def toggle_pause(lib: Library, workshop_id: str, now: Now = None) -> ChangeSet:
    workshop = _workshop(lib, workshop_id)
    if workshop.timer_running_since:
        return pause(lib, workshop_id, now)
    return resume(lib, workshop_id, now)


def add_minutes(lib: Library, workshop_id: str, minutes: int, now: Now = None) -> tuple[str, ChangeSet]:
    """Give the running phase more time (+1, +5); recorded as extra minutes beside the planned ones.

    Returns the phase that got them, so an undo takes them back from that phase even after the timer has
    moved on to the next one. In a phase timed in rounds the minutes go to the round that is running
    (+1 minute for this sketch).
    """
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        if not workshop.current_phase_id:
            raise ValidationError("empty", "agenda_item")
        _give_to_round(lib, workshop, _item(lib, workshop.current_phase_id), minutes, now)
        changes = _add_extra(lib, workshop_id, workshop.current_phase_id, minutes)
    return workshop.current_phase_id, changes


def _give_to_round(lib: Library, workshop: Workshop, item: AgendaItem, minutes: int, now: Now) -> None:
    """In a phase timed in rounds, extra minutes belong to a round: the one running if the phase runs,
    else its last, so the rounds always add up to the phase's time."""
    rounds = item.round_list()
    if not rounds:
        return
    here = position(rounds, clock_of(workshop, item).elapsed_ms(_moment(now)))
    index = here.index if here is not None and workshop.current_phase_id == item.id else len(rounds) - 1
    more = with_extra(rounds, index, minutes)
    AGENDA.update(lib, dataclasses.replace(item, rounds=store_rounds(more)))


def take_back_minutes(lib: Library, workshop_id: str, item_id: str, minutes: int) -> ChangeSet:
    """Undo of :func:`add_minutes`: the phase *item_id* loses the extra minutes it was given (in a phase
    timed in rounds, from the latest round that was given them)."""
    with lib.atomic():
        item = _item(lib, item_id)
        rounds = item.round_list()
        index = last_with_extra(rounds, minutes) if rounds else None
        if index is not None:
            fewer = with_extra(rounds, index, -minutes)
            AGENDA.update(lib, dataclasses.replace(item, rounds=store_rounds(fewer)))
        return _add_extra(lib, workshop_id, item_id, -minutes)


def give_minutes(lib: Library, workshop_id: str, item_id: str, minutes: int, now: Now = None) -> ChangeSet:
    """Redo of :func:`add_minutes`: the same phase gets the minutes again, running or not."""
    with lib.atomic():
        _give_to_round(lib, _workshop(lib, workshop_id), _item(lib, item_id), minutes, now)
        return _add_extra(lib, workshop_id, item_id, minutes)


def _add_extra(lib: Library, workshop_id: str, item_id: str, minutes: int) -> ChangeSet:
    item = _item(lib, item_id)
    extra = item.extra_minutes + int(minutes)
    if not 0 <= extra <= MAX_EXTRA_MINUTES:
        raise ValidationError("out_of_range", "planned_minutes", low=0, high=MAX_EXTRA_MINUTES)
    AGENDA.update(lib, dataclasses.replace(item, extra_minutes=extra))
    return _changes(workshop_id, item.id)


def next_round(lib: Library, workshop_id: str, now: Now = None) -> ChangeSet:
    """Move a phase timed in rounds on to its next round now; from its last round (or in a phase without
    rounds) this is :func:`next_phase`. The round's clock starts full; a paused timer stays paused."""
    moment = _moment(now)
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        item = AGENDA.get(lib, workshop.current_phase_id) if workshop.current_phase_id else None
        if item is None:
            return next_phase(lib, workshop_id, moment)
        rounds = item.round_list()
        here = position(rounds, clock_of(workshop, item).elapsed_ms(moment))
        if here is None or here.is_last:
            return next_phase(lib, workshop_id, moment)
        WORKSHOPS.update(
            lib,
            dataclasses.replace(
                workshop,
                timer_elapsed_ms=start_ms(rounds, here.index + 1),
                timer_running_since=stamp(moment) if workshop.timer_running_since else "",
            ),
        )
    return _changes(workshop_id, item.id)


def next_phase(lib: Library, workshop_id: str, now: Now = None) -> ChangeSet:
    """End the running phase and start the one after it; after the last phase, finish."""
    moment = _moment(now)
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        items = AGENDA.for_workshop(lib, workshop_id)
        ids = [item.id for item in items]
        if not ids:
            raise ValidationError("empty", "agenda_item")
        if workshop.current_phase_id in ids:
            following = ids.index(workshop.current_phase_id) + 1
            if following >= len(ids):
                return finish(lib, workshop_id, moment)
            return start_phase(lib, workshop_id, ids[following], moment)
        return start_phase(lib, workshop_id, ids[0], moment)


def finish(lib: Library, workshop_id: str, now: Now = None) -> ChangeSet:
    """End the running phase; no phase runs afterwards, and the workshop is finished (the report says so)."""
    moment = _moment(now)
    with lib.atomic():
        workshop = _workshop(lib, workshop_id)
        ended = _end_current(lib, workshop, moment)
        WORKSHOPS.update(
            lib,
            dataclasses.replace(
                workshop,
                current_phase_id="",
                timer_running_since="",
                timer_elapsed_ms=0,
                status=WorkshopStatus.FINISHED,
            ),
        )
    return _changes(workshop_id, ended, status=workshop.status != WorkshopStatus.FINISHED)


def phase_timings(lib: Library, workshop_id: str) -> list[PhaseTiming]:
    """Planned and actual minutes of every phase, in agenda order (actual is None if it never ended)."""
    return [
        PhaseTiming(
            item_id=item.id,
            title=item.title,
            planned_minutes=item.planned_minutes,
            extra_minutes=item.extra_minutes,
            started_at=item.started_at,
            ended_at=item.ended_at,
            actual_minutes=actual_minutes(item.started_at, item.ended_at),
        )
        for item in AGENDA.for_workshop(lib, workshop_id)
    ]
