"""Hostile import files: deep nesting, sizes no workshop has, absurd numbers. Each is refused clearly.

Every case ends in a list of problems (one clear line each, with the JSON path where it is known) and
nothing is read into the library; none ends in a traceback, and the work done stays bounded.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from workshop.export import import_limits
from workshop.export.import_file import read_bytes, read_document, read_file

BASE: dict[str, Any] = {
    "format": "ideverkstad-workshop",
    "format_version": 1,
    "workshop": {"title": "Fientlig fil"},
    "participants": [{"id": "p1", "name": "Åsa"}],
    "ideas": [{"id": "i1", "text": "Fler bänkar"}],
}


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def with_value(where: str, value: bytes) -> bytes:
    """BASE as bytes with ideas[0].text or participants[0].name replaced by raw JSON *value*."""
    marker = "@@VALUE@@"
    document = json.loads(json.dumps(BASE))
    if where == "text":
        document["ideas"][0]["text"] = marker
    else:
        document["participants"][0]["name"] = marker
    return json.dumps(document).encode().replace(f'"{marker}"'.encode(), value)


def refused(data: bytes) -> list[str]:
    result = read_bytes(data)
    assert result.snapshot is None
    assert result.problems
    return [p.describe("en") for p in result.problems]


@pytest.mark.parametrize("where", ["text", "name"])
def test_nesting_at_every_depth_is_one_clear_problem(where: str) -> None:
    for depth in range(1, 3001):
        lines = refused(with_value(where, nested(depth)))
        assert len(lines) == 1, (depth, lines)
        assert "\n" not in lines[0]
        if depth >= import_limits.MAX_DEPTH:
            assert "nested deeper than" in lines[0], (depth, lines)
        elif depth < import_limits.MAX_DEPTH - 3:
            assert "Wrong kind of value" in lines[0], (depth, lines)


def test_deep_nesting_names_where_it_is() -> None:
    (line,) = refused(with_value("text", nested(1000)))
    assert line.startswith("$.ideas[0].text")
    assert f"deeper than {import_limits.MAX_DEPTH} levels" in line


def test_a_list_longer_than_any_workshop_has_is_refused_before_checking_its_records() -> None:
    data = json.dumps({**BASE, "ideas": [{}] * 200_000}).encode()
    tracemalloc.start()
    result = read_bytes(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.snapshot is None
    (problem,) = result.problems
    limit = import_limits.list_limits()["$.ideas"]
    assert problem.path == "$.ideas"
    assert problem.describe("en") == (
        f"$.ideas: The file has 200,000 ideas; a workshop file holds at most {limit:,}."
    )
    assert "200\u00a0000 idéer" in problem.describe("sv")
    assert peak < 100 * 2**20  # the 400,000 missing fields are never collected one by one


def test_every_list_of_the_schema_has_a_limit() -> None:
    limits = import_limits.list_limits()
    for path in (
        "$.agenda",
        "$.participants",
        "$.questions",
        "$.clusters",
        "$.ideas",
        "$.ideas[*].tags",
        "$.voting_rounds",
        "$.voting_rounds[*].votes",
        "$.voting_rounds[*].ballots",
        "$.actions",
        "$.workshop.framing.target_groups",
    ):
        assert limits[path] > 0, path


def test_too_many_votes_in_one_round_is_refused_with_its_path() -> None:
    limit = import_limits.list_limits()["$.voting_rounds[*].votes"]
    vote = {"item_id": "i1", "dots": 1}
    round_ = {"id": "r1", "title": "R", "method": "dots", "votes": [vote] * (limit + 1)}
    result = read_document({**BASE, "voting_rounds": [round_]})
    assert [p.path for p in result.problems] == ["$.voting_rounds[0].votes"]


def test_many_problems_are_counted_honestly() -> None:
    """1,500 ideas each missing id and text: 3,000 problems; the count says so (or 'at least')."""
    result = read_document({**BASE, "ideas": [{}] * 1_500})
    assert result.snapshot is None
    assert len(result.problems) <= 200  # listed
    cap = import_limits.MAX_COUNTED_PROBLEMS
    if cap >= 3_000:
        assert result.problem_count == 3_000
        assert result.count_is_exact
    else:
        assert result.problem_count == cap
        assert not result.count_is_exact
        assert result.unlisted_line(10, "en") == f"… and at least {cap - 10:,} more"


def test_record_problems_are_counted_in_full() -> None:
    """300 ideas whose text is only spaces (the domain's rule): all 300 are counted, 200 listed."""
    ideas = [{"id": f"i{n}", "text": "   "} for n in range(300)]
    result = read_document({**BASE, "ideas": ideas})
    assert len(result.problems) == 200
    assert result.problem_count == 300
    assert result.count_is_exact
    assert result.unlisted_line(10, "en") == "… and 290 more"
    assert result.unlisted_line(300, "en") == "… and 100 more"  # only 200 were listed
    assert result.unlisted_line(10, "sv") == "… och 290 till"
    few = read_document({**BASE, "ideas": ideas[:3]})
    assert few.problem_count == 3
    assert few.unlisted_line(10, "en") is None


def test_record_problems_past_the_schema_count_are_still_counted_exactly() -> None:
    many = import_limits.MAX_COUNTED_PROBLEMS + 1
    ideas = [{"id": f"i{n}", "text": " "} for n in range(many)]
    result = read_document({**BASE, "ideas": ideas})
    assert result.problem_count == many
    assert result.count_is_exact
    assert result.count_label() == str(many)


def test_nesting_in_a_long_list_of_lists_is_found_without_holding_the_list_twice() -> None:
    lists = [[]] * 1_000_000 + [json.loads(nested(40).decode())]
    document = {**BASE, "workshop": {"title": lists}}
    tracemalloc.start()
    problem = import_limits.depth_problem(document)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert problem is not None
    assert problem.path.startswith("$.workshop.title[1000000][0]")
    assert peak < 2**20  # one iterator per level, not an entry per list


def test_nesting_behind_more_lists_than_the_walk_looks_at_is_still_refused_in_one_line() -> None:
    siblings = [[0]] * (import_limits.DEPTH_WALK_BUDGET + 1)
    data = json.dumps({**BASE, "workshop": {"title": [*siblings, json.loads(nested(40))]}}).encode()
    (line,) = refused(data)
    assert line == "$: Lists and objects are nested deeper than 16 levels; no workshop file is."


def test_a_file_larger_than_any_workshop_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.write(b'{"format":"ideverkstad-workshop","format_version":1,"workshop":{"title":"')
        handle.write(b"x" * (50 * 2**20))
        handle.write(b'"},"ideas":[]}')
    tracemalloc.start()
    result = read_file(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    (problem,) = result.problems
    limit_mb = import_limits.MAX_FILE_BYTES // 2**20
    told = problem.describe("en")
    assert told == f"$: The file is larger than {limit_mb} MB; no workshop file is that large."
    assert peak < 2**20  # not one copy of the string was read


def test_bytes_larger_than_any_workshop_are_refused_too() -> None:
    data = b'{"x":"' + b"x" * import_limits.MAX_FILE_BYTES + b'"}'
    (problem,) = read_bytes(data).problems
    assert problem.code == "too_big"


def test_a_long_string_within_the_file_limit_is_refused_without_copies() -> None:
    text = "x" * (5 * 2**20)
    data = json.dumps({**BASE, "ideas": [{"id": "i1", "text": text}]}).encode()
    tracemalloc.start()
    result = read_bytes(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    (problem,) = result.problems
    assert problem.describe("en") == "$.ideas[0].text: The text may be at most 1000 characters."
    assert peak < 3 * len(data)  # the bytes' text once, not repr'd into messages as well


@pytest.mark.parametrize(
    ("record", "path"),
    [
        ({"ideas": [{"id": "i1", "text": "a", "board": {"x": 1e30, "y": 0}}]}, "$.ideas[0].board.x"),
        ({"ideas": [{"id": "i1", "text": "a", "board": {"x": 0, "y": -1e30}}]}, "$.ideas[0].board.y"),
        ({"clusters": [{"id": "c1", "board": {"x": 1e30}}]}, "$.clusters[0].board.x"),
        ({"clusters": [{"id": "c1", "board": {"width": 1e30}}]}, "$.clusters[0].board.width"),
        ({"clusters": [{"id": "c1", "board": {"height": -5}}]}, "$.clusters[0].board.height"),
    ],
)
def test_a_note_or_frame_off_any_board_is_refused_with_its_path(record: dict[str, Any], path: str) -> None:
    result = read_document({**BASE, **record})
    assert result.snapshot is None
    assert [p.path for p in result.problems] == [path]
    assert "The number" in result.problems[0].describe("en")


def test_the_schema_bounds_the_board() -> None:
    from workshop.export.import_file import exchange_schema

    board = exchange_schema()["properties"]["ideas"]["items"]["properties"]["board"]["properties"]
    assert board["x"]["maximum"] == import_limits.BOARD_EXTENT
    assert board["x"]["minimum"] == -import_limits.BOARD_EXTENT


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e999"])
def test_nan_and_infinite_coordinates_are_refused(number: bytes) -> None:
    data = json.dumps({**BASE, "ideas": [{"id": "i1", "text": "a", "board": {"x": 0, "y": 0}}]}).encode()
    data = data.replace(b'"x": 0', b'"x": ' + number)
    (line,) = refused(data)
    assert line.startswith("$")


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinite_coordinates_in_a_parsed_document_are_refused(number: float) -> None:
    result = read_document({**BASE, "ideas": [{"id": "i1", "text": "a", "board": {"x": number, "y": 0}}]})
    assert result.snapshot is None
    assert [p.path for p in result.problems] == ["$.ideas[0].board.x"]


def test_a_note_on_the_board_still_imports() -> None:
    extent = import_limits.BOARD_EXTENT
    idea = {"id": "i1", "text": "a", "board": {"x": extent, "y": -extent}}
    result = read_document({**BASE, "ideas": [idea]})
    assert result.ok, result.problems


@pytest.mark.parametrize(
    "tags",
    [8, "economic", [["economic"]], [{"a": 1}, {"a": 1}], ["social", "social"], [json.loads(nested(900))]],
)
def test_wrong_tags_are_one_problem_each(tags: object) -> None:
    result = read_document({**BASE, "ideas": [{"id": "i1", "text": "a", "tags": tags}]})
    assert result.snapshot is None
    assert result.problems
    assert all(p.path.startswith("$.ideas[0].tags") for p in result.problems)


def test_a_small_pdf_whose_attachment_unpacks_larger_than_any_workshop_is_refused() -> None:
    """33 KB of PDF whose compressed workshop.json unpacks to more than the file limit."""
    import io

    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    unpacked = b" " * (import_limits.MAX_FILE_BYTES + 1)
    pdf.attachments["workshop.json"] = pikepdf.AttachedFileSpec(pdf, unpacked, mime_type="application/json")
    out = io.BytesIO()
    pdf.save(out, compress_streams=True)
    del unpacked
    assert len(out.getvalue()) < 2**20
    (line,) = refused(out.getvalue())
    assert line.startswith("$: The file is larger than 32 MB")
