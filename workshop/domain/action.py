"""An action item of the action plan: who does what by when."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.ids import new_id, now_iso
from workshop.domain.text import IDEA_LIMIT, SHORT_LIMIT, optional_text, require_text
from workshop.domain.workshop import parse_date


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass(frozen=True)
class Action:
    id: str
    workshop_id: str
    title: str
    idea_id: str | None = None
    cluster_id: str | None = None
    owner_id: str | None = None
    owner_text: str = ""
    due_date: str = ""
    next_step: str = ""
    status: ActionStatus = ActionStatus.NOT_STARTED
    position: int = 0
    created_at: str = ""

    def validated(self) -> Action:
        return dataclasses.replace(
            self,
            title=require_text("action", self.title, IDEA_LIMIT),
            owner_text=optional_text("owner", self.owner_text, SHORT_LIMIT),
            next_step=optional_text("next_step", self.next_step, IDEA_LIMIT),
            due_date=parse_date(self.due_date),
            status=ActionStatus(self.status),
            idea_id=self.idea_id or None,
            cluster_id=self.cluster_id or None,
            owner_id=self.owner_id or None,
        )

    @classmethod
    def new(cls, workshop_id: str, title: str, **fields: object) -> Action:
        base = cls(id=new_id(), workshop_id=workshop_id, title=title, created_at=now_iso())
        return dataclasses.replace(base, **fields).validated()  # type: ignore[arg-type]
