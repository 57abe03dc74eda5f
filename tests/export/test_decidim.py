"""Decidim's meeting report and JSON proposal import: written by the CLI, the same fields in text and JSON,
the same rows and content rules as the pipeline CSV."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

from workshop.cli import main
from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import decidim_meeting, decidim_proposals, pipeline_csv


def test_meeting_report_has_the_close_meeting_fields(rich: WorkshopSnapshot) -> None:
    report = decidim_meeting.meeting_report(rich)
    present = [p for p in rich.participants if p.present] or list(rich.participants)
    assert report.attendees_count == len(present)
    assert report.contributions_count == len(rich.ideas)  # merged duplicates were contributions too
    assert report.attending_organizations == sorted(
        {p.organisation for p in present if p.organisation}, key=str.casefold
    )
    assert "Polisen, lokalpolisområde Söderort" in report.attending_organizations
    assert len(report.proposals) == len(rich.visible_ideas)
    assert rich.workshop.title in report.closing_report
    assert "Idéerna med flest röster:" in report.closing_report
    assert "Starta gående skolbuss på Hagsätravägen" in report.closing_report
    assert not any(p.name in report.closing_report for p in rich.participants)  # a public form


def test_meeting_report_text_and_json_carry_the_same_fields(rich: WorkshopSnapshot) -> None:
    text = decidim_meeting.text_bytes(rich).decode("utf-8")
    data = json.loads(decidim_meeting.json_bytes(rich))
    assert set(data) == {
        "language",
        "closing_report",
        "attendees_count",
        "attending_organizations",
        "contributions_count",
        "proposals",
    }
    assert data["language"] == "sv"
    assert data["closing_report"] in text
    assert f"Antal deltagare: {data['attendees_count']}" in text
    assert f"Antal bidrag: {data['contributions_count']}" in text
    assert "Deltagande organisationer: " + ", ".join(data["attending_organizations"]) in text
    assert all(f"- {title}" in text for title in data["proposals"])


def test_meeting_report_in_english(rich: WorkshopSnapshot) -> None:
    english = dataclasses.replace(rich, workshop=dataclasses.replace(rich.workshop, language=Language.EN))
    text = decidim_meeting.text_bytes(english).decode("utf-8")
    assert "Meeting report for Decidim" in text
    assert "Number of attendees:" in text
    assert "Antal" not in text


def test_proposals_json_is_the_csv_as_decidim_reads_json(rich: WorkshopSnapshot) -> None:
    options = pipeline_csv.PipelineOptions(selection=pipeline_csv.Selection.WITH_VOTES)
    items = json.loads(decidim_proposals.to_bytes(rich, options))
    table = list(csv.DictReader(io.StringIO(pipeline_csv.to_csv(rich, options)), delimiter=";"))
    assert isinstance(items, list)
    assert len(items) == len(table)
    for item, row in zip(items, table, strict=True):
        assert item["title"] == {"sv": row["title/sv"]}
        assert item["body"] == {"sv": row["body/sv"]}
        assert item["idea_id"] == row["idea_id"]
        assert item["votes"] == int(row["votes"])


def test_proposals_json_cleans_cells_like_the_csv(rich: WorkshopSnapshot) -> None:
    idea = dataclasses.replace(rich.ideas[0], text='=HYPERLINK("http://x","klick") 😀 مدرسة')
    items = decidim_proposals.proposals(dataclasses.replace(rich, ideas=(idea, *rich.ideas[1:])))
    assert items[0]["title"]["sv"] == pipeline_csv.spreadsheet_safe(idea.text)
    assert items[0]["title"]["sv"].startswith("'=")
    assert "😀 مدرسة" in items[0]["title"]["sv"]


def test_cli_writes_meeting_report_and_proposals(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    text, js, proposals = tmp_path / "m.txt", tmp_path / "m.json", tmp_path / "p.json"
    args = ["--meeting", str(text), "--meeting-json", str(js), "--proposals-json", str(proposals)]
    code = main(["--data-dir", str(data_dir), "--lang", "en", "export", "Tryggare skolvägar", *args])
    assert code == 0
    assert text.read_text(encoding="utf-8").startswith("Mötesrapport för Decidim")  # the workshop's language
    assert json.loads(js.read_text(encoding="utf-8"))["contributions_count"] == 45
    assert len(json.loads(proposals.read_text(encoding="utf-8"))) == 45
