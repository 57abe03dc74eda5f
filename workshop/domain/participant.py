"""A person taking part: named for the roster, the idea authors and the turns in voting."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from workshop.domain.ids import new_id, now_iso
from workshop.domain.text import SHORT_LIMIT, optional_text, require_text


@dataclass(frozen=True)
class Participant:
    id: str
    workshop_id: str
    name: str
    organisation: str = ""
    role: str = ""
    present: bool = False
    position: int = 0
    created_at: str = ""

    def validated(self) -> Participant:
        return dataclasses.replace(
            self,
            name=require_text("name", self.name, SHORT_LIMIT),
            organisation=optional_text("organisation", self.organisation, SHORT_LIMIT),
            role=optional_text("role", self.role, SHORT_LIMIT),
        )

    @classmethod
    def new(cls, workshop_id: str, name: str, **fields: object) -> Participant:
        base = cls(id=new_id(), workshop_id=workshop_id, name=name, created_at=now_iso())
        return dataclasses.replace(base, **fields).validated()  # type: ignore[arg-type]
