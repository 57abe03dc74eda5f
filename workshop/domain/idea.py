"""An idea: one sticky note's worth of text, from someone (or anonymous), for a question."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from workshop.domain.ids import new_id, now_iso
from workshop.domain.text import IDEA_LIMIT, LONG_LIMIT, optional_text, require_text


@dataclass(frozen=True)
class Idea:
    id: str
    workshop_id: str
    text: str
    description: str = ""
    author_id: str | None = None
    question_id: str | None = None
    position: int = 0
    created_at: str = ""
    updated_at: str = ""
    revealed: bool = True
    cluster_id: str | None = None
    board_x: float | None = None
    board_y: float | None = None
    merged_into: str | None = None

    def validated(self) -> Idea:
        """This idea with its text cleaned and checked (ValidationError if it breaks a rule).

        An idea that is already clean is returned as it is: an import checks thousands of them.
        """
        cleaned: dict[str, Any] = {
            "text": require_text("text", self.text, IDEA_LIMIT),
            "description": optional_text("description", self.description, LONG_LIMIT, multiline=True),
            "author_id": self.author_id or None,
            "question_id": self.question_id or None,
            "cluster_id": self.cluster_id or None,
            "merged_into": self.merged_into or None,
        }
        if all(getattr(self, name) == value for name, value in cleaned.items()):
            return self
        return Idea(**{**vars(self), **cleaned})  # quicker than dataclasses.replace

    @classmethod
    def new(cls, workshop_id: str, text: str, **fields: object) -> Idea:
        stamp = now_iso()
        base = cls(id=new_id(), workshop_id=workshop_id, text=text, created_at=stamp, updated_at=stamp)
        return dataclasses.replace(base, **fields).validated()  # type: ignore[arg-type]
