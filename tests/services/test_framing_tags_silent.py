"""Problem framing, sustainability tags, silent writing and idea search."""

from __future__ import annotations

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.framing import FramingKind
from workshop.domain.idea_search import IdeaFilter
from workshop.domain.tags import SustainabilityTag
from workshop.domain.workshop import Workshop
from workshop.services import framing, ideas, silent_writing, tags, workshops
from workshop.store.library import Library


def test_problem_statement_and_context_are_cleaned_and_saved(library: Library, demo: Workshop) -> None:
    saved, changes = framing.set_text(library, demo.id, "problem_statement", "  Barn känner sig otrygga\r\n ")
    assert saved == "Barn känner sig otrygga"
    framing.set_text(library, demo.id, "context", "Hagsätra, 2026")
    workshop = workshops.get(library, demo.id)
    assert workshop.problem_statement == saved
    assert workshop.context == "Hagsätra, 2026"
    assert changes.workshop_id == demo.id


def test_too_long_context_changes_nothing(library: Library, demo: Workshop) -> None:
    before = workshops.get(library, demo.id).context
    assert before  # the demo is framed
    with pytest.raises(ValidationError) as caught:
        framing.set_text(library, demo.id, "context", "x" * 20_001)
    assert "20 000" in caught.value.message("sv")
    assert workshops.get(library, demo.id).context == before


def test_framing_lists_add_edit_remove_restore_reorder(library: Library, demo: Workshop) -> None:
    demo_groups = [i.id for i in framing.list_items(library, demo.id, FramingKind.TARGET_GROUP)]
    assert len(demo_groups) == 3  # the demo comes framed
    a, _ = framing.add(library, demo.id, FramingKind.TARGET_GROUP, "Elever i årskurs 4–6")
    b, _ = framing.add(library, demo.id, FramingKind.TARGET_GROUP, "Föräldrar")
    framing.add(library, demo.id, FramingKind.CONSTRAINT, "Ingen ny budget")
    framing.edit(library, b.id, "Föräldrar som kör")
    assert [i.text for i in framing.list_items(library, demo.id, FramingKind.TARGET_GROUP)][-2:] == [
        "Elever i årskurs 4–6",
        "Föräldrar som kör",
    ]
    framing.reorder(library, demo.id, [b.id, a.id, *demo_groups])
    assert [i.id for i in framing.list_items(library, demo.id, "target_group")] == [b.id, a.id, *demo_groups]
    removed, _ = framing.remove(library, a.id)
    assert [i.id for i in framing.list_items(library, demo.id, "target_group")] == [b.id, *demo_groups]
    framing.restore(library, removed)
    assert framing.get(library, a.id) == removed
    with pytest.raises(ValidationError):
        framing.add(library, demo.id, FramingKind.CONSTRAINT, "   ")


def test_tags(library: Library, demo: Workshop) -> None:
    idea = ideas.list_ideas(library, demo.id)[0]
    before, _ = tags.tag(library, idea.id, SustainabilityTag.SOCIAL)
    assert before == frozenset()
    tags.tag(library, idea.id, "ecological")
    assert tags.tags_of(library, idea.id) == {SustainabilityTag.SOCIAL, SustainabilityTag.ECOLOGICAL}
    tags.untag(library, idea.id, SustainabilityTag.SOCIAL)
    tags.toggle(library, idea.id, SustainabilityTag.ECONOMIC)
    assert tags.tags_by_idea(library, demo.id) == {
        idea.id: frozenset({SustainabilityTag.ECOLOGICAL, SustainabilityTag.ECONOMIC})
    }
    with pytest.raises(ValueError, match="cultural"):
        tags.tag(library, idea.id, "cultural")


def test_silent_mode_hides_new_ideas_until_revealed(library: Library, demo: Workshop) -> None:
    visible, _ = ideas.add(library, demo.id, "Synlig idé")
    assert visible.revealed
    silent_writing.set_silent(library, demo.id, True)
    hidden, _ = ideas.add(library, demo.id, "Tyst idé")
    pasted, _ = ideas.add_many(library, demo.id, ["Ett", "Två"])
    assert not hidden.revealed
    assert not any(i.revealed for i in pasted)
    assert silent_writing.hidden_ideas(library, demo.id) == [hidden.id] + [i.id for i in pasted]
    was, _ = silent_writing.set_silent(library, demo.id, False)
    assert was is True
    assert not ideas.get(library, hidden.id).revealed  # switching off does not reveal by itself
    revealed, _ = silent_writing.reveal_all(library, demo.id)
    assert set(revealed) == {hidden.id, pasted[0].id, pasted[1].id}
    assert silent_writing.hidden_ideas(library, demo.id) == []
    silent_writing.hide(library, demo.id, revealed)
    assert len(silent_writing.hidden_ideas(library, demo.id)) == 3


def test_search_by_words_author_question_and_tag(library: Library, demo: Workshop) -> None:
    assert len(ideas.find(library, demo.id, IdeaFilter())) == ideas.count(library, demo.id)
    found = ideas.find(library, demo.id, IdeaFilter("CYKEL skolan"))
    assert found
    assert all("cykel" in i.text.lower() and "skolan" in i.text.lower() for i in found)
    by_author = ideas.find(library, demo.id, IdeaFilter("åberg"))
    assert by_author
    assert all(i.author_id for i in by_author)
    first = ideas.list_ideas(library, demo.id)[0]
    tags.tag(library, first.id, SustainabilityTag.SOCIAL)
    assert ideas.find(library, demo.id, IdeaFilter(tag=SustainabilityTag.SOCIAL)) == [first]
    q = first.question_id
    assert all(i.question_id == q for i in ideas.find(library, demo.id, IdeaFilter(question_id=q)))
