"""The "How might we…?" questions; exactly one can be in focus."""

from __future__ import annotations

import dataclasses

from workshop.domain.errors import NotFoundError
from workshop.domain.question import Question
from workshop.services.changes import Area, ChangeSet
from workshop.store import ideas as idea_rows
from workshop.store.library import Library
from workshop.store.tables import QUESTIONS


def list_questions(lib: Library, workshop_id: str) -> list[Question]:
    return QUESTIONS.for_workshop(lib, workshop_id)


def focus_question(lib: Library, workshop_id: str) -> Question | None:
    return next((q for q in list_questions(lib, workshop_id) if q.focus), None)


def get(lib: Library, question_id: str) -> Question:
    question = QUESTIONS.get(lib, question_id)
    if question is None:
        raise NotFoundError("question", question_id)
    return question


def add(
    lib: Library, workshop_id: str, text: str, *, focus: bool | None = None
) -> tuple[Question, ChangeSet]:
    """Add a question; the first question of a workshop is in focus unless said otherwise."""
    with lib.atomic():
        existing = list_questions(lib, workshop_id)
        in_focus = (not any(q.focus for q in existing)) if focus is None else focus
        question = Question.new(workshop_id, text, position=QUESTIONS.next_position(lib, workshop_id))
        QUESTIONS.insert(lib, question)
        if in_focus:
            _set_focus(lib, workshop_id, question.id)
            question = dataclasses.replace(question, focus=True)
    return question, ChangeSet.of(workshop_id, Area.QUESTIONS, ids=[question.id])


def edit(lib: Library, question_id: str, text: str) -> tuple[Question, ChangeSet]:
    with lib.atomic():
        updated = dataclasses.replace(get(lib, question_id), text=text).validated()
        QUESTIONS.update(lib, updated)
    return updated, ChangeSet.of(updated.workshop_id, Area.QUESTIONS, ids=[question_id])


def _set_focus(lib: Library, workshop_id: str, question_id: str | None) -> None:
    for question in list_questions(lib, workshop_id):
        wanted = question.id == question_id
        if question.focus != wanted:
            QUESTIONS.update(lib, dataclasses.replace(question, focus=wanted))


def set_focus(lib: Library, workshop_id: str, question_id: str | None) -> ChangeSet:
    """Put one question in focus (None: no focus). The others lose focus."""
    with lib.atomic():
        if question_id is not None:
            get(lib, question_id)
        _set_focus(lib, workshop_id, question_id)
    return ChangeSet.of(workshop_id, Area.QUESTIONS, Area.PRESENTER)


@dataclasses.dataclass(frozen=True)
class RemovedQuestion:
    question: Question
    idea_ids: tuple[str, ...]


def remove(lib: Library, question_id: str) -> tuple[RemovedQuestion, ChangeSet]:
    """Remove a question; its ideas stay, without a question."""
    with lib.atomic():
        question = get(lib, question_id)
        removed = RemovedQuestion(question, tuple(idea_rows.for_question(lib, question_id)))
        QUESTIONS.delete(lib, question_id)
    return removed, ChangeSet.of(question.workshop_id, Area.QUESTIONS, Area.IDEAS, ids=[question_id])


def restore(lib: Library, removed: RemovedQuestion) -> ChangeSet:
    question = removed.question
    with lib.atomic():
        if question.focus:
            _set_focus(lib, question.workshop_id, None)
        QUESTIONS.insert(lib, question)
        idea_rows.set_question(lib, list(removed.idea_ids), question.id)
    return ChangeSet.of(question.workshop_id, Area.QUESTIONS, Area.IDEAS, ids=[question.id])


def reorder(lib: Library, workshop_id: str, ordered_ids: list[str]) -> ChangeSet:
    with lib.atomic():
        QUESTIONS.set_positions(lib, ordered_ids)
    return ChangeSet.of(workshop_id, Area.QUESTIONS)
