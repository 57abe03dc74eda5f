"""Every script Stockholm's residents write comes through import → PDF → pdftotext with its characters.

tests/export/fixtures/every-script.json holds one idea per script (Latin with Swedish, Finnish,
Meänkieli, Sami, Polish, Turkish and Kurdish letters; Cyrillic; Greek; Arabic, Persian, Sorani;
Tigrinya, Amharic; Hindi; Thai; Chinese; emoji), and Hebrew. pdftotext is poppler's, as a reader's
viewer would use.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import unicodedata
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest

from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export.import_file import read_file
from workshop.export.pdf_report import report_bytes
from workshop.export.pdfa import validate

FIXTURE = Path(__file__).parent / "fixtures" / "every-script.json"
STAMP = "2026-03-14T16:00:00.000+00:00"
RIGHT_TO_LEFT = {"i-ar", "i-fa", "i-ckb", "i-he"}


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def every_script() -> WorkshopSnapshot:
    result = read_file(FIXTURE)
    assert result.ok, result.problems
    assert result.snapshot is not None
    return result.snapshot


@pytest.fixture(scope="module")
def text_layer(every_script: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> str:
    return pdftotext(report_bytes(every_script, exported_at=STAMP), tmp_path_factory.mktemp("pdf"))


def flat(text: str) -> str:
    """Lines joined, bidi embedding marks that pdftotext adds around right-to-left runs dropped."""
    return " ".join(text.replace("\u202b", "").replace("\u202c", "").split())


IDEAS = [idea["id"] for idea in json.loads(FIXTURE.read_text(encoding="utf-8"))["ideas"]]


@pytest.mark.parametrize("idea_id", [i for i in IDEAS if i not in RIGHT_TO_LEFT])
def test_left_to_right_scripts_read_back_exactly(
    every_script: WorkshopSnapshot, text_layer: str, idea_id: str
) -> None:
    idea = next(i for i in every_script.ideas if i.id == idea_id)
    assert flat(idea.text) in flat(text_layer)


@pytest.mark.parametrize("idea_id", sorted(RIGHT_TO_LEFT))
def test_right_to_left_scripts_read_back_word_for_word(
    every_script: WorkshopSnapshot, text_layer: str, idea_id: str
) -> None:
    """Every word, with every letter (لا as two letters; Sorani ڵ ێ; Persian پ ژ گ چ; Hebrew), on one line.
    pdftotext lists a right-to-left line's words in the order they stand on a mostly left-to-right page
    (left to right), so the words are compared, not the sentence."""
    idea = next(i for i in every_script.ideas if i.id == idea_id)
    line = next(line for line in text_layer.splitlines() if idea.text.split()[0] in line)
    for word in idea.text.replace("،", " ").split():
        assert word in line, word


def test_nothing_reads_back_as_a_replacement_or_private_code(text_layer: str) -> None:
    assert "\ufffd" not in text_layer
    private = [ch for ch in text_layer if unicodedata.category(ch) == "Co"]
    assert private == []
    assert "\ufb06" not in text_layer  # the "st" ligature of shaped Latin


def test_a_latin_name_beside_arabic_text_is_not_shaped(
    every_script: WorkshopSnapshot, tmp_path: Path
) -> None:
    arabic = next(i for i in every_script.ideas if i.id == "i-ar")
    anna = next(p for p in every_script.participants if p.name == "Anna Lindqvist")
    idea = dataclasses.replace(arabic, author_id=anna.id, description="Lindqvist föreslog det مدرسة first")
    snapshot = dataclasses.replace(every_script, ideas=(idea,))
    text = pdftotext(report_bytes(snapshot, exported_at=STAMP), tmp_path)
    assert "Anna Lindqvist" in text
    assert "Lindqvist föreslog det" in text
    assert "first" in text


def test_a_character_no_font_has_is_named_once_and_keeps_its_code(
    every_script: WorkshopSnapshot, tmp_path: Path
) -> None:
    idea = dataclasses.replace(every_script.ideas[0], text="Smälter \U0001fae0 och \U0001fae0 igen")
    snapshot = dataclasses.replace(every_script, ideas=(idea,))
    text = pdftotext(report_bytes(snapshot, exported_at=STAMP), tmp_path)
    assert "Smälter \U0001fae0 och \U0001fae0 igen" in text
    assert text.count("U+1FAE0") == 1


def test_the_space_before_a_right_to_left_override_is_kept(
    every_script: WorkshopSnapshot, tmp_path: Path
) -> None:
    idea = dataclasses.replace(every_script.ideas[0], text="Fråga \u202eAnna")
    text = pdftotext(
        report_bytes(dataclasses.replace(every_script, ideas=(idea,)), exported_at=STAMP), tmp_path
    )
    assert "Fråga " in text.replace("\u202b", "").replace("\u202e", "")


def test_every_script_report_is_pdfa_with_fonts_embedded_as_subsets(every_script: WorkshopSnapshot) -> None:
    pdf = report_bytes(every_script, exported_at=STAMP)
    assert validate(pdf).passed
    with pikepdf.open(BytesIO(pdf)) as doc:
        names = {
            str(font.BaseFont) for page in doc.pages for font in page.Resources.get("/Font", {}).values()
        }
        assert doc.open_metadata()["dc:title"] == every_script.workshop.title  # emoji, Arabic, Chinese
    families = {name.split("+", 1)[1] for name in names}
    assert all("+" in name for name in names)  # subsets only
    assert {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "NotoSansArabic-Regular",
        "NotoSansHebrew-Regular",
        "NotoSansEthiopic-Regular",
        "NotoSansDevanagari-Regular",
        "NotoSansThai-Regular",
        "DroidSansFallback",
        "Symbola",
    } <= families
