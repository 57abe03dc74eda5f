"""A "How might we…?" question; at most one per workshop is in focus."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from workshop.domain.ids import new_id
from workshop.domain.text import IDEA_LIMIT, require_text


@dataclass(frozen=True)
class Question:
    id: str
    workshop_id: str
    text: str
    focus: bool = False
    position: int = 0

    def validated(self) -> Question:
        return dataclasses.replace(self, text=require_text("question", self.text, IDEA_LIMIT))

    @classmethod
    def new(cls, workshop_id: str, text: str, **fields: object) -> Question:
        base = cls(id=new_id(), workshop_id=workshop_id, text=text)
        return dataclasses.replace(base, **fields).validated()  # type: ignore[arg-type]
