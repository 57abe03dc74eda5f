"""A small workshop with its room open: three people on the roster, a question in focus."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from workshop.domain.room import Device
from workshop.services import participants, questions, room, workshops
from workshop.store.library import Library


@dataclass
class Room:
    lib: Library
    workshop_id: str
    code: str
    people: dict[str, str]  # name -> participant id
    question_id: str

    def join(self, name: str | None = None) -> tuple[Device, str]:
        pid = self.people[name] if name else None
        joined, _ = room.join(self.lib, self.workshop_id, self.code, pid)
        return joined.device, joined.token


def make_room(lib: Library, title: str = "Rummet", language: str = "sv") -> Room:
    workshop, _ = workshops.create(lib, title, language=language)
    people = {}
    for name in ("Karin", "Oskar", "Lena"):
        person, _ = participants.add(lib, workshop.id, name)
        people[name] = person.id
    question, _ = questions.add(lib, workshop.id, "Hur kan vi göra skolvägen tryggare?")
    settings, _ = room.open_room(lib, workshop.id)
    return Room(lib, workshop.id, settings.join_code, people, question.id)


@pytest.fixture
def the_room(library: Library) -> Room:
    return make_room(library)
