"""The line in a dialog that says why OK did not close it: red, wrapped, plain text, read out by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b3261e; font-weight: bold;")
    label.setAccessibleName(QCoreApplication.translate("ProblemLabel", "Problem"))
    return label
