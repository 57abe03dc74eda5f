"""The report's bundled fonts, and which of them sets each character.

Every script Stockholm's residents write has a bundled font (``resources/fonts``, each with its licence),
tried in this order; a run of text is set in the first font whose cmap (read with fontTools) has its
glyphs, and each font is embedded as a subset of the glyphs used:

====================  ==========================================================  ===========
font                  what it sets                                                licence
====================  ==========================================================  ===========
DejaVu Sans           Latin (Swedish, Finnish, Meänkieli, Sami, Polish, Turkish,  DejaVu
                      Kurdish…), Greek, Cyrillic, symbols                         (Bitstream)
Noto Sans Arabic      Arabic, Persian, Sorani (shaped)                            OFL 1.1
Noto Sans Hebrew      Hebrew (shaped: right to left)                              OFL 1.1
Noto Sans Devanagari  Hindi, Nepali, Marathi (shaped)                             OFL 1.1
Noto Sans Ethiopic    Tigrinya, Amharic (shaped)                                  OFL 1.1
Noto Sans Thai        Thai (shaped)                                               OFL 1.1
Droid Sans Fallback   Chinese, Japanese, Korean (TrueType outlines, 3.4 MB)       Apache 2.0
Symbola               emoji, as monochrome glyphs, and other symbols              free use
====================  ==========================================================  ===========

DejaVu Sans also has Arabic and Hebrew letters and a few emoji; it leaves them to Noto Sans Arabic, Noto
Sans Hebrew and Symbola, so that a word or an emoji sequence is never set in two designs, and so that
right-to-left text is in a font of its own: only those runs are shaped (HarfBuzz also puts them in
right-to-left order), never the Latin text beside them. Helvetica (reportlab's default) is never
used: it is not embedded and PDF/A forbids that, so the report tells reportlab the regular font's name
(``initialFontName``) as well. Fonts are registered with reportlab only when a report first needs them
(the CJK font alone takes ~0.1 s to read).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from fontTools.ttLib import TTFont as FontFile
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.export.pdf_shaping import shape_with
from workshop.resources import resource_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

ARABIC = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
HEBREW = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
EMOJI = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0xFE0F, 0xFE0F), (0x200D, 0x200D))


@dataclass(frozen=True)
class BundledFont:
    name: str  # reportlab's name of the regular face
    file: str
    bold_file: str | None  # None: bold text of this script is set in the regular face
    shaped: bool  # runs in this font go through HarfBuzz
    leaves: tuple[tuple[int, int], ...] = ()  # code point ranges it leaves to a later font

    @property
    def bold_name(self) -> str:
        return f"{self.name}-Bold" if self.bold_file else self.name


FONTS = (
    BundledFont("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", False, leaves=ARABIC + HEBREW + EMOJI),
    BundledFont("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", True),
    BundledFont("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", True),
    BundledFont("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", True),
    BundledFont("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf", True),
    BundledFont("NotoSansThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", True),
    BundledFont("DroidSansFallback", "DroidSansFallback.ttf", None, False),
    BundledFont("Symbola", "Symbola.ttf", None, False),
)
BASE = FONTS[0]


@cache
def coverage(file: str) -> frozenset[int]:
    """The code points a font file's cmap maps to a glyph."""
    with FontFile(resource_dir() / "fonts" / file, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _left(font: BundledFont, code: int) -> bool:
    return any(low <= code <= high for low, high in font.leaves)


def font_for(code: int, bold: bool) -> BundledFont | None:
    """The first bundled font that can draw *code* (in bold, if asked and it has a bold face)."""
    for font in FONTS:
        file = font.bold_file if bold and font.bold_file else font.file
        if code in coverage(file) and not _left(font, code):
            return font
    return None


def covers(font: BundledFont, code: int, bold: bool) -> bool:
    file = font.bold_file if bold and font.bold_file else font.file
    return code in coverage(file)


@cache
def base_code_points(bold: bool) -> frozenset[str]:
    """Characters the base font sets itself: text made only of these needs no fallback at all."""
    file = BASE.bold_file if bold and BASE.bold_file else BASE.file
    return frozenset(chr(c) for c in coverage(file) if not _left(BASE, c))


@cache
def use_font(name: str) -> str:
    """Register a bundled font (both faces) with reportlab the first time a report sets text in it."""
    font = next(f for f in FONTS if f.name == name)
    folder = resource_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(font.name, str(folder / font.file)))
    if font.bold_file:
        pdfmetrics.registerFont(TTFont(font.bold_name, str(folder / font.bold_file)))
    # <b> inside a paragraph picks the bold face; there is no italic face, so italic maps to regular.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(font.name, bold, italic, font.bold_name if bold else font.name)
    return font.name


@cache
def register_fonts() -> str:
    """Register the base font (idempotent), install the per-run shaping, return the regular font's name."""
    shape_with({name for f in FONTS if f.shaped for name in (f.name, f.bold_name)})
    return use_font(REGULAR)
