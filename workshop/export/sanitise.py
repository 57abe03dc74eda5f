"""Turn text that people typed into reportlab paragraph markup: the one and only way user text enters the PDF.

reportlab's ``Paragraph`` parses its text as markup. Raw user text such as ``<b>öppen``, a stray ``</i>``
or ``<font name="x">`` raises ValueError, ``<img src="/etc/passwd"/>`` makes reportlab open that local
file, and ``&nbsp`` silently disappears. The steps below (see PITFALLS.md) make any string safe and
visible exactly as typed:

1. NFC-normalise, so "å" typed two ways is one glyph;
2. drop control characters (other than line breaks and tabs) and lone surrogates;
3. replace characters the bundled font cannot draw with a visible replacement character (invisible
   format characters such as a stray bidi mark are dropped instead), because reportlab has no per-glyph
   font fallback and would otherwise draw an empty box or nothing at all;
4. escape ``&``, ``<`` and ``>``;
5. turn line breaks into ``<br/>``.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from workshop.export.pdf_fonts import covered_code_points

REPLACEMENT = "\ufffd"  # drawn by DejaVu Sans as a black diamond with a question mark


def _clean_char(ch: str, covered: frozenset[int]) -> str:
    if ch == "\n":
        return ch
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs"):  # control characters (a tab too: reportlab has no tab stops), surrogates
        return " " if ch == "\t" else ""
    if ord(ch) in covered:
        return ch
    if category == "Zs":  # an exotic space: a plain one shows the same thing
        return " "
    if category in ("Cf", "Zl", "Zp"):  # invisible formatting the font has no glyph for
        return ""
    return REPLACEMENT


class _Decisions(dict[int, str]):
    """What each code point becomes, decided once: str.translate then runs at C speed on known ones."""

    def __missing__(self, code: int) -> str:
        decided = _clean_char(chr(code), covered_code_points())
        self[code] = decided
        return decided


_SURROGATES = re.compile("[\ud800-\udfff]")
_DECISIONS = _Decisions({ord("\r"): "\n", 0x2028: "\n", 0x2029: "\n"})


def clean_for_pdf(text: str | None) -> str:
    """The text as the report will show it (steps 1–3): plain text, no markup yet."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n")
    text = _SURROGATES.sub("", text)  # lone surrogates cannot be normalised, encoded or drawn
    return unicodedata.normalize("NFC", text).translate(_DECISIONS)


_NOT_IN_METADATA = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff]+")


def clean_for_metadata(text: str | None) -> str:
    """The text as the PDF's metadata keeps it: every character a person typed (an emoji too), on one
    line, NFC-normalised, without control characters or lone surrogates (XMP is XML, which has neither).
    Unlike :func:`clean_for_pdf`, nothing depends on which glyphs the fonts have.
    """
    if not text:
        return ""
    text = _SURROGATES.sub("", text)
    return " ".join(_NOT_IN_METADATA.sub(" ", unicodedata.normalize("NFC", text)).split())


def paragraph_markup(text: str | None) -> str:
    """Safe reportlab paragraph markup showing *text* exactly as typed (all five steps)."""
    return escape(clean_for_pdf(text)).replace("\n", "<br/>")


# Scripts whose letters change shape or direction with their neighbours (Hebrew, Arabic, Syriac, Thaana,
# N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar…) and combining marks. Only paragraphs holding
# them are shaped with HarfBuzz: shaping every paragraph would make a big report 2–3 times slower.
_COMPLEX = re.compile(
    "[\u0300-\u036f\u0590-\u08ff\u0900-\u0fff\u1000-\u109f\u1780-\u17ff\u200c-\u200f\u202a-\u202e"
    "\ufb1d-\ufdff\ufe20-\ufe2f\ufe70-\ufeff]"
)


def needs_shaping(text: str) -> bool:
    """True if *text* must go through HarfBuzz to be drawn right (see ParagraphStyle(shaping=1))."""
    return _COMPLEX.search(text) is not None
