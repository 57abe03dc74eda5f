"""The report's bundled font: DejaVu Sans, registered once and embedded (subset) in every PDF.

Helvetica (reportlab's default) is never embedded and has no Arabic, Greek or emoji, so the report uses
only this font and tells reportlab so (``initialFontName``), otherwise an unembedded Helvetica is still
referenced by the empty canvas state.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.resources import resource_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def _never_reshape() -> None:
    """Work around a reportlab 4/5 bug: re-wrapping a shaped paragraph (a table cell or a KeepTogether
    block is wrapped more than once) hands already-shaped text (``ShapedStr``) back to HarfBuzz, which
    rejects it with a TypeError whenever a word holds more than one fragment (e.g. ``&lt;b&gt;`` in bold).
    Shaped text needs no second shaping, so such words are passed through unchanged.
    """
    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.platypus import paragraph

    original: Any = paragraph.shapeFragWord
    if getattr(original, "_ideverkstad_guard", False):
        return

    def shape_once(word: Any, *args: Any, **kwargs: Any) -> Any:
        if any(isinstance(part[1], ShapedStr) for part in word[1:] if isinstance(part, tuple)):
            return word
        return original(word, *args, **kwargs)

    shape_once._ideverkstad_guard = True  # type: ignore[attr-defined]
    paragraph.shapeFragWord = shape_once


@cache
def register_fonts() -> str:
    """Register the bundled fonts (idempotent) and return the regular font's name."""
    _never_reshape()
    folder = resource_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # <b> inside a paragraph picks the bold face; there is no italic face, so italic maps to regular.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


@cache
def covered_code_points() -> frozenset[int]:
    """Code points both faces can draw; anything else is replaced before it reaches reportlab."""
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(set(regular) & set(bold))
