"""A banner across the top of the window when an edit could not be saved; it stays until one can.

It also says, from the start, when the library could only be opened for reading (a read-only or full
disk): the facilitator can look and export, and learns why an edit is refused before typing much.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workshop.store.library import Library


class _Session(Protocol):
    """What the banner follows (a :class:`workshop.ui.session.Session`)."""

    library: Library
    failed: SignalInstance
    recovered: SignalInstance

    def describe(self, error: Exception) -> str: ...


STYLE = (
    "#errorBanner { background: #fde7e9; border: 2px solid #b00020; border-radius: 4px; }"
    "#errorBanner QLabel { color: #5f0010; }"
)


class ErrorBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.icon = QLabel("⚠")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Problem"))
        self.close_button = QPushButton(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        if not self.styleSheet():  # styled when first shown: a style sheet costs the window's start-up
            self.setStyleSheet(STYLE)
        self.message.setText(text)
        self.show()

    def follow(self, session: _Session) -> None:
        """Show the session's failures until an edit goes through; say at once if it is read-only."""
        session.failed.connect(self.show_message)
        session.recovered.connect(self.hide)
        if session.library.read_only is not None:
            self.show_message(session.describe(session.library.read_only))
