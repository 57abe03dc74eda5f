"""Problem framing lists: target groups, constraints and success criteria."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.ids import new_id
from workshop.domain.text import IDEA_LIMIT, require_text


class FramingKind(StrEnum):
    TARGET_GROUP = "target_group"
    CONSTRAINT = "constraint"
    SUCCESS_CRITERION = "success_criterion"


@dataclass(frozen=True)
class FramingItem:
    id: str
    workshop_id: str
    kind: FramingKind
    text: str
    position: int = 0

    def validated(self) -> FramingItem:
        return dataclasses.replace(
            self, kind=FramingKind(self.kind), text=require_text("framing_item", self.text, IDEA_LIMIT)
        )

    @classmethod
    def new(cls, workshop_id: str, kind: FramingKind | str, text: str, position: int = 0) -> FramingItem:
        return cls(new_id(), workshop_id, FramingKind(kind), text, position).validated()
