"""Timed rounds inside one phase (Crazy 8s: eight rounds of a minute; 1-2-4-All: 1, 2, 4, then all).

A phase's rounds are stored on its agenda item as a short JSON list, each round with its planned minutes,
the minutes added while it ran (+1) and what the room reads during it. Which round is running follows from
the phase clock's elapsed time alone, so it survives a restart like the countdown does: round k runs from
the sum of the rounds before it to that sum plus its own length.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from workshop.domain.errors import ValidationError
from workshop.domain.text import LONG_LIMIT, optional_text
from workshop.domain.timer import MINUTE_MS

MAX_ROUNDS = 60
MAX_ROUND_MINUTES = 600


@dataclass(frozen=True)
class Round:
    minutes: int
    extra_minutes: int = 0
    text: str = ""  # what the room reads during this round

    @property
    def length_ms(self) -> int:
        return (self.minutes + self.extra_minutes) * MINUTE_MS


@dataclass(frozen=True)
class RoundPosition:
    """Where a running phase is among its rounds (index from 0)."""

    index: int
    count: int
    remaining_ms: int  # left in this round; 0 once the last round is over
    text: str

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def is_last(self) -> bool:
        return self.index == self.count - 1


def parse_rounds(stored: str) -> tuple[Round, ...]:
    """The rounds kept on an agenda item ('' for a phase without rounds)."""
    if not stored:
        return ()
    try:
        data = json.loads(stored)
    except ValueError:
        raise ValidationError("bad_method_field", "rounds") from None
    if not isinstance(data, list) or len(data) > MAX_ROUNDS:
        raise ValidationError("bad_method_field", "rounds")
    rounds = []
    for n, item in enumerate(data):
        if not isinstance(item, dict):
            raise ValidationError("bad_method_field", f"rounds[{n}]")
        minutes, extra = item.get("minutes"), item.get("extra_minutes", 0)
        for name, value, low in (("minutes", minutes, 1), ("extra_minutes", extra, 0)):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_ROUND_MINUTES:
                raise ValidationError("out_of_range", f"rounds[{n}].{name}", low=low, high=MAX_ROUND_MINUTES)
        text = item.get("text", "")
        if not isinstance(text, str):
            raise ValidationError("bad_method_field", f"rounds[{n}].text")
        assert isinstance(minutes, int)
        assert isinstance(extra, int)
        rounds.append(Round(minutes, extra, optional_text("instructions", text, LONG_LIMIT, multiline=True)))
    return tuple(rounds)


def store_rounds(rounds: tuple[Round, ...] | list[Round]) -> str:
    if not rounds:
        return ""
    return json.dumps(
        [{"minutes": r.minutes, "extra_minutes": r.extra_minutes, "text": r.text} for r in rounds],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def start_ms(rounds: tuple[Round, ...], index: int) -> int:
    """When round *index* begins, counted from the phase's start."""
    return sum(r.length_ms for r in rounds[:index])


def position(rounds: tuple[Round, ...], elapsed_ms: int) -> RoundPosition | None:
    """The round running after *elapsed_ms* of the phase; past the end, the last round with nothing left."""
    if not rounds:
        return None
    begins = 0
    for index, item in enumerate(rounds):
        ends = begins + item.length_ms
        if elapsed_ms < ends:
            return RoundPosition(index, len(rounds), ends - elapsed_ms, item.text)
        begins = ends
    last = len(rounds) - 1
    return RoundPosition(last, len(rounds), 0, rounds[last].text)


def with_extra(rounds: tuple[Round, ...], index: int, minutes: int) -> tuple[Round, ...]:
    """The rounds with *minutes* more (or fewer) in round *index*."""
    item = rounds[index]
    extra = item.extra_minutes + minutes
    if not 0 <= extra <= MAX_ROUND_MINUTES:
        raise ValidationError("out_of_range", "planned_minutes", low=0, high=MAX_ROUND_MINUTES)
    return rounds[:index] + (Round(item.minutes, extra, item.text),) + rounds[index + 1 :]


def last_with_extra(rounds: tuple[Round, ...], minutes: int) -> int | None:
    """The latest round that was given at least *minutes* extra (where an undo of +minutes takes them)."""
    for index in range(len(rounds) - 1, -1, -1):
        if rounds[index].extra_minutes >= minutes:
            return index
    return None
