"""Type and colours for the shared screen: readable from the back of the room, on any projector.

Sizes follow the window (a projector at 1024×768 and a 4K screen both get type that fills the same share
of the height) but never drop below the system font, so a facilitator's larger system font is honoured.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

BACKGROUND = "#000000"
TEXT = "#ffffff"
ACCENT = "#ffd84a"  # timer, focus: yellow on black, contrast ratio > 14:1
OVER_BACKGROUND = "#b00020"  # time is up (always with words, never colour alone)

STYLE = f"""
QWidget#presenter, QWidget#presenter QWidget {{ background: {BACKGROUND}; color: {TEXT}; }}
QWidget#presenter QListView, QWidget#presenter QListWidget {{ border: none; }}
QWidget#presenter QLabel[role="accent"] {{ color: {ACCENT}; }}
QWidget#presenter QLabel[role="over"] {{ background: {OVER_BACKGROUND}; color: {TEXT}; }}
"""


def room_font(widget: QWidget, share: float, *, bold: bool = False) -> QFont:
    """A font whose height is *share* of the window's height (at least the system size)."""
    window = widget.window()
    base = QApplication.font()
    system_px = base.pointSizeF() * 96 / 72 if base.pointSizeF() > 0 else float(base.pixelSize())
    height = window.height() if window is not None else 600
    font = QFont(base)
    font.setPixelSize(max(int(system_px), int(height * share)))
    font.setBold(bold)
    return font


def big_label(point_size: float, *, bold: bool = False) -> QLabel:
    """A centred, wrapping plain-text label in *point_size* (a message to the whole room)."""
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    return label
