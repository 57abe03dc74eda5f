"""Rules of the workshop records: validation and defaults."""

from __future__ import annotations

import uuid

import pytest

from workshop.domain.agenda import AgendaItem, PhaseKind
from workshop.domain.errors import ValidationError
from workshop.domain.idea import Idea
from workshop.domain.language import Language
from workshop.domain.participant import Participant
from workshop.domain.question import Question
from workshop.domain.workshop import Workshop, WorkshopStatus


def test_a_new_workshop_gets_a_uuid_a_draft_status_and_clean_fields() -> None:
    workshop = Workshop.new("  Tryggare skolvägar  ", location="Hagsätra\n")
    assert uuid.UUID(workshop.id).version == 4
    assert workshop.title == "Tryggare skolvägar"
    assert workshop.location == "Hagsätra"
    assert workshop.status == WorkshopStatus.DRAFT
    assert workshop.language == Language.SV
    assert workshop.created_at
    assert workshop.created_at == workshop.updated_at


def test_a_workshop_needs_a_title() -> None:
    with pytest.raises(ValidationError) as caught:
        Workshop.new("")
    assert caught.value.field == "title"


@pytest.mark.parametrize("bad", ["14/3", "2026-02-30", "imorgon"])
def test_a_date_must_be_a_real_iso_date(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Workshop.new("W", date=bad)
    assert "2026-03-14" in caught.value.message(Language.EN)


def test_an_unknown_status_or_language_is_refused() -> None:
    with pytest.raises(ValidationError):
        Workshop.new("W", status="archived")
    with pytest.raises(ValidationError):
        Workshop.new("W", language="de")


def test_language_parsing_accepts_locale_names() -> None:
    assert Language.parse("sv_SE.UTF-8") == Language.SV
    assert Language.parse("en-GB") == Language.EN
    assert Language.parse("de_DE", Language.EN) == Language.EN


def test_participant_idea_question_and_agenda_rules() -> None:
    with pytest.raises(ValidationError):
        Participant.new("w", "  ")
    idea = Idea.new("w", "Fler\x00 cykelställ", description="rad ett\r\nrad två", author_id="")
    assert idea.text == "Fler cykelställ"
    assert idea.description == "rad ett\nrad två"
    assert idea.author_id is None
    with pytest.raises(ValidationError):
        Question.new("w", "")
    with pytest.raises(ValidationError) as caught:
        AgendaItem.new("w", PhaseKind.IDEAS, "Idéer", planned_minutes=601)
    assert caught.value.code == "out_of_range"
    with pytest.raises(ValidationError):
        AgendaItem.new("w", "dance", "Dans")
