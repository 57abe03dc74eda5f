"""A banner across the top of the window when an edit could not be saved; it stays until one can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ErrorBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#errorBanner { background: #fde7e9; border: 2px solid #b00020; border-radius: 4px; }"
            "#errorBanner QLabel { color: #5f0010; }"
        )
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
        self.message.setText(text)
        self.show()
