"""The report's look: page size, colours, type styles, and the one way to put text into a paragraph.

A filed report should look calm and official: one typeface (the bundled DejaVu Sans), dark blue headings,
light tables, generous margins. :func:`para` is how every piece of text becomes a Paragraph: user text
goes through :func:`~workshop.export.sanitise.paragraph_markup`, which sets each run in a bundled font
that has its glyphs; a paragraph goes through HarfBuzz only if it has a run in a shaping font (Arabic,
Devanagari, Ethiopic, Thai), and then only those runs are shaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from workshop.export.pdf_fonts import BOLD, register_fonts
from workshop.export.sanitise import needs_shaping, paragraph_markup

PAGE = A4
MARGIN = 20 * mm
BOTTOM_MARGIN = 22 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6675")
RULE = colors.HexColor("#c7d0db")
HEADER_FILL = colors.HexColor("#e6edf5")
ZEBRA = colors.HexColor("#f5f7fa")
BAR = colors.HexColor("#2e75b6")
NOTE_COLOUR = "#5b6675"  # MUTED, as markup


@dataclass(frozen=True)
class ReportStyles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cover_label: ParagraphStyle
    cover_title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    footer: ParagraphStyle


@cache
def make_styles() -> ReportStyles:
    regular = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, textColor=INK, spaceAfter=4)
    small = replace_style(body, "small", fontSize=8.5, leading=11)
    cell = replace_style(small, "cell", spaceAfter=0)
    return ReportStyles(
        body=body,
        small=small,
        muted=replace_style(small, "muted", textColor=MUTED),
        cover_label=replace_style(body, "cover_label", fontName=BOLD, fontSize=11, textColor=ACCENT),
        cover_title=replace_style(body, "cover_title", fontName=BOLD, fontSize=26, leading=32, spaceAfter=10),
        h1=replace_style(
            body, "h1", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceBefore=6, spaceAfter=8
        ),
        h2=replace_style(body, "h2", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
        cell=cell,
        cell_bold=replace_style(cell, "cell_bold", fontName=BOLD),
        cell_right=replace_style(cell, "cell_right", alignment=TA_RIGHT),
        figure=replace_style(body, "figure", fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT),
        figure_label=replace_style(small, "figure_label", textColor=MUTED, alignment=TA_LEFT),
        footer=replace_style(small, "footer", fontSize=8, leading=10, textColor=MUTED),
    )


def replace_style(style: ParagraphStyle, name: str, **changes: object) -> ParagraphStyle:
    fresh = ParagraphStyle(name, parent=style)
    for key, value in changes.items():
        setattr(fresh, key, value)
    return fresh


_SHAPED: dict[str, ParagraphStyle] = {}


def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    if style.name not in _SHAPED:
        _SHAPED[style.name] = replace_style(style, f"{style.name}-shaped", shaping=1)
    return _SHAPED[style.name]


def para(
    user_text: str | None,
    style: ParagraphStyle,
    *,
    prefix: str = "",
    suffix: str = "",
    note_prefix: str = "",
    note: str | None = None,
) -> Paragraph:
    """A paragraph showing *user_text* exactly as typed, between our own *prefix* and *suffix* words.

    Prefix and suffix are the report's own strings (catalogue words, numbers), already markup (see
    :func:`own`, :func:`bold`). A small grey second line (*note_prefix* of our own words, then the user's
    *note*, e.g. "social · by Anna") stays in the same paragraph, so it can never be parted from its line.
    """
    heavy = style.fontName == BOLD
    markup = prefix + paragraph_markup(user_text, bold=heavy) + suffix
    if note_prefix or note:
        markup += f'<br/><font size="8.5" color="{NOTE_COLOUR}">{note_prefix}{paragraph_markup(note)}</font>'
    shaped = needs_shaping(user_text or "") or needs_shaping(note or "")
    return Paragraph(markup, _shaped(style) if shaped else style)


def own(words: str) -> str:
    """The report's own words as paragraph markup (escaped; never user text)."""
    return escape(words)


def bold(words: str) -> str:
    return f"<b>{escape(words)}</b>"


def report_table(rows: list[list[Any]], widths: list[float], *, repeat_rows: int = 0) -> Table:
    """A table in the report's font that may split inside a row.

    reportlab sets every cell's font before drawing it, Helvetica unless told otherwise, even when the
    cell holds a paragraph; that alone would put an unembedded Helvetica into the PDF. ``splitInRow=1``
    lets one very long cell continue on the next page instead of failing with a LayoutError.
    """
    table = Table(rows, colWidths=widths, repeatRows=repeat_rows, splitInRow=1)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts())])
    return table
