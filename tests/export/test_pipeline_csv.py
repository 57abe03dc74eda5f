"""The pipeline CSV as Decidim's importer reads it: `;`, UTF-8, exact header, every field intact."""

from __future__ import annotations

import csv
import dataclasses
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.domain.text import clean_text
from workshop.export.pipeline_csv import PipelineOptions, RowPer, Selection, to_bytes


def parse(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8")
    assert not text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True))
    header = rows[0]
    assert len(set(header)) == len(header), header  # Decidim rejects duplicate header names
    assert all(header), header  # … and empty ones
    assert all(len(row) == len(header) for row in rows), "a blank or broken line rejects the whole file"
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


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
        assert rows[0]["title/sv"] == idea_text
    assert rows[0]["body/sv"].startswith(idea_text + ("\n\n" + description if description else ""))


def test_long_idea_gets_a_short_title_and_keeps_the_whole_text_in_the_body(rich: WorkshopSnapshot) -> None:
    long_text = " ".join(["cykelbana"] * 100)
    idea = dataclasses.replace(rich.ideas[0], text=long_text)
    rows = parse(to_bytes(dataclasses.replace(rich, ideas=(idea, *rich.ideas[1:]))))
    assert len(rows[0]["title/sv"]) <= 150
    assert rows[0]["title/sv"].endswith("…")
    assert rows[0]["body/sv"].startswith(long_text)
