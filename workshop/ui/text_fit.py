"""Fitting a text someone must read into a box: wrap to a few lines first, and only then shorten it, with
"…" showing that something was left out (never a silent cut)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

ELLIPSIS = "…"


def _utf16_slice(text: str, start: int, length: int) -> str:
    """Qt counts in UTF-16 units; an emoji is two of them but one Python character."""
    encoded = text.encode("utf-16-le")
    return encoded[2 * start : 2 * (start + length)].decode("utf-16-le", errors="ignore")


def wrapped_lines(font: QFont, text: str, width: float) -> list[str]:
    """*text* word-wrapped to *width* (a word longer than the width is broken inside)."""
    flat = " ".join(text.split())
    layout = QTextLayout(flat, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return [_utf16_slice(flat, start, length).strip() for start, length in spans] or [""]


def fit_lines(font: QFont, text: str, width: float, max_lines: int = 2) -> list[str]:
    """At most *max_lines* lines of *text* in *width*; if it still does not fit, the last one ends in "…"."""
    lines = wrapped_lines(font, text, width)
    if len(lines) <= max_lines:
        return lines
    rest = " ".join(lines[max_lines - 1 :])
    metrics = QFontMetricsF(font)
    last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    if not last.endswith(ELLIPSIS):  # elidedText keeps the whole text if it fits; it does not here
        last = last.rstrip() + ELLIPSIS
    return [*lines[: max_lines - 1], last]
