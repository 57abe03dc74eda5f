"""Participants, questions, agenda items and ideas: each edit is one transaction and can be undone."""

from __future__ import annotations

import pytest

from workshop.domain.agenda import PhaseKind
from workshop.domain.errors import ValidationError
from workshop.domain.workshop import Workshop
from workshop.services import agenda, ideas, participants, questions, workshops
from workshop.services.changes import Area
from workshop.store.library import Library


@pytest.fixture
def workshop(library: Library) -> Workshop:
    return workshops.create(library, "Test")[0]


def test_add_edit_and_mark_present(library: Library, workshop: Workshop) -> None:
    anna, changes = participants.add(library, workshop.id, "Anna", organisation="Trafikkontoret")
    assert changes.touches(Area.PARTICIPANTS)
    updated, _ = participants.update(library, anna.id, present=True, role="Planerare")
    assert updated.present
    assert updated.role == "Planerare"
    with pytest.raises(ValidationError):
        participants.update(library, anna.id, name="")
    assert participants.get(library, anna.id).name == "Anna"


def test_removing_a_participant_keeps_their_ideas_and_undo_restores_authorship(
    library: Library, workshop: Workshop
) -> None:
    anna, _ = participants.add(library, workshop.id, "Anna")
    idea, _ = ideas.add(library, workshop.id, "Cykelbuss", author_id=anna.id)
    removed, _ = participants.remove(library, anna.id)
    assert ideas.get(library, idea.id).author_id is None
    participants.restore(library, removed)
    assert participants.get(library, anna.id) == anna
    assert ideas.get(library, idea.id).author_id == anna.id


def test_only_one_question_is_in_focus(library: Library, workshop: Workshop) -> None:
    first, _ = questions.add(library, workshop.id, "Hur skulle vi kunna A?")
    second, _ = questions.add(library, workshop.id, "Hur skulle vi kunna B?")
    assert first.focus
    assert not second.focus
    questions.set_focus(library, workshop.id, second.id)
    assert questions.focus_question(library, workshop.id) == questions.get(library, second.id)
    assert [q.focus for q in questions.list_questions(library, workshop.id)] == [False, True]


def test_removing_a_question_keeps_its_ideas_and_undo_reattaches_them(
    library: Library, workshop: Workshop
) -> None:
    question, _ = questions.add(library, workshop.id, "Hur?")
    idea, _ = ideas.add(library, workshop.id, "Idé", question_id=question.id)
    removed, _ = questions.remove(library, question.id)
    assert ideas.get(library, idea.id).question_id is None
    questions.restore(library, removed)
    assert ideas.get(library, idea.id).question_id == question.id
    assert questions.get(library, question.id).focus


def test_agenda_add_update_reorder_remove_restore(library: Library, workshop: Workshop) -> None:
    a, _ = agenda.add(library, workshop.id, PhaseKind.FRAMING, "Ramar")
    b, _ = agenda.add(library, workshop.id, PhaseKind.IDEAS, "Idéer", planned_minutes=30)
    agenda.update(library, b.id, title="Idéstorm", planned_minutes=25)
    agenda.reorder(library, workshop.id, [b.id, a.id])
    assert [i.title for i in agenda.list_agenda(library, workshop.id)] == ["Idéstorm", "Ramar"]
    removed, _ = agenda.remove(library, a.id)
    agenda.restore(library, removed)
    assert [i.id for i in agenda.list_agenda(library, workshop.id)] == [b.id, a.id]


def test_ideas_add_edit_remove_restore_and_reorder(library: Library, workshop: Workshop) -> None:
    one, _ = ideas.add(library, workshop.id, "Ett 🚲")
    two, _ = ideas.add(library, workshop.id, "Två")
    assert (one.position, two.position) == (0, 1)
    edited, _ = ideas.update(library, one.id, text="Ett <b>fetare</b> 🚲")
    assert edited.text == "Ett <b>fetare</b> 🚲"
    removed, _ = ideas.remove(library, one.id)
    assert ideas.count(library, workshop.id) == 1
    ideas.restore(library, removed)
    assert ideas.get(library, one.id) == edited
    ideas.reorder(library, workshop.id, [two.id, one.id])
    assert [i.id for i in ideas.list_ideas(library, workshop.id)] == [two.id, one.id]


def test_a_bulk_paste_is_all_or_nothing(library: Library, workshop: Workshop) -> None:
    with pytest.raises(ValidationError):
        ideas.add_many(library, workshop.id, ["Ett", "   ", "Tre"])
    assert ideas.count(library, workshop.id) == 0
    added, _ = ideas.add_many(library, workshop.id, ["Ett", "Två", "Tre"])
    assert [i.text for i in ideas.list_ideas(library, workshop.id)] == ["Ett", "Två", "Tre"]
    assert len(added) == 3


def test_an_idea_over_the_limit_is_refused_and_nothing_is_written(
    library: Library, workshop: Workshop
) -> None:
    with pytest.raises(ValidationError) as caught:
        ideas.add(library, workshop.id, "x" * 10_000)
    assert caught.value.code == "too_long"
    assert ideas.count(library, workshop.id) == 0


def test_deleting_a_workshop_for_good_cascades_but_only_for_that_workshop(library: Library) -> None:
    keep, _ = workshops.create(library, "Behåll")
    drop, _ = workshops.create(library, "Släng")
    for w in (keep, drop):
        participants.add(library, w.id, "Anna")
        ideas.add(library, w.id, "Idé")
    workshops.move_to_trash(library, drop.id)
    workshops.purge(library, drop.id)
    assert ideas.count(library, keep.id) == 1
    assert len(participants.list_participants(library, keep.id)) == 1
