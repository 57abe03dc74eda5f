"""The shipped method library: every method complete in Swedish and English, and the format's rules."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.domain.agenda import AgendaItem, PhaseKind
from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.method import MethodGoal, complete_in, method_from_document, method_to_document
from workshop.domain.rounds import Round, parse_rounds, position, store_rounds, with_extra
from workshop.domain.timer import MINUTE_MS
from workshop.services.methods import methods_dir, shipped_methods

# The methods the city's facilitators asked for by name (issue #16).
REQUIRED = {
    "1-2-4-all",
    "25-10-crowd-sourcing",
    "make-it-worse",
    "crazy-8s",
    "brainwriting-6-3-5",
    "how-might-we",
    "lightning-decision-jam",
    "pre-mortem",
    "lean-coffee",
    "impact-effort",
    "dot-voting",
    "stakeholder-map",
    "sustainability-check",
    "closing-round",
}
# Names that are the same in both languages on purpose (a method's own name).
SAME_IN_BOTH = {
    "Crazy 8s",
    "Brainwriting 6-3-5",
    "Lean Coffee",
    "Pre-mortem",
    "Lightning Decision Jam",
    "AJ&Smart.",
    "Design sprint (Google Ventures).",
    "Bernd Rohrbach, 1968.",
    "Gary Klein, 2007.",
}


def test_the_library_ships_every_method_asked_for_and_more_than_fourteen() -> None:
    keys = {m.key for m in shipped_methods()}
    assert keys >= REQUIRED
    assert len(keys) >= 14
    assert len(keys) == len(list(methods_dir().glob("*.json")))


@pytest.mark.parametrize("language", list(Language))
def test_every_method_is_complete_in_both_languages(language: Language) -> None:
    for method in shipped_methods():
        assert complete_in(method, language) == [], method.key
        assert method.total_minutes > 0
        assert method.group_min <= method.group_max


def test_no_text_is_left_untranslated() -> None:
    """A Swedish text that is the English one (copied, not translated) fails, except a method's own name."""

    def pairs(method: Any) -> list[tuple[str, dict[str, str]]]:
        found = [
            ("name", method.name),
            ("summary", method.summary),
            ("when", method.when_to_use),
            ("origin", method.origin),
        ]
        for n, phase in enumerate(method.phases):
            found += [
                (f"{n}.title", phase.title),
                (f"{n}.facilitator", phase.facilitator),
                (f"{n}.room", phase.room),
            ]
            found += [(f"{n}.round{r}", rnd.room) for r, rnd in enumerate(phase.rounds)]
        return found

    for method in shipped_methods():
        for where, texts in pairs(method):
            if texts and texts["sv"] not in SAME_IN_BOTH:
                assert texts["sv"] != texts["en"], f"{method.key} {where}: {texts['sv']!r}"


def test_the_timed_round_methods_have_their_rounds() -> None:
    by_key = {m.key: m for m in shipped_methods()}
    crazy = by_key["crazy-8s"].phases[0]
    assert [r.minutes for r in crazy.rounds] == [1] * 8
    assert [r.minutes for r in by_key["1-2-4-all"].phases[0].rounds] == [1, 2, 4, 5]
    assert [r.minutes for r in by_key["brainwriting-6-3-5"].phases[0].rounds] == [5] * 6
    assert by_key["brainwriting-6-3-5"].phases[0].minutes == 30


def test_a_method_file_round_trips() -> None:
    for method in shipped_methods():
        assert method_from_document(json.loads(json.dumps(method_to_document(method)))) == method


def test_search_finds_by_words_goal_time_and_group_size() -> None:
    methods = shipped_methods()
    sv, en = Language.SV, Language.EN
    assert {m.key for m in methods if m.fits("tyst", sv)} >= {"1-2-4-all"}
    assert {m.key for m in methods if m.fits("IDE", en)} >= {"brainwriting-6-3-5"}  # case- and accent-blind
    assert {m.key for m in methods if m.fits("", en, goal=MethodGoal.DECIDE)} >= {
        "dot-voting",
        "impact-effort",
    }
    assert all(m.total_minutes <= 15 for m in methods if m.fits("", en, max_minutes=15))
    assert "brainwriting-6-3-5" not in {m.key for m in methods if m.fits("", en, group_size=20)}


BAD_DOCUMENTS = [
    ({"format": "something-else"}, "format"),
    ({"format_version": 2}, "format_version"),
    ({"key": "../../etc"}, "key"),
    ({"goal": "win"}, "goal"),
    ({"name": {"sv": "", "en": "  "}}, "name"),
    ({"name": {"fi": "Nimi"}}, "name.fi"),
    ({"phases": []}, "phases"),
    ({"phases": [{"kind": "party", "title": {"en": "x"}, "minutes": 5}]}, "phases[0].kind"),
    ({"phases": [{"kind": "ideas", "title": {"en": "x"}, "minutes": 5000}]}, "phases[0].minutes"),
    (
        {"phases": [{"kind": "ideas", "title": {"en": "x"}, "rounds": [{"minutes": 0}]}]},
        "phases[0].rounds[0].minutes",
    ),
    ({"group_size": {"min": 10, "max": 2}}, "group_size"),
    ({"summary": {"en": "x" * 20_001}}, "summary.en"),
]


@pytest.mark.parametrize(("change", "where"), BAD_DOCUMENTS)
def test_a_bad_method_document_is_refused_naming_the_field(change: dict[str, Any], where: str) -> None:
    document = method_to_document(shipped_methods()[0]) | change
    with pytest.raises(ValidationError) as caught:
        method_from_document(document)
    assert caught.value.field == where
    assert caught.value.message(Language.SV)  # a sentence in both languages
    assert caught.value.message(Language.EN)


@settings(max_examples=60, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=20,
    )
)
def test_any_json_either_reads_as_a_method_or_is_refused_with_a_validation_error(data: object) -> None:
    document = method_to_document(shipped_methods()[0])
    for key in ("phases", "name", "group_size", "materials"):
        try:
            method_from_document(document | {key: data})
        except ValidationError:
            pass


def test_round_arithmetic_follows_the_elapsed_time() -> None:
    rounds = (Round(1, 0, "alone"), Round(2, 0, "pairs"), Round(4, 0, "fours"))
    assert position(rounds, 0).index == 0  # type: ignore[union-attr]
    assert position(rounds, MINUTE_MS - 1).remaining_ms == 1  # type: ignore[union-attr]
    assert position(rounds, MINUTE_MS).text == "pairs"  # type: ignore[union-attr]
    at_end = position(rounds, 99 * MINUTE_MS)
    assert at_end is not None
    assert (at_end.number, at_end.count, at_end.remaining_ms) == (3, 3, 0)
    longer = with_extra(rounds, 1, 1)  # +1 minute in the pairs round
    assert position(longer, 3 * MINUTE_MS + 1).text == "pairs"  # type: ignore[union-attr]
    assert parse_rounds(store_rounds(longer)) == longer


def test_a_retimed_phase_gives_its_last_round_the_difference() -> None:
    item = AgendaItem.new(
        "w",
        PhaseKind.IDEAS,
        "1-2-4",
        planned_minutes=12,
        rounds=store_rounds([Round(1), Round(2), Round(4), Round(5)]),
    )
    longer = AgendaItem.new("w", PhaseKind.IDEAS, "1-2-4", planned_minutes=15, rounds=item.rounds)
    assert [r.minutes for r in longer.round_list()] == [1, 2, 4, 8]
    with pytest.raises(ValidationError):
        AgendaItem.new("w", PhaseKind.IDEAS, "1-2-4", planned_minutes=7, rounds=item.rounds)
