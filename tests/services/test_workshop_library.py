"""Creating, editing, copying, trashing and restoring workshops through the services."""

from __future__ import annotations

import pytest

from workshop.domain.agenda import PhaseKind
from workshop.domain.errors import NotFoundError, ValidationError
from workshop.domain.language import Language
from workshop.domain.workshop import Workshop, WorkshopStatus
from workshop.services import agenda, ideas, participants, questions, workshops
from workshop.services.changes import Area
from workshop.services.templates import load_templates
from workshop.store.library import Library


def test_templates_exist_in_both_languages_with_the_expected_phases() -> None:
    by_key = {t.key: t for t in load_templates()}
    full = by_key["innovation-workshop"]
    kinds = [p.kind for p in full.phases]
    order = [PhaseKind.FRAMING, PhaseKind.IDEAS, PhaseKind.CLUSTERING, PhaseKind.VOTING, PhaseKind.ACTIONS]
    assert [k for k in kinds if k in order] == order
    assert "short-idea-session" in by_key
    for template in by_key.values():
        for language in Language:
            assert template.display_name(language)
            assert all(template.text(p.title, language) for p in template.phases)


def test_creating_from_a_template_fills_agenda_goal_and_a_starter_question(library: Library) -> None:
    workshop, changes = workshops.create(
        library, "Cykelstaden", template="innovation-workshop", language="en"
    )
    assert Area.LIBRARY in changes.areas
    items = agenda.list_agenda(library, workshop.id)
    assert items[0].title == "Welcome and purpose"
    assert [i.position for i in items] == list(range(len(items)))
    assert workshop.goal.startswith("Come up with")
    (question,) = questions.list_questions(library, workshop.id)
    assert question.text == "How might we …?"
    assert not question.focus  # issue #11: a placeholder is a prompt to rewrite, never the room's question
    written, _ = questions.add(library, workshop.id, "How might we make the cycle paths safe in winter?")
    assert written.focus  # the first real question is the one in focus


def test_a_failed_create_writes_nothing(library: Library) -> None:
    with pytest.raises(ValidationError):
        workshops.create(library, "", template="innovation-workshop")
    assert workshops.list_workshops(library) == []
    assert library.db.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0] == 0


def test_rename_and_edit_are_validated_and_leave_the_old_values_on_error(library: Library) -> None:
    workshop, _ = workshops.create(library, "Först")
    renamed, _ = workshops.rename(library, workshop.id, "  Sedan ")
    assert renamed.title == "Sedan"
    with pytest.raises(ValidationError):
        workshops.update(library, workshop.id, date="igår")
    assert workshops.get(library, workshop.id).date == ""
    updated, _ = workshops.update(library, workshop.id, status=WorkshopStatus.FINISHED, date="2026-05-01")
    assert updated.status == WorkshopStatus.FINISHED
    assert updated.updated_at >= workshop.updated_at


def test_trash_hides_and_restore_brings_back(library: Library, demo: Workshop) -> None:
    workshops.move_to_trash(library, demo.id)
    assert workshops.list_workshops(library) == []
    (in_trash,) = workshops.list_workshops(library, trash=True)
    assert in_trash.workshop.id == demo.id
    assert in_trash.ideas == 45
    workshops.restore_from_trash(library, demo.id)
    assert [s.workshop.id for s in workshops.list_workshops(library)] == [demo.id]


def test_purge_only_from_the_trash_and_then_everything_is_gone(library: Library, demo: Workshop) -> None:
    with pytest.raises(ValidationError):
        workshops.purge(library, demo.id)
    workshops.move_to_trash(library, demo.id)
    workshops.purge(library, demo.id)
    for table in ("workshops", "participants", "agenda_items", "questions", "ideas"):
        assert library.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_duplicate_copies_the_plan_people_and_ideas_with_new_ids(library: Library, demo: Workshop) -> None:
    copy, _ = workshops.duplicate(library, demo.id)
    assert copy.id != demo.id
    assert copy.title == "Tryggare skolvägar (kopia)"
    assert copy.status == WorkshopStatus.DRAFT
    old_people = {p.id: p.name for p in participants.list_participants(library, demo.id)}
    new_people = {p.id: p.name for p in participants.list_participants(library, copy.id)}
    assert sorted(old_people.values()) == sorted(new_people.values())
    assert not set(old_people) & set(new_people)
    copied = ideas.list_ideas(library, copy.id)
    assert [i.text for i in copied] == [i.text for i in ideas.list_ideas(library, demo.id)]
    authors = {i.author_id for i in copied if i.author_id}
    assert authors <= set(new_people)
    new_questions = {q.id for q in questions.list_questions(library, copy.id)}
    assert {i.question_id for i in copied} <= new_questions
    assert all(not item.started_at for item in agenda.list_agenda(library, copy.id))


def test_acting_on_a_missing_workshop_says_so(library: Library) -> None:
    with pytest.raises(NotFoundError) as caught:
        workshops.rename(library, "no-such-id", "X")
    assert caught.value.message(Language.SV) == "Workshopen finns inte (längre)."


def test_the_library_listing_counts_and_orders_by_date(library: Library) -> None:
    old, _ = workshops.create(library, "Gammal", date="2025-01-01")
    new, _ = workshops.create(library, "Ny", date="2026-06-01")
    undated, _ = workshops.create(library, "Odaterad")
    participants.add(library, new.id, "Anna")
    ideas.add(library, new.id, "En idé")
    rows = workshops.list_workshops(library)
    assert [r.workshop.title for r in rows] == ["Ny", "Gammal", "Odaterad"]
    assert (rows[0].participants, rows[0].ideas) == (1, 1)
    assert {old.id, undated.id} <= {r.workshop.id for r in rows}


def test_demo_workshop_is_realistic(library: Library, demo: Workshop) -> None:
    people = participants.list_participants(library, demo.id)
    assert len(people) >= 10
    assert len({p.organisation for p in people}) >= 8
    assert len(questions.list_questions(library, demo.id)) == 2
    assert len(ideas.list_ideas(library, demo.id)) >= 40
    assert demo.language == Language.SV
