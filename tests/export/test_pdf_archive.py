"""Every report the app makes is a PDF/A-3b file an archive can keep, and carries its data as an
associated file that the importer reads back (from old reports too)."""

from __future__ import annotations

import dataclasses
import json
from io import BytesIO

import pikepdf
import pytest
from pikepdf import Name
from pypdf import PdfReader, PdfWriter

from benchmarks._big_workshop import big_workshop
from tests.export.test_pdf_report import HOSTILE
from workshop.domain.language import Language
from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export import exchange
from workshop.export.import_file import read_bytes
from workshop.export.pdf_report import render_pdf, report_bytes
from workshop.export.pdfa import validate
from workshop.services import snapshot as snapshot_service
from workshop.services.demo import create_demo
from workshop.store.library import Library

STAMP = "2026-03-14T16:00:00.000+00:00"


def hostile(rich: WorkshopSnapshot) -> WorkshopSnapshot:
    """Every hostile string in free text; the title holds those a person can type into a title field."""
    text = "".join(HOSTILE)
    typed = "".join(h for h in HOSTILE if h.isprintable() and h.strip() and h != "\u202e")
    w = dataclasses.replace(rich.workshop, title="😀 " + typed[:180], goal=text * 20, facilitator=typed[:50])
    idea = dataclasses.replace(rich.ideas[0], text=text[:1000], description=text * 5)
    return dataclasses.replace(rich, workshop=w, ideas=(idea, *rich.ideas[1:]))


def assert_archivable(pdf: bytes, snapshot: WorkshopSnapshot) -> None:
    report = validate(pdf)
    assert report.passed, report.findings
    with pikepdf.open(BytesIO(pdf)) as doc:
        meta = doc.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "B"
        assert meta["dc:language"] == {snapshot.workshop.language.value}
        assert meta["xmp:CreateDate"].startswith("2026-03-14T16:00")
        (intent,) = doc.Root.OutputIntents
        assert intent.S == Name.GTS_PDFA1
        assert str(intent.OutputConditionIdentifier) == "sRGB"
        assert intent.DestOutputProfile.N == 3
        assert all(Name.Trans not in page.obj for page in doc.pages)
        (associated,) = doc.Root.AF
        assert associated.AFRelationship == Name.Data
        assert str(associated.F) == str(associated.UF) == "workshop.json"
        assert associated.EF.F.Subtype == Name("/application/json")
        for page in doc.pages:
            for font in page.Resources.get("/Font", {}).values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                assert "/FontFile2" in descendant.FontDescriptor, font.BaseFont
    back = read_bytes(pdf)
    assert back.ok, back.problems
    assert back.snapshot is not None
    assert back.snapshot.workshop.title == snapshot.workshop.title


def test_plain_report_is_pdfa_3b_with_its_data_associated(rich: WorkshopSnapshot) -> None:
    pdf = report_bytes(rich, exported_at=STAMP)
    assert_archivable(pdf, rich)
    with pikepdf.open(BytesIO(pdf)) as doc:
        meta = doc.open_metadata()
        assert meta["dc:title"] == rich.workshop.title
        assert meta["dc:creator"] == [rich.workshop.facilitator]
        assert meta["dc:description"] == "Sammanfattning av en innovationsworkshop"
        attached = doc.attachments["workshop.json"].get_file().read_bytes()
    assert json.loads(attached) == exchange.to_document(rich, exported_at=STAMP)


def test_anonymised_report_is_pdfa_3b(rich: WorkshopSnapshot) -> None:
    assert_archivable(report_bytes(rich, anonymise=True, exported_at=STAMP), rich)


def test_demo_report_in_english_is_pdfa_3b(library: Library) -> None:
    demo, _ = create_demo(library)
    snapshot = snapshot_service.load(library, demo.id)
    pdf = report_bytes(snapshot, language=Language.EN, exported_at=STAMP)
    assert validate(pdf).passed
    with pikepdf.open(BytesIO(pdf)) as doc:
        assert doc.open_metadata()["dc:language"] == {"en"}
        assert str(doc.Root.Lang) == "en"


@pytest.mark.slow
def test_thousand_idea_report_is_pdfa_3b() -> None:
    snapshot = big_workshop(1000)
    assert_archivable(report_bytes(snapshot, exported_at=STAMP), snapshot)


def test_hostile_text_report_is_pdfa_3b_and_metadata_keeps_every_character(rich: WorkshopSnapshot) -> None:
    snapshot = hostile(rich)
    pdf = report_bytes(snapshot, exported_at=STAMP)
    assert_archivable(pdf, snapshot)
    with pikepdf.open(BytesIO(pdf)) as doc:
        title = doc.open_metadata()["dc:title"]
        assert title.startswith("😀 <b>öppen</i>")
        assert "中文" in title
        assert "مرحبا بالعالم" in title
        assert "\ufffd" not in title
        assert str(doc.docinfo.Title) == title


def test_reportlab_pages_alone_fail_the_validator(rich: WorkshopSnapshot) -> None:
    """The check is real: what reportlab writes by itself (no output intent, no XMP, /Trans) fails."""
    assert not validate(render_pdf(rich, exported_at=STAMP)).passed


def test_a_report_attached_the_old_way_still_imports(rich: WorkshopSnapshot) -> None:
    """Reports made before PDF/A (pypdf's add_attachment, no /AF) are still read by the importer."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(render_pdf(rich, exported_at=STAMP))))
    writer.add_attachment("workshop.json", exchange.to_bytes(exchange.to_document(rich, exported_at=STAMP)))
    old = BytesIO()
    writer.write(old)
    back = read_bytes(old.getvalue())
    assert back.ok
    assert back.snapshot is not None
    assert len(back.snapshot.ideas) == len(rich.ideas)
