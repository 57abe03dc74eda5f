"""The agenda: timed phases that drive the workshop."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.errors import ValidationError
from workshop.domain.ids import new_id
from workshop.domain.rounds import Round, parse_rounds, store_rounds
from workshop.domain.text import LONG_LIMIT, SHORT_LIMIT, optional_text, require_text

MAX_PHASE_MINUTES = 600


class PhaseKind(StrEnum):
    """What happens in a phase; each kind has its own workspace in the console."""

    INTRO = "intro"
    FRAMING = "framing"
    IDEAS = "ideas"
    CLUSTERING = "clustering"
    VOTING = "voting"
    ACTIONS = "actions"
    BREAK = "break"
    OTHER = "other"


@dataclass(frozen=True)
class AgendaItem:
    id: str
    workshop_id: str
    kind: PhaseKind
    title: str
    instructions: str = ""
    planned_minutes: int = 10
    position: int = 0
    started_at: str = ""
    ended_at: str = ""
    extra_minutes: int = 0
    method: str = ""  # the method this phase came from, as the report names it ("1-2-4-All")
    facilitator_notes: str = ""  # what the facilitator says and does (the console, never the shared screen)
    rounds: str = ""  # timed rounds inside the phase, see workshop.domain.rounds ('' for none)

    def round_list(self) -> tuple[Round, ...]:
        return parse_rounds(self.rounds)

    @property
    def total_minutes(self) -> int:
        """Planned minutes plus the minutes added while the phase ran."""
        return self.planned_minutes + self.extra_minutes

    def validated(self) -> AgendaItem:
        if self.kind not in list(PhaseKind):
            raise ValidationError("bad_choice", "kind", choices=", ".join(k.value for k in PhaseKind))
        minutes = int(self.planned_minutes)
        if not 0 <= minutes <= MAX_PHASE_MINUTES:
            raise ValidationError("out_of_range", "planned_minutes", low=0, high=MAX_PHASE_MINUTES)
        rounds = parse_rounds(self.rounds)
        if rounds:
            rounds = _retimed(rounds, minutes)
        return dataclasses.replace(
            self,
            kind=PhaseKind(self.kind),
            title=require_text("title", self.title, SHORT_LIMIT),
            instructions=optional_text("instructions", self.instructions, LONG_LIMIT, multiline=True),
            planned_minutes=minutes,
            method=optional_text("title", self.method, SHORT_LIMIT),
            facilitator_notes=optional_text(
                "instructions", self.facilitator_notes, LONG_LIMIT, multiline=True
            ),
            rounds=store_rounds(rounds),
        )

    @classmethod
    def new(cls, workshop_id: str, kind: PhaseKind | str, title: str, **fields: object) -> AgendaItem:
        base = cls(id=new_id(), workshop_id=workshop_id, kind=kind, title=title)  # type: ignore[arg-type]
        return dataclasses.replace(base, **fields).validated()  # type: ignore[arg-type]


def _retimed(rounds: tuple[Round, ...], planned_minutes: int) -> tuple[Round, ...]:
    """Rounds whose planned minutes add up to the phase's: a retimed phase lengthens or shortens its last
    round (1-2-4-All given more time gives it to "all"); a phase too short for its rounds is refused."""
    difference = planned_minutes - sum(r.minutes for r in rounds)
    if difference == 0:
        return rounds
    last = rounds[-1]
    if last.minutes + difference < 1:
        low = sum(r.minutes for r in rounds[:-1]) + 1
        raise ValidationError("out_of_range", "planned_minutes", low=low, high=MAX_PHASE_MINUTES)
    return rounds[:-1] + (Round(last.minutes + difference, last.extra_minutes, last.text),)
