"""Methods on an agenda: insert (and undo), rounds on the timer, own methods saved, shared and imported."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.method import MethodGoal
from workshop.domain.workshop import Workshop
from workshop.services import agenda, methods, timer, workshops
from workshop.services.changes import Area
from workshop.store.library import Library

T0 = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def workshop(library: Library) -> Workshop:
    return workshops.create(library, "Metoder", template="short-idea-session")[0]


def titles(library: Library, workshop_id: str) -> list[str]:
    return [item.title for item in agenda.list_agenda(library, workshop_id)]


def test_inserting_a_method_puts_its_phases_at_the_chosen_place_in_the_workshops_language(
    library: Library, workshop: Workshop
) -> None:
    before = titles(library, workshop.id)
    items, changes = methods.insert_method(library, workshop.id, "crazy-8s", at=1)
    assert Area.AGENDA in changes.areas
    after = titles(library, workshop.id)
    assert after == before[:1] + ["Åtta skisser", "Visa de bästa"] + before[1:]
    first = agenda.list_agenda(library, workshop.id)[1]
    assert first.method == "Crazy 8s"
    assert first.instructions == "En ny skiss varje minut. Det får vara fult."
    assert "Vik arket" in first.facilitator_notes
    assert [r.minutes for r in first.round_list()] == [1] * 8
    assert first.planned_minutes == 8

    methods.remove_phases(library, workshop.id, [i.id for i in items])  # undo
    assert titles(library, workshop.id) == before
    methods.restore_phases(library, workshop.id, items, 1)  # redo: the same phases, same place
    assert titles(library, workshop.id) == after
    assert [i.id for i in agenda.list_agenda(library, workshop.id)][1:3] == [i.id for i in items]


def test_an_undo_of_an_insert_changes_nothing_when_one_phase_is_already_gone(
    library: Library, workshop: Workshop
) -> None:
    items, _ = methods.insert_method(library, workshop.id, "1-2-4-all")
    agenda.remove(library, items[0].id)
    before = titles(library, workshop.id)
    with pytest.raises(ValidationError):
        methods.remove_phases(library, workshop.id, [items[0].id])
    assert titles(library, workshop.id) == before


def test_the_timer_runs_the_rounds_with_more_time_and_next_per_round(
    library: Library, workshop: Workshop
) -> None:
    items, _ = methods.insert_method(library, workshop.id, "1-2-4-all", at=0)  # 1, 2, 4, 5 minutes
    phase = items[0]
    timer.start_phase(library, workshop.id, phase.id, at(0))
    here = timer.state(library, workshop.id).round_at(at(0.5))
    assert here is not None
    assert (here.number, here.count) == (1, 4)
    assert here.text == "Själv: skriv ner dina egna idéer, i tystnad."
    assert timer.state(library, workshop.id).round_at(at(1.5)).number == 2  # type: ignore[union-attr]

    timer.add_minutes(library, workshop.id, 1, now=at(1.5))  # +1 minute for the pairs
    state = timer.state(library, workshop.id)
    assert state.round_at(at(3.5)).number == 2  # type: ignore[union-attr]
    assert state.phase is not None
    assert state.phase.total_minutes == 13

    timer.next_round(library, workshop.id, at(2))  # move on early, to the fours
    state = timer.state(library, workshop.id)
    assert state.round_at(at(2)).number == 3  # type: ignore[union-attr]
    assert state.round_at(at(2)).remaining_ms == 4 * 60_000  # type: ignore[union-attr]

    timer.pause(library, workshop.id, at(3))
    timer.next_round(library, workshop.id, at(5))  # paused: the next round starts full and stays paused
    state = timer.state(library, workshop.id)
    assert not state.running
    assert state.round_at(at(9)).number == 4  # type: ignore[union-attr]

    timer.next_round(library, workshop.id, at(6))  # from the last round: the next phase
    assert timer.state(library, workshop.id).phase == agenda.list_agenda(library, workshop.id)[1]

    timer.take_back_minutes(library, workshop.id, phase.id, 1)  # undo of +1: the pairs round again
    again = agenda.get(library, phase.id)
    assert [r.extra_minutes for r in again.round_list()] == [0, 0, 0, 0]
    assert again.extra_minutes == 0


def test_phases_saved_as_a_method_are_shared_as_a_file_and_imported_elsewhere(
    library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    items, _ = methods.insert_method(library, workshop.id, "crazy-8s")
    made = methods.method_from_phases(
        items,
        "Våra skisser",
        Language.SV,
        goal=MethodGoal.DIVERGE,
        summary="Skisser i snabb takt.",
        materials=("Papper",),
    )
    saved, changes = methods.save_own(library, made)
    assert Area.METHODS in changes.areas
    assert [m.name["sv"] for m in methods.own_method_list(library)] == ["Våra skisser"]
    with pytest.raises(ValidationError):
        methods.save_own(library, made)  # the same name twice is refused

    file = tmp_path / "vara-skisser.json"
    file.write_bytes(methods.method_file_bytes(saved))
    with Library.open(tmp_path / "other" / "library.sqlite") as other:
        imported, _ = methods.import_method_file(other, file)
        assert imported.name == {"sv": "Våra skisser"}
        assert [r.minutes for r in imported.phases[0].rounds] == [1] * 8
        target = workshops.create(other, "Hos någon annan", template="short-idea-session")[0]
        methods.insert_method(other, target.id, imported.key)
        assert "Åtta skisser" in titles(other, target.id)


BAD_FILES: list[tuple[bytes, str]] = [
    (b"not json at all", "method_file_not_json"),
    (b"\xff\xfe\x00garbage", "method_file_not_json"),
    (json.dumps({"format": "ideverkstad-workshop"}).encode(), "not_a_method_file"),
    (json.dumps([1, 2, 3]).encode(), "not_a_method_file"),
    (b"[" * 5000 + b"]" * 5000, "method_file_not_json"),
    (b" " * 1_000_001, "method_file_too_big"),
]


@pytest.mark.parametrize(("content", "code"), BAD_FILES)
def test_a_bad_method_file_gets_a_clear_message_and_changes_nothing(
    library: Library, tmp_path: Path, content: bytes, code: str
) -> None:
    file = tmp_path / "bad.json"
    file.write_bytes(content)
    with pytest.raises(methods.MethodFileError) as caught:
        methods.import_method_file(library, file)
    assert caught.value.code == code
    assert "Ingenting har ändrats" in caught.value.message(Language.SV) or caught.value.message(Language.SV)
    assert methods.own_method_list(library) == []


def test_a_missing_method_file_is_named(library: Library, tmp_path: Path) -> None:
    with pytest.raises(methods.MethodFileError) as caught:
        methods.import_method_file(library, tmp_path / "nowhere.json")
    assert "nowhere.json" in caught.value.message(Language.EN)


def test_a_phase_from_a_method_keeps_its_rounds_and_notes_through_the_exchange_file(
    library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    from workshop.export import exchange, import_file
    from workshop.services import import_workshop, snapshot

    methods.insert_method(library, workshop.id, "brainwriting-6-3-5")
    document = exchange.to_document(snapshot.load(library, workshop.id))
    phase = document["agenda"][-1]
    assert phase["method"] == "Brainwriting 6-3-5"
    assert [r["minutes"] for r in phase["rounds"]] == [5] * 6
    file = tmp_path / "w.json"
    file.write_bytes(exchange.to_bytes(document))
    with Library.open(tmp_path / "other" / "library.sqlite") as other:
        result = import_file.read_file(file)
        assert result.snapshot is not None, result.problems
        imported, _ = import_workshop.import_snapshot(other, result.snapshot)
        copy = agenda.list_agenda(other, imported.id)
        assert copy[-1].round_list() == agenda.list_agenda(library, workshop.id)[-1].round_list()
        assert copy[-1].facilitator_notes.startswith("Sex i varje grupp")


def test_the_reports_agenda_names_the_method_of_each_phase(
    library: Library, workshop: Workshop, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from workshop.export import pdf_report
    from workshop.services import snapshot

    methods.insert_method(library, workshop.id, "crazy-8s")
    out = tmp_path / "report.pdf"
    pdf_report.write_report(snapshot.load(library, workshop.id), out, language=Language.SV)
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages).replace("\n", " ")
    assert "Åtta skisser" in text
    assert "8 omgångar · metod: Crazy 8s" in text
    assert "Visa de bästa" in text


def test_anonymising_a_workshop_scrubs_names_from_what_the_facilitator_says_and_the_rounds(
    library: Library, workshop: Workshop
) -> None:
    from workshop.services import participants, privacy

    participants.add(library, workshop.id, "Karin Lindqvist")
    items, _ = methods.insert_method(library, workshop.id, "1-2-4-all")
    agenda.update(library, items[0].id, instructions="Karin Lindqvist läser frågan högt.")
    with library.atomic():  # as if typed in the phase's notes and a round (the app keeps them per phase)
        library.conn.execute(
            "UPDATE agenda_items SET facilitator_notes = ?, rounds = replace(rounds, 'Själv:', ?) "
            "WHERE id = ?",
            ["Be Karin Lindqvist börja.", "Karin Lindqvist själv:", items[0].id],
        )
    privacy.anonymise_workshop(library, workshop.id)
    phase = agenda.get(library, items[0].id)
    for text in (phase.instructions, phase.facilitator_notes, *(r.text for r in phase.round_list())):
        assert "Karin" not in text, text
    assert "Deltagare 1" in phase.facilitator_notes
    assert len(phase.round_list()) == 4  # the rounds still read as rounds


def test_every_shipped_method_follows_the_method_files_schema() -> None:
    schema = methods.method_schema()
    for path in sorted(methods.methods_dir().glob("*.json")):
        assert list(schema.iter_errors(json.loads(path.read_text(encoding="utf-8")))) == [], path.name


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"phases": [{"kind": "ideas"}]}, "$.phases[0]"),
        ({"extra": 1}, "$"),
        ({"goal": "win"}, "$.goal"),
        (
            {"phases": [{"kind": "ideas", "title": {"en": "x"}, "rounds": [{"minutes": "5"}]}]},
            "$.phases[0].rounds[0].minutes",
        ),
    ],
)
def test_a_file_that_breaks_the_format_is_refused_naming_where(
    library: Library, tmp_path: Path, change: dict[str, object], where: str
) -> None:
    document = json.loads(methods.method_file_bytes(methods.shipped_methods()[0])) | change
    file = tmp_path / "m.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(methods.MethodFileError) as caught:
        methods.import_method_file(library, file)
    assert caught.value.code == "method_file_schema"
    assert where in caught.value.message(Language.EN)
    assert methods.own_method_list(library) == []


def test_redo_of_more_time_gives_it_to_a_round_again_so_the_rounds_add_up_to_the_phase(
    library: Library, workshop: Workshop
) -> None:
    items, _ = methods.insert_method(library, workshop.id, "1-2-4-all", at=0)  # 1, 2, 4, 5 minutes
    timer.start_phase(library, workshop.id, items[0].id, at(0))
    phase_id, _ = timer.add_minutes(library, workshop.id, 1, now=at(1.5))  # the pairs round
    timer.take_back_minutes(library, workshop.id, phase_id, 1)  # undo
    timer.give_minutes(library, workshop.id, phase_id, 1, now=at(1.6))  # redo, still in the pairs round
    phase = agenda.get(library, phase_id)
    rounds = phase.round_list()
    assert [r.extra_minutes for r in rounds] == [0, 1, 0, 0]
    assert sum(r.minutes + r.extra_minutes for r in rounds) == phase.total_minutes
