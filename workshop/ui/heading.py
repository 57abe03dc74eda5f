"""Headings that scale with the system font (text scales with the user's font size, never fixed pixels)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def heading(scale: float = 1.3, text: str = "", parent: QWidget | None = None) -> QLabel:
    """A bold plain-text label *scale* times the default font size (user text is never rich text)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
