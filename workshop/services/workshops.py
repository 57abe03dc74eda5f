"""Create, rename, edit, duplicate, trash, restore and purge workshops.

Reading one workshop (`get`) and listing the library (`list_workshops`) live in
:mod:`workshop.services.library_listing`, which the window loads first; they are re-exported here.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from workshop.domain.agenda import AgendaItem
from workshop.domain.errors import ValidationError
from workshop.domain.ids import new_id, now_iso
from workshop.domain.language import Language
from workshop.domain.question import Question
from workshop.domain.workshop import Workshop, WorkshopStatus
from workshop.services.changes import Area, ChangeSet
from workshop.services.editable_fields import check_editable
from workshop.services.library_listing import get as get  # re-exported: one way to read a workshop
from workshop.services.library_listing import list_workshops as list_workshops
from workshop.services.templates import Template, get_template
from workshop.store import workshops as workshop_rows
from workshop.store.library import Library
from workshop.store.tables import AGENDA, IDEAS, PARTICIPANTS, QUESTIONS, WORKSHOPS

EDITABLE_FIELDS = {"title", "goal", "language", "date", "location", "facilitator", "organisation", "status"}


def find(lib: Library, id_or_title: str) -> list[Workshop]:
    return workshop_rows.find(lib, id_or_title)


def create(
    lib: Library,
    title: str,
    *,
    template: str | Template | None = None,
    language: Language | str = Language.SV,
    **fields: Any,
) -> tuple[Workshop, ChangeSet]:
    """A new workshop, with the agenda and starter questions of *template* if one is given."""
    lang = Language.parse(str(language))
    chosen = get_template(template) if isinstance(template, str) else template
    if chosen is not None and not fields.get("goal"):
        fields["goal"] = chosen.text(chosen.goal, lang)
    workshop = Workshop.new(title, language=lang, template=chosen.key if chosen else "", **fields)
    with lib.atomic():
        WORKSHOPS.insert(lib, workshop)
        if chosen is not None:
            for position, phase in enumerate(chosen.phases):
                AGENDA.insert(
                    lib,
                    AgendaItem.new(
                        workshop.id,
                        phase.kind,
                        chosen.text(phase.title, lang),
                        instructions=chosen.text(phase.instructions, lang),
                        planned_minutes=phase.minutes,
                        position=position,
                    ),
                )
            starters = chosen.questions.get(lang.value, [])
            focus = next((n for n, q in enumerate(starters) if not q.placeholder), None)  # no placeholder
            for position, starter in enumerate(starters):
                question = Question.new(workshop.id, starter.text, focus=position == focus, position=position)
                QUESTIONS.insert(lib, question)
    return workshop, ChangeSet.of(workshop.id, Area.LIBRARY, Area.WORKSHOP, Area.AGENDA, Area.QUESTIONS)


def update(lib: Library, workshop_id: str, **changes: Any) -> tuple[Workshop, ChangeSet]:
    """Change the workshop's own fields (title, goal, language, date, place, people, status)."""
    check_editable(changes, EDITABLE_FIELDS)
    with lib.atomic():
        current = get(lib, workshop_id)
        updated = dataclasses.replace(current, **changes, updated_at=now_iso()).validated()
        WORKSHOPS.update(lib, updated)
    return updated, ChangeSet.of(workshop_id, Area.LIBRARY, Area.WORKSHOP)


def rename(lib: Library, workshop_id: str, title: str) -> tuple[Workshop, ChangeSet]:
    return update(lib, workshop_id, title=title)


def move_to_trash(lib: Library, workshop_id: str) -> ChangeSet:
    with lib.atomic():
        current = get(lib, workshop_id)
        if not current.in_trash:
            WORKSHOPS.update(lib, dataclasses.replace(current, deleted_at=now_iso()))
    return ChangeSet.of(workshop_id, Area.LIBRARY)


def restore_from_trash(lib: Library, workshop_id: str) -> ChangeSet:
    with lib.atomic():
        current = get(lib, workshop_id)
        WORKSHOPS.update(lib, dataclasses.replace(current, deleted_at=""))
    return ChangeSet.of(workshop_id, Area.LIBRARY)


def purge(lib: Library, workshop_id: str) -> ChangeSet:
    """Remove a workshop in the trash for good, with everything in it."""
    with lib.atomic():
        current = get(lib, workshop_id)
        if not current.in_trash:
            raise ValidationError("bad_choice", "status", choices="trash")
        workshop_rows.purge(lib, workshop_id)
    return ChangeSet.of(workshop_id, Area.LIBRARY)


def duplicate(lib: Library, workshop_id: str, title: str | None = None) -> tuple[Workshop, ChangeSet]:
    """A fresh copy to run again: same plan, people, questions and ideas; new ids; status draft."""
    with lib.atomic():
        source = get(lib, workshop_id)
        stamp = now_iso()
        suffix = " (kopia)" if source.language == Language.SV else " (copy)"
        copy = dataclasses.replace(
            source,
            id=new_id(),
            title=title if title is not None else source.title[: 200 - len(suffix)] + suffix,
            status=WorkshopStatus.DRAFT,
            created_at=stamp,
            updated_at=stamp,
            deleted_at="",
        ).validated()
        WORKSHOPS.insert(lib, copy)
        new_ids: dict[str, str] = {}

        def remap(old: str | None) -> str | None:
            return new_ids.get(old) if old else None

        for participant in PARTICIPANTS.for_workshop(lib, workshop_id):
            new_ids[participant.id] = new_id()
            PARTICIPANTS.insert(
                lib,
                dataclasses.replace(
                    participant, id=new_ids[participant.id], workshop_id=copy.id, present=False
                ),
            )
        for item in AGENDA.for_workshop(lib, workshop_id):
            AGENDA.insert(
                lib, dataclasses.replace(item, id=new_id(), workshop_id=copy.id, started_at="", ended_at="")
            )
        for question in QUESTIONS.for_workshop(lib, workshop_id):
            new_ids[question.id] = new_id()
            QUESTIONS.insert(lib, dataclasses.replace(question, id=new_ids[question.id], workshop_id=copy.id))
        for idea in IDEAS.for_workshop(lib, workshop_id):
            IDEAS.insert(
                lib,
                dataclasses.replace(
                    idea,
                    id=new_id(),
                    workshop_id=copy.id,
                    author_id=remap(idea.author_id),
                    question_id=remap(idea.question_id),
                ),
            )
    return copy, ChangeSet.of(copy.id, Area.LIBRARY)
