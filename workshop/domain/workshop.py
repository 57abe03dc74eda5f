"""A workshop: what it is about, when and where it happens, who runs it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workshop.domain.errors import ValidationError
from workshop.domain.ids import new_id, now_iso
from workshop.domain.language import Language
from workshop.domain.text import LONG_LIMIT, SHORT_LIMIT, optional_text, require_text


class WorkshopStatus(StrEnum):
    DRAFT = "draft"
    RUNNING = "running"
    FINISHED = "finished"


def parse_date(value: str | None) -> str:
    """An ISO date (YYYY-MM-DD) or the empty string for 'not decided yet'."""
    text = (value or "").strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError("bad_date", "date") from None


@dataclass(frozen=True)
class Workshop:
    id: str
    title: str
    goal: str = ""
    language: Language = Language.SV
    date: str = ""
    location: str = ""
    facilitator: str = ""
    organisation: str = ""
    status: WorkshopStatus = WorkshopStatus.DRAFT
    template: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str = ""
    problem_statement: str = ""
    context: str = ""
    silent_mode: bool = False
    current_phase_id: str = ""
    timer_running_since: str = ""
    timer_elapsed_ms: int = 0

    @property
    def in_trash(self) -> bool:
        return bool(self.deleted_at)

    def validated(self) -> Workshop:
        """Return a cleaned copy, or raise ValidationError naming the first broken rule."""
        if self.language not in list(Language):
            raise ValidationError("bad_choice", "language", choices="sv, en")
        if self.status not in list(WorkshopStatus):
            raise ValidationError("bad_choice", "status", choices="draft, running, finished")
        return dataclasses.replace(
            self,
            title=require_text("title", self.title, SHORT_LIMIT),
            goal=optional_text("goal", self.goal, LONG_LIMIT, multiline=True),
            date=parse_date(self.date),
            location=optional_text("location", self.location, SHORT_LIMIT),
            facilitator=optional_text("facilitator", self.facilitator, SHORT_LIMIT),
            organisation=optional_text("organisation", self.organisation, SHORT_LIMIT),
            problem_statement=optional_text(
                "problem_statement", self.problem_statement, LONG_LIMIT, multiline=True
            ),
            context=optional_text("context", self.context, LONG_LIMIT, multiline=True),
            language=Language(self.language),
            status=WorkshopStatus(self.status),
        )

    @classmethod
    def new(cls, title: str, **fields: object) -> Workshop:
        stamp = now_iso()
        workshop = cls(id=new_id(), title=title, created_at=stamp, updated_at=stamp)
        return dataclasses.replace(workshop, **fields).validated()  # type: ignore[arg-type]


@dataclass(frozen=True)
class WorkshopSummary:
    """A row of the library: the workshop and the counts a facilitator scans for."""

    workshop: Workshop
    participants: int
    ideas: int
