"""The one sanitiser: any string becomes paragraph markup that shows exactly what was typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from workshop.export.pdf_fonts import covered_code_points, register_fonts
from workshop.export.sanitise import REPLACEMENT, clean_for_pdf, needs_shaping, paragraph_markup


def style() -> ParagraphStyle:
    return ParagraphStyle("t", fontName=register_fonts())


def test_markup_is_escaped_and_line_breaks_kept() -> None:
    assert paragraph_markup('<b>öppen</b> & <img src="/etc/passwd"/>\nrad 2') == (
        '&lt;b&gt;öppen&lt;/b&gt; &amp; &lt;img src="/etc/passwd"/&gt;<br/>rad 2'
    )
    assert paragraph_markup("&nbsp") == "&amp;nbsp"


def test_control_characters_and_lone_surrogates_are_dropped() -> None:
    assert clean_for_pdf("a\x00b\x1b[31mc\ud800d") == "ab[31mcd"
    assert clean_for_pdf("tab\there") == "tab here"


def test_nfc_normalisation() -> None:
    assert clean_for_pdf("a\u030a") == "å"


def test_characters_the_font_lacks_become_a_visible_replacement() -> None:
    missing = next(ch for ch in "👍🏽🦄𝔘" if ord(ch) not in covered_code_points())
    assert clean_for_pdf(f"x{missing}y") == f"x{REPLACEMENT}y"


def test_only_complex_scripts_are_shaped() -> None:
    assert needs_shaping("مرحبا")
    assert needs_shaping("שלום")
    assert not needs_shaping("Tryggare skolvägar åäö Ελληνικά")


@given(st.text(max_size=300))
def test_any_text_makes_a_paragraph_reportlab_accepts(text: str) -> None:
    paragraph = Paragraph(paragraph_markup(text), style())
    paragraph.wrap(400, 10_000)
