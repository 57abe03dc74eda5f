"""A cluster on the affinity board: a named, coloured frame of ideas that belong together."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from workshop.domain.ids import new_id, now_iso
from workshop.domain.text import SHORT_LIMIT, optional_text


@dataclass(frozen=True)
class Cluster:
    id: str
    workshop_id: str
    title: str = ""
    colour: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0
    position: int = 0
    created_at: str = ""

    def validated(self) -> Cluster:
        return dataclasses.replace(self, title=optional_text("title", self.title, SHORT_LIMIT))

    @classmethod
    def new(cls, workshop_id: str, title: str = "", **fields: object) -> Cluster:
        base = cls(id=new_id(), workshop_id=workshop_id, title=title, created_at=now_iso())
        return dataclasses.replace(base, **fields).validated()  # type: ignore[arg-type]
