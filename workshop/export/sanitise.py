"""Turn text that people typed into reportlab paragraph markup: the one and only way user text enters the PDF.

reportlab's ``Paragraph`` parses its text as markup. Raw user text such as ``<b>öppen``, a stray ``</i>``
or ``<font name="x">`` raises ValueError, ``<img src="/etc/passwd"/>`` makes reportlab open that local
file, and ``&nbsp`` silently disappears. The steps below (see PITFALLS.md) make any string safe and
visible exactly as typed:

1. NFC-normalise, so "å" typed two ways is one glyph;
2. drop control characters (other than line breaks and tabs) and lone surrogates;
3. split the text into runs, each set in the first bundled font that has its glyphs (see
   :mod:`workshop.export.pdf_fonts`); a space, a joiner or a combining mark stays in the run it is in
   when that font has it, so a word or an emoji sequence is never split between two designs;
4. escape ``&``, ``<`` and ``>`` and wrap each run not in the base font in ``<font name="…">``;
5. turn line breaks into ``<br/>``.

A character that no bundled font can draw is shown as "�" but keeps its own code in the text layer
(copy and paste give it back), and is counted: :func:`missing_characters` tells the report which, so it
can say so once.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from workshop.export.pdf_fonts import BASE, FONTS, BundledFont, base_code_points, covers, font_for, use_font
from workshop.export.pdf_shaping import stands_for

REPLACEMENT = "\ufffd"  # drawn by DejaVu Sans as a black diamond with a question mark
_STICKY = frozenset(("Zs", "Cf", "Mn", "Me", "Mc", "Lm", "Sk"))  # belongs to the run it is in
_missing: set[str] = set()


def _clean_char(ch: str) -> str:
    if ch == "\n":
        return ch
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs"):  # control characters (a tab too: reportlab has no tab stops), surrogates
        return " " if ch == "\t" else ""
    if category == "Zs" and ord(ch) not in base_code_points(False) and font_for(ord(ch), False) is None:
        return " "  # an exotic space no font has: a plain one shows the same thing
    return ch


class _Decisions(dict[int, str]):
    """What each code point becomes, decided once: str.translate then runs at C speed on known ones."""

    def __missing__(self, code: int) -> str:
        decided = _clean_char(chr(code))
        self[code] = decided
        return decided


_SURROGATES = re.compile("[\ud800-\udfff]")
_DECISIONS = _Decisions({ord("\r"): "\n", 0x2028: "\n", 0x2029: "\n"})
_NOT_IN_METADATA = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff]+")


def clean_for_pdf(text: str | None) -> str:
    """The text as the report will show it (steps 1–2): plain text, no markup yet."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n")
    text = _SURROGATES.sub("", text)  # lone surrogates cannot be normalised, encoded or drawn
    return unicodedata.normalize("NFC", text).translate(_DECISIONS)


def clean_for_metadata(text: str | None) -> str:
    """The text as the PDF's metadata keeps it: every character a person typed (an emoji too), on one
    line, NFC-normalised, without control characters or lone surrogates (XMP is XML, which has neither).
    Unlike :func:`clean_for_pdf`, nothing depends on which glyphs the fonts have.
    """
    if not text:
        return ""
    text = _SURROGATES.sub("", text)
    return " ".join(_NOT_IN_METADATA.sub(" ", unicodedata.normalize("NFC", text)).split())


def _stand_in(ch: str, bold: bool) -> str:
    """A "�" whose text layer still says *ch*, for a character no bundled font has."""
    from reportlab.pdfbase import pdfmetrics

    _missing.add(ch)
    use_font(BASE.name)
    font = pdfmetrics.getFont(BASE.bold_name if bold else BASE.name)
    face = font.face
    glyph = face.charToGlyph[ord(REPLACEMENT)]
    return chr(stands_for(face, glyph, ch, font.pdfScale(font.hbFont(10).get_glyph_h_advance(glyph))))


def _runs(text: str, bold: bool) -> list[tuple[BundledFont, str]]:
    runs: list[tuple[BundledFont, list[str]]] = []
    current: BundledFont | None = None
    for ch in text:
        code = ord(ch)
        if ch == "\n":
            font: BundledFont | None = current or BASE
        elif current is not None and unicodedata.category(ch) in _STICKY and covers(current, code, bold):
            font = current
        else:
            font = font_for(code, bold)
        if font is None:
            if unicodedata.category(ch) in ("Cf", "Mn", "Me", "Zs"):
                continue  # invisible formatting (a stray bidi mark, a joiner) no font has: nothing to see
            font, ch = BASE, _stand_in(ch, bold)
        if font is current:
            runs[-1][1].append(ch)
        else:
            runs.append((font, [ch]))
            current = font
    return [(font, "".join(chars)) for font, chars in runs]


def paragraph_markup(text: str | None, *, bold: bool = False) -> str:
    """Safe reportlab paragraph markup showing *text* exactly as typed (all five steps).

    *bold*: the paragraph's style is bold, so runs in other fonts use their bold faces where bundled.
    """
    cleaned = clean_for_pdf(text)
    if base_code_points(bold).issuperset(cleaned.replace("\n", "")):
        return escape(cleaned).replace("\n", "<br/>")
    parts = []
    for font, run in _runs(cleaned, bold):
        shown = escape(run).replace("\n", "<br/>")
        if font is BASE:
            parts.append(shown)
        else:
            use_font(font.name)
            parts.append(f'<font name="{font.bold_name if bold else font.name}">{shown}</font>')
    return "".join(parts)


def missing_characters(*, reset: bool = False) -> list[str]:
    """The characters no bundled font could draw since the last reset, in code point order."""
    found = sorted(_missing)
    if reset:
        _missing.clear()
    return found


_SHAPED_FONTS = tuple(f for f in FONTS if f.shaped)


def needs_shaping(text: str) -> bool:
    """True if *text* has a run in a font that goes through HarfBuzz (Arabic, Devanagari, Ethiopic,
    Thai). Only those runs are shaped (see :mod:`workshop.export.pdf_shaping`); shaping every paragraph
    would make a big report 2–3 times slower, and shaping Latin makes ligatures that change its text."""
    if not text or base_code_points(False).issuperset(text):
        return False  # the base font sets it all, and it shapes nothing
    codes = {ord(ch) for ch in text if ord(ch) >= 0x0590}
    return any(font_for(code, False) in _SHAPED_FONTS for code in codes)
