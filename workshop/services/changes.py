"""What a service call changed, so each view can decide whether to redraw (Anki's OpChanges idea)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Area(StrEnum):
    LIBRARY = "library"  # the list of workshops (titles, trash, counts)
    WORKSHOP = "workshop"  # the workshop's own fields
    PARTICIPANTS = "participants"
    AGENDA = "agenda"
    TIMER = "timer"  # which phase runs, its clock
    FRAMING = "framing"  # problem statement, context, lists
    QUESTIONS = "questions"
    IDEAS = "ideas"
    CLUSTERS = "clusters"
    BOARD = "board"  # positions and sizes on the affinity board
    VOTES = "votes"
    ACTIONS = "actions"
    PRESENTER = "presenter"  # what the shared screen may show (silent mode, reveal)
    METHODS = "methods"  # the facilitator's own methods (library-wide)
    ROOM = "room"  # the room of phones: open, locked, the devices that joined


@dataclass(frozen=True)
class ChangeSet:
    workshop_id: str | None
    areas: frozenset[Area]
    ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, workshop_id: str | None, *areas: Area, ids: tuple[str, ...] | list[str] = ()) -> ChangeSet:
        return cls(workshop_id, frozenset(areas), frozenset(ids))

    def touches(self, *areas: Area) -> bool:
        return any(area in self.areas for area in areas)

    def concerns(self, workshop_id: str, *areas: Area) -> bool:
        """A change to that workshop, or to the whole library (no workshop named, as after a restore), and
        to one of *areas* if any are given: what a view of one workshop follows."""
        return self.workshop_id in (None, workshop_id) and (not areas or self.touches(*areas))

    def __or__(self, other: ChangeSet) -> ChangeSet:
        workshop_id = self.workshop_id or other.workshop_id
        return ChangeSet(workshop_id, self.areas | other.areas, self.ids | other.ids)
