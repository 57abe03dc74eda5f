"""The one sanitiser: any string becomes paragraph markup that shows exactly what was typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from workshop.export.pdf_fonts import register_fonts
from workshop.export.sanitise import (
    clean_for_metadata,
    clean_for_pdf,
    missing_characters,
    needs_shaping,
    paragraph_markup,
)


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


def test_each_run_goes_to_a_font_that_has_its_glyphs() -> None:
    assert paragraph_markup("Åsa 中文 مرحبا 😀") == (
        'Åsa <font name="DroidSansFallback">中文 </font><font name="NotoSansArabic">مرحبا </font>'
        '<font name="Symbola">😀</font>'
    )
    assert paragraph_markup("ብርሃን", bold=True) == '<font name="NotoSansEthiopic-Bold">ብርሃን</font>'
    assert paragraph_markup("Tryggare skolvägar åäö Ελληνικά Кириллица") == (
        "Tryggare skolvägar åäö Ελληνικά Кириллица"
    )


def test_an_emoji_sequence_stays_in_one_font() -> None:
    assert (
        paragraph_markup("👨\u200d👩\u200d👧❤\ufe0f")
        == '<font name="Symbola">👨\u200d👩\u200d👧❤\ufe0f</font>'
    )


def test_a_character_no_font_has_is_counted_once_and_keeps_its_code() -> None:
    missing_characters(reset=True)
    markup = paragraph_markup("x\U0001fae0y \U0001fae0")  # U+1FAE0 (melting face) is in no bundled font
    assert "\U0001fae0" not in markup
    assert markup.startswith("x")  # shown as "�" (a private code drawn with that glyph), read back as typed
    assert missing_characters(reset=True) == ["\U0001fae0"]
    assert missing_characters() == []


def test_metadata_keeps_every_character_on_one_line() -> None:
    assert clean_for_metadata("Skolväg 😀\n中文\x00 \ud800 مرحبا") == "Skolväg 😀 中文 مرحبا"


def test_only_runs_in_shaping_fonts_are_shaped() -> None:
    assert needs_shaping("مرحبا")
    assert needs_shaping("स्कूल")
    assert needs_shaping("เพิ่ม")
    assert not needs_shaping("Tryggare skolvägar åäö Ελληνικά Lindqvist")
    assert needs_shaping("שלום")  # right to left: HarfBuzz puts it in visual order
    assert not needs_shaping("中文 😀")


@given(st.text(max_size=300))
def test_any_text_makes_a_paragraph_reportlab_accepts(text: str) -> None:
    paragraph = Paragraph(paragraph_markup(text), style())
    paragraph.wrap(400, 10_000)
