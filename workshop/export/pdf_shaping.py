"""Shaping for the runs that need it, with a text layer that gives back exactly what was typed.

reportlab's own shaping (``ParagraphStyle(shaping=1)``) shapes every word of a paragraph with the font of
its first fragment, Latin words too: HarfBuzz then turns "st" into a ligature whose glyph reads back as
U+FB06 ("Lindqviﬆ"). And it names each shaped glyph by the first character the font's cmap gives that
glyph, or by a private-use code point when there is none (contextual Arabic forms, Devanagari conjuncts,
Sorani ڵ ێ): copy and paste and search then lose those letters. Its ToUnicode map also writes code points
above U+FFFF as five hex digits instead of a UTF-16 surrogate pair, so emoji read back wrong.

Here, instead:

- only a fragment whose font is one of the shaping fonts (Arabic, Devanagari, Ethiopic, Thai; see
  :mod:`workshop.export.pdf_fonts`) is shaped, with that fragment's own font;
- every shaped glyph is drawn through a code of its own whose ToUnicode entry is the text of its
  HarfBuzz cluster (split over the cluster's glyphs in the order they are drawn), so a ligature reads
  back as its letters and a reordered Devanagari vowel sign in its logical place;
- the ToUnicode map is written as UTF-16BE, surrogate pairs included.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import uharfbuzz
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedFragWord, ShapedStr, makeShapedFragWord

# Private code points of the supplementary planes: none of them is in any bundled font's cmap.
_FIRST_PRIVATE = 0xF0000
_LAST_PRIVATE = 0x10FFFD
_private: dict[tuple[str, int, str], int] = {}  # (face name, glyph id, text) -> private code point
_spoken: dict[int, str] = {}  # private code point -> the text it stands for in the text layer
_next = [_FIRST_PRIVATE]
_SHAPING_FONTS: set[str] = set()
_FEATURES = {"kern": True, "liga": True}


def shape_with(font_names: set[str]) -> None:
    """Shape fragments set in these fonts (and only those); installs the replacements once."""
    _SHAPING_FONTS.update(font_names)
    from reportlab.pdfgen.textobject import PDFTextObject
    from reportlab.platypus import paragraph

    paragraph.shapeFragWord = shape_word
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    if not getattr(PDFTextObject._formatText, "_ideverkstad", False):
        PDFTextObject._formatText = _with_actual_text(PDFTextObject._formatText)


def stands_for(face: Any, glyph: int, text: str, width: float) -> int:
    """The code point drawing *glyph* of *face* whose text layer says *text*."""
    key = (face.name, glyph, text)
    code = _private.get(key)
    if code is None:
        code = _next[0]
        if code > _LAST_PRIVATE:  # a million distinct clusters in one process: start over
            _private.clear()
            code = _FIRST_PRIVATE
        _next[0] = code + 1
        _private[key] = code
        _spoken[code] = text
        face.charToGlyph[code] = glyph
        face.glyphToChar.setdefault(glyph, []).append(code)
        face.charWidths[code] = width
    return code


def _clusters(infos: list[Any], text: str) -> list[str]:
    """For each glyph (in drawing order), its share of its cluster's text."""
    starts = sorted({info.cluster for info in infos})
    ends = {start: (starts[n + 1] if n + 1 < len(starts) else len(text)) for n, start in enumerate(starts)}
    members: dict[int, list[int]] = {}
    for index, info in enumerate(infos):
        members.setdefault(info.cluster, []).append(index)
    shares = [""] * len(infos)
    for start, glyphs in members.items():
        chars = text[start : ends[start]]
        count = len(glyphs)
        for k, index in enumerate(glyphs):
            shares[index] = chars[k * len(chars) // count : (k + 1) * len(chars) // count]
    return shares


def _shape_fragment(frag: Any, text: str) -> tuple[ShapedStr, float]:
    font = pdfmetrics.getFont(frag.fontName)
    hb_font = font.hbFont(frag.fontSize)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    if buffer.direction == "rtl":
        # Drawn right to left; a reader gives each glyph's letters back in reading order.
        shares = [share[::-1] for share in _clusters(infos, text)]
    else:
        shares = _clusters(infos, text)
    face = font.face
    scale = frag.fontSize / 1000
    chars: list[str] = []
    data: list[ShapeData] = []
    width = 0.0
    for info, pos, share in zip(infos, positions, shares, strict=True):
        glyph = info.codepoint
        x_advance = font.pdfScale(pos.x_advance)
        plain = len(share) == 1 and face.charToGlyph.get(ord(share)) == glyph
        # The width the PDF gives the code must be the glyph's own advance (PDF/A checks it against the
        # font program); the shaped advance is reached with a TJ adjustment, as for any shaped glyph.
        natural = font.pdfScale(hb_font.get_glyph_h_advance(glyph))
        code = ord(share) if plain else stands_for(face, glyph, share, natural)
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                font.pdfScale(pos.y_advance),
                font.pdfScale(pos.x_offset),
                font.pdfScale(pos.y_offset),
                face.charWidths.get(code, x_advance),
            )
        )
        width += x_advance * scale
    return ShapedStr("".join(chars), shapeData=data), width


