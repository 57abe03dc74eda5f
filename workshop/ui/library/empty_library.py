"""What an empty library (or an empty trash) shows instead of a blank table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyLibrary(QWidget):
    demo_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.message.setFont(font)
        self.demo_button = QPushButton(self.tr("Try the &demo workshop"))
        self.demo_button.setToolTip(
            self.tr("Creates “Tryggare skolvägar”, a Swedish workshop with people and ideas")
        )
        self.new_button = QPushButton(self.tr("Create a &new workshop…"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_button.clicked.connect(self.new_requested)

    def show_library_empty(self) -> None:
        self.message.setText(
            self.tr("No workshops yet.\nStart from a template, or look around in the demo workshop first.")
        )
        self.demo_button.show()
        self.new_button.show()

    def show_trash_empty(self) -> None:
        self.message.setText(self.tr("The trash is empty."))
        self.demo_button.hide()
        self.new_button.hide()
