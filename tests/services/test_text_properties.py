"""Any text a person can type (or paste) either saves cleaned or is refused with a ValidationError.

Never an unexpected exception, never a half-saved record, never a damaged library. Hypothesis generates
the text: every Unicode category including lone surrogates, control characters and line breaks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.errors import ValidationError
from workshop.domain.text import clean_text
from workshop.services import actions, agenda, ideas, participants, questions, workshops
from workshop.store.library import Library

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=300) | st.sampled_from(
    ["", " ", "\n", "\x00", "\ud800", "<b>öppen", "'; DROP TABLE ideas; --", "x" * 1_001, "å\u030a", "👩‍👩‍👧"]
)
PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(Path(tmp_path_factory.mktemp("properties")) / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def workshop_id(shared_library: Library) -> str:
    workshop, _ = workshops.create(shared_library, "Egenskapstest")
    ideas.add(shared_library, workshop.id, "Vittnet: den här idén får aldrig ändras")
    return workshop.id


def _count(lib: Library, table: str) -> int:
    return int(lib.db.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0])


def _saves_cleaned_or_refuses(
    lib: Library,
    table: str,
    save: Callable[[], Any],
    read_back: Callable[[Any], str],
    text: str,
    multiline: bool,
) -> None:
    before = _count(lib, table)
    try:
        saved = save()
    except ValidationError as error:
        messages = (error.message("sv"), error.message("en"))  # the refusal can be explained in both
        assert all(messages)
        assert _count(lib, table) == before  # nothing half-saved
        return
    assert read_back(saved) == clean_text(text, multiline=multiline)


def _check_library(lib: Library, workshop_id: str) -> None:
    assert lib.integrity_ok()
    texts = [idea.text for idea in ideas.list_ideas(lib, workshop_id)]
    assert "Vittnet: den här idén får aldrig ändras" in texts


@PROPERTY_SETTINGS
@given(text=ANY_TEXT)
def test_idea_text(shared_library: Library, workshop_id: str, text: str) -> None:
    lib = shared_library
    _saves_cleaned_or_refuses(
        lib,
        "ideas",
        lambda: ideas.add(lib, workshop_id, text)[0],
        lambda i: ideas.get(lib, i.id).text,
        text,
        False,
    )
    _check_library(lib, workshop_id)


@PROPERTY_SETTINGS
@given(text=ANY_TEXT)
def test_idea_description(shared_library: Library, workshop_id: str, text: str) -> None:
    lib = shared_library
    _saves_cleaned_or_refuses(
        lib,
        "ideas",
        lambda: ideas.add(lib, workshop_id, "Beskriven idé", description=text)[0],
        lambda i: ideas.get(lib, i.id).description,
        text,
        True,
    )
    _check_library(lib, workshop_id)


@PROPERTY_SETTINGS
@given(text=ANY_TEXT)
def test_workshop_title_and_goal(shared_library: Library, workshop_id: str, text: str) -> None:
    lib = shared_library
    _saves_cleaned_or_refuses(
        lib,
        "workshops",
        lambda: workshops.create(lib, text)[0],
        lambda w: workshops.get(lib, w.id).title,
        text,
        False,
    )
    before = workshops.get(lib, workshop_id)
    try:
        updated, _ = workshops.update(lib, workshop_id, goal=text, location=text)
    except ValidationError:
        assert workshops.get(lib, workshop_id) == before  # one field refused: the other is not saved either
    else:
        stored = workshops.get(lib, workshop_id)
        assert stored.goal == clean_text(text, multiline=True)
        assert stored.location == clean_text(text) == updated.location
    _check_library(lib, workshop_id)


@PROPERTY_SETTINGS
@given(name=ANY_TEXT, organisation=ANY_TEXT)
def test_participant_name_and_organisation(
    shared_library: Library, workshop_id: str, name: str, organisation: str
) -> None:
    lib = shared_library
    _saves_cleaned_or_refuses(
        lib,
        "participants",
        lambda: participants.add(lib, workshop_id, name, organisation=organisation)[0],
        lambda p: participants.get(lib, p.id).name,
        name,
        False,
    )
    _check_library(lib, workshop_id)


@PROPERTY_SETTINGS
@given(text=ANY_TEXT)
def test_question_text(shared_library: Library, workshop_id: str, text: str) -> None:
    lib = shared_library
    _saves_cleaned_or_refuses(
        lib,
        "questions",
        lambda: questions.add(lib, workshop_id, text)[0],
        lambda q: questions.get(lib, q.id).text,
        text,
        False,
    )
    _check_library(lib, workshop_id)


@PROPERTY_SETTINGS
@given(title=ANY_TEXT, owner=ANY_TEXT, next_step=ANY_TEXT)
def test_action_fields(
    shared_library: Library, workshop_id: str, title: str, owner: str, next_step: str
) -> None:
    lib = shared_library
    _saves_cleaned_or_refuses(
        lib,
        "actions",
        lambda: actions.add(lib, workshop_id, title, owner_text=owner, next_step=next_step)[0],
        lambda a: actions.get(lib, a.id).title,
        title,
        False,
    )
    _check_library(lib, workshop_id)


@PROPERTY_SETTINGS
@given(title=ANY_TEXT, instructions=ANY_TEXT)
def test_agenda_item(shared_library: Library, workshop_id: str, title: str, instructions: str) -> None:
    lib = shared_library
    _saves_cleaned_or_refuses(
        lib,
        "agenda_items",
        lambda: agenda.add(lib, workshop_id, "other", title, instructions=instructions)[0],
        lambda item: agenda.get(lib, item.id).title,
        title,
        False,
    )
    _check_library(lib, workshop_id)


@PROPERTY_SETTINGS
@given(text=ANY_TEXT)
def test_editing_an_idea_keeps_the_old_text_when_refused(
    shared_library: Library, workshop_id: str, text: str
) -> None:
    lib = shared_library
    idea, _ = ideas.add(lib, workshop_id, "Före ändringen")
    try:
        ideas.update(lib, idea.id, text=text)
    except ValidationError:
        assert ideas.get(lib, idea.id).text == "Före ändringen"
    else:
        assert ideas.get(lib, idea.id).text == clean_text(text)
    _check_library(lib, workshop_id)