def _unshaped(text: str) -> str:
    """The typed text again, if reportlab hands back glyph codes of an earlier shaping as a plain string
    (it does when it splits a paragraph or a table cell across pages): they are shaped from scratch."""
    if not any(ord(ch) >= _FIRST_PRIVATE for ch in text):
        return text
    spoken = "".join(_spoken.get(ord(ch), ch) for ch in text)
    return spoken[::-1] if _reads_right_to_left(spoken) else spoken


def shape_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """reportlab's ``shapeFragWord``, fragment by fragment: only shaping fonts' fragments are shaped."""
    if isinstance(word, ShapedFragWord):
        return word
    parts: list[Any] = []
    width = 0.0
    changed = False
    for part in word[1:]:
        frag, text = part[0], part[1]
        if (
            hasattr(frag, "cbDefn")
            or isinstance(text, ShapedStr)
            or frag.fontName not in _SHAPING_FONTS
            or not text
        ):
            parts.append(part)
            if not hasattr(frag, "cbDefn"):
                width += pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
            continue
        shaped, shaped_width = _shape_fragment(frag, _unshaped(text))
        parts.append((frag, shaped))
        width += shaped_width
        changed = True
    if not changed:
        return word
    shaped_word = makeShapedFragWord(word)([width, *parts])
    return shaped_word


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with shaped glyphs' cluster text and UTF-16 surrogate pairs."""
    entries = []
    for code, point in enumerate(subset):
        spoken = _spoken.get(point)
        text = spoken if spoken is not None else chr(point)
        # An empty share (a cluster with more glyphs than letters) reads as nothing: a zero-width space
        # would add a character the user never typed, so the glyph is given none.
        entries.append(f"<{code:02X}> <{_utf16(text)}>" if text else f"<{code:02X}> <>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _reads_right_to_left(text: str) -> bool:
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _with_actual_text(original: Any) -> Any:
    """Wrap every left-to-right shaped run in a marked-content span whose /ActualText is its typed text.

    Needed where the glyphs alone do not read back in order: a Thai tone mark lowered with a text rise
    becomes a word of its own, a Devanagari vowel sign is drawn before its consonant. A right-to-left
    run gets no span: readers (poppler's pdftotext, for one) reverse an /ActualText of Arabic letters
    once more, while the glyphs' own ToUnicode text (drawn right to left) reads back word for word.
    """

    def format_text(self: Any, text: str) -> str:
        out = original(self, text)
        if isinstance(text, ShapedStr) and out:
            spoken = "".join(_spoken.get(ord(ch), ch) for ch in text)
            if not _reads_right_to_left(spoken):
                return f"/Span <</ActualText <FEFF{_utf16(spoken)}>>> BDC {out} EMC"
        return out

    format_text._ideverkstad = True  # type: ignore[attr-defined]
    return format_text
