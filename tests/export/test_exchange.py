"""The exchange file: schema-valid, round-trips, imports minimal and refuses malformed files whole."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import exchange
from workshop.export.import_file import exchange_schema, read_bytes, read_document, read_file
from workshop.export.pdf_report import report_bytes
from workshop.services import snapshot as snapshot_service
from workshop.services.import_workshop import AlreadyInLibrary, import_snapshot
from workshop.store.library import Library

TABLES = [
    "workshops",
    "participants",
    "agenda_items",
    "questions",
    "framing_items",
    "clusters",
    "ideas",
    "idea_tags",
    "voting_rounds",
    "ballots",
    "votes",
    "actions",
]
TOP_KEYS = [
    "format",
    "format_version",
    "exported_at",
    "app_version",
    "workshop",
    "agenda",
    "participants",
    "questions",
    "clusters",
    "ideas",
    "voting_rounds",
    "actions",
]
MINIMAL = {
    "format": "ideverkstad-workshop",
    "format_version": 1,
    "workshop": {"title": "Från en annan laptop"},
    "participants": [{"id": "p1", "name": "Åsa Öberg"}],
    "ideas": [{"id": "i1", "text": "Fler bänkar", "author_id": "p1"}, {"id": "i2", "text": "Mer ljus"}],
}


def counts(lib: Library) -> dict[str, int]:
    return {t: lib.db.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0] for t in TABLES}


def test_export_has_exactly_the_documented_top_level_keys_and_passes_the_schema(
    rich: WorkshopSnapshot,
) -> None:
    document = exchange.to_document(rich)
    assert list(document) == TOP_KEYS
    jsonschema.validate(document, exchange_schema())
    jsonschema.validate(exchange.to_document(rich.anonymise(rich.workshop.language)), exchange_schema())
    assert document["format"] == "ideverkstad-workshop"
    assert document["format_version"] == 1
    assert len(document["voting_rounds"][0]["votes"]) == 30


def test_schema_file_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(exchange_schema())


def test_round_trip_into_an_empty_library_gives_the_same_content(
    rich: WorkshopSnapshot, tmp_path: Path
) -> None:
    first = exchange.to_document(rich)
    result = read_bytes(exchange.to_bytes(first))
    assert result.ok, result.problems
    with Library.open(tmp_path / "empty" / "library.sqlite") as empty:
        assert result.snapshot is not None
        workshop, _ = import_snapshot(empty, result.snapshot)
        again = exchange.to_document(snapshot_service.load(empty, workshop.id))
    first.pop("exported_at")
    again.pop("exported_at")
    assert again == first


def test_the_pdf_alone_can_be_imported(rich: WorkshopSnapshot, tmp_path: Path) -> None:
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(report_bytes(rich))
    result = read_file(pdf)
    assert result.ok, result.problems
    with Library.open(tmp_path / "other" / "library.sqlite") as other:
        assert result.snapshot is not None
        workshop, _ = import_snapshot(other, result.snapshot)
        assert snapshot_service.load(other, workshop.id).ideas == rich.ideas


def test_a_pdf_not_made_by_the_app_is_refused_clearly() -> None:
    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "hej")
    canvas.save()
    result = read_bytes(buffer.getvalue())
    assert not result.ok
    assert "workshop.json" in result.problems[0].message("sv")


def test_minimal_file_imports(library: Library) -> None:
    result = read_document(json.loads(json.dumps(MINIMAL)))
    assert result.ok, result.problems
    assert result.snapshot is not None
    workshop, _ = import_snapshot(library, result.snapshot)
    loaded = snapshot_service.load(library, workshop.id)
    assert [i.text for i in loaded.ideas] == ["Fler bänkar", "Mer ljus"]
    assert loaded.ideas[0].author_id == "p1"
    assert loaded.participants[0].name == "Åsa Öberg"


def test_existing_workshop_is_refused_unless_imported_as_copy(
    rich: WorkshopSnapshot, library: Library
) -> None:
    before = counts(library)
    with pytest.raises(AlreadyInLibrary) as refused:
        import_snapshot(library, rich)
    assert rich.workshop.title in refused.value.message("sv")
    assert counts(library) == before
    copy, _ = import_snapshot(library, rich, copy=True)
    loaded = snapshot_service.load(library, copy.id)
    assert copy.id != rich.workshop.id
    assert not {i.id for i in loaded.ideas} & {i.id for i in rich.ideas}
    assert len(loaded.votes) == len(rich.votes)
    assert (
        loaded.round_results(loaded.voting_rounds[0])[0].dots
        == rich.round_results(rich.voting_rounds[0])[0].dots
    )
    assert copy.title.endswith("(importerad kopia)")


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.pop("ideas"), "$"),
        (lambda d: d["ideas"][1].update(text=""), "$.ideas[1].text"),
        (lambda d: d["ideas"][1].update(text="   "), "$.ideas[1].text"),
        (lambda d: d["ideas"][0].update(author_id="nobody"), "$.ideas[0].author_id"),
        (lambda d: d["ideas"][1].update(id="i1"), "$.ideas[1].id"),
        (lambda d: d["workshop"].update(date="2026-02-30"), "$.workshop.date"),
        (lambda d: d["workshop"].update(language="de"), "$.workshop.language"),
        (lambda d: d.update(format_version=2), "$.format_version"),
        (lambda d: d["ideas"][0].update(colour="red"), "$.ideas[0]"),
        (lambda d: d["ideas"][0].update(text="x" * 1001), "$.ideas[0].text"),
    ],
)
def test_each_problem_is_reported_with_its_json_path(change: Any, path: str) -> None:
    document = json.loads(json.dumps(MINIMAL))
    change(document)
    result = read_document(document)
    assert not result.ok
    assert path in [p.path for p in result.problems], [p.describe() for p in result.problems]
    assert all(p.message("sv") and p.message("en") for p in result.problems)


def _second_vote_of_the_first(d: dict[str, Any]) -> None:
    votes = d["voting_rounds"][0]["votes"]
    votes.insert(1, {**votes[0], "id": "another-vote"})


@pytest.mark.parametrize(
    ("change", "path", "code"),
    [
        (
            lambda d: d["voting_rounds"][0]["votes"][2].update(item_id="nothing"),
            "$.voting_rounds[0].votes[2].item_id",
            "unknown_ref",
        ),
        (
            lambda d: d["voting_rounds"][0]["votes"][0].update(participant_id="nobody"),
            "$.voting_rounds[0].votes[0].participant_id",
            "unknown_ref",
        ),
        (
            lambda d: d["voting_rounds"][0]["ballots"][1].update(participant_id="nobody"),
            "$.voting_rounds[0].ballots[1].participant_id",
            "unknown_ref",
        ),
        (_second_vote_of_the_first, "$.voting_rounds[0].votes[1]", "duplicate_vote"),
        (lambda d: d["actions"][0].update(idea_id="gone"), "$.actions[0].idea_id", "unknown_ref"),
        (lambda d: d["actions"][1].update(owner_id="nobody"), "$.actions[1].owner_id", "unknown_ref"),
        (lambda d: d["ideas"][3].update(cluster_id="nowhere"), "$.ideas[3].cluster_id", "unknown_ref"),
        (lambda d: d["participants"][2].update(name=" "), "$.participants[2].name", "invalid"),
    ],
)
def test_wrong_references_in_votes_ballots_actions_and_ideas_name_their_record(
    rich: WorkshopSnapshot, change: Any, path: str, code: str
) -> None:
    document = json.loads(exchange.to_bytes(exchange.to_document(rich)))
    change(document)
    result = read_document(document)
    found = [(p.path, p.code) for p in result.problems]
    assert (path, code) in found, [p.describe() for p in result.problems]


def _mutations(document: dict[str, Any]) -> st.SearchStrategy[Any]:
    junk = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=8,
    )

    def mutate(draw_data: tuple[list[str], Any]) -> Any:
        keys, value = draw_data
        copy = json.loads(json.dumps(document))
        target: Any = copy
        for key in keys[:-1]:
            if isinstance(target, dict) and target:
                target = target[sorted(target)[hash(key) % len(target)]]
            elif isinstance(target, list) and target:
                target = target[hash(key) % len(target)]
        if isinstance(target, dict) and target:
            target[sorted(target)[hash(keys[-1]) % len(target)]] = value
        elif isinstance(target, list) and target:
            target[hash(keys[-1]) % len(target)] = value
        return copy

    return st.tuples(st.lists(st.text(max_size=3), min_size=1, max_size=4), junk).map(mutate)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_malformed_files_write_nothing(rich: WorkshopSnapshot, tmp_path: Path, data: st.DataObject) -> None:
    document = exchange.to_document(rich.with_new_ids())
    candidate = data.draw(
        st.one_of(_mutations(document), st.binary(max_size=200).map(lambda b: b)), label="file"
    )
    raw = candidate if isinstance(candidate, bytes) else json.dumps(candidate, ensure_ascii=False).encode()
    with Library.open(tmp_path / f"lib-{abs(hash(raw))}" / "library.sqlite") as lib:
        before = counts(lib)
        result = read_bytes(raw)
        if result.ok:
            assert result.snapshot is not None
            try:
                import_snapshot(lib, result.snapshot)
            except AlreadyInLibrary:
                pytest.fail("an empty library cannot already hold the workshop")
            return
        assert result.problems
        assert all(p.path.startswith("$") for p in result.problems)
        assert counts(lib) == before


def test_a_failure_half_way_through_the_import_leaves_nothing_behind(
    rich: WorkshopSnapshot, tmp_path: Path
) -> None:
    import dataclasses

    from workshop.store.errors import LibraryError

    broken_vote = dataclasses.replace(rich.votes[-1], participant_id="not-a-participant")
    broken = dataclasses.replace(rich, votes=(*rich.votes[:-1], broken_vote))  # checks bypassed on purpose
    with Library.open(tmp_path / "x" / "library.sqlite") as lib:
        before = counts(lib)
        with pytest.raises(LibraryError):
            import_snapshot(lib, broken)
        assert counts(lib) == before
