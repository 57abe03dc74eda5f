"""Save phases as one of the facilitator's own methods, or edit one: its name, goal, texts and sizes.

The phases themselves come from the agenda (one phase or the whole agenda, with their minutes, rounds,
facilitator notes and room texts); this dialog asks only for what a method adds: what it is called, what
it is good for, when to use it, for how many people and with what materials. Texts are kept in the
language the app speaks now. Saving is one undoable step.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.agenda import AgendaItem
from workshop.domain.errors import ValidationError
from workshop.domain.method import Method, MethodGoal, method_from_document, method_to_document, text
from workshop.domain.text import SHORT_LIMIT
from workshop.services import methods
from workshop.ui.commands.methods import SaveOwnMethod
from workshop.ui.dialogs.method_library_dialog import goal_label
from workshop.ui.dialogs.problem_label import problem_label
from workshop.ui.session import Session


class SaveMethodDialog(QDialog):
    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        items: list[AgendaItem] | None = None,
        method: Method | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.items = items or []
        self.method = method
        self.language = session.language
        self.setWindowTitle(self.tr("Edit the method") if method else self.tr("Save as a method"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.name.setMaxLength(SHORT_LIMIT)
        self.goal = QComboBox()
        for goal in MethodGoal:
            self.goal.addItem(goal_label(goal), goal.value)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.when = QPlainTextEdit()
        self.when.setTabChangesFocus(True)
        self.group_min = QSpinBox()
        self.group_min.setRange(1, 10_000)
        self.group_max = QSpinBox()
        self.group_max.setRange(1, 10_000)
        self.group_max.setValue(30)
        self.materials = QPlainTextEdit()
        self.materials.setTabChangesFocus(True)
        self.materials.setPlaceholderText(self.tr("One per line"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow(self.tr("&What it does:"), self.summary)
        form.addRow(self.tr("W&hen to use it:"), self.when)
        form.addRow(self.tr("Smallest gro&up:"), self.group_min)
        form.addRow(self.tr("&Largest group:"), self.group_max)
        form.addRow(self.tr("&Materials:"), self.materials)
        self.problem = problem_label()
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        session.failed.connect(self._failed)
        if method is not None:
            self._fill(method)
        elif self.items:
            first = self.items[0]
            self.name.setText(first.method or (first.title if len(self.items) == 1 else ""))
        self.name.setFocus()

    def _fill(self, method: Method) -> None:
        self.name.setText(text(method.name, self.language))
        self.goal.setCurrentIndex(self.goal.findData(method.goal.value))
        self.summary.setPlainText(text(method.summary, self.language))
        self.when.setPlainText(text(method.when_to_use, self.language))
        self.group_min.setValue(method.group_min)
        self.group_max.setValue(method.group_max)
        materials = method.materials.get(self.language.value) or method.materials.get("en") or ()
        self.materials.setPlainText("\n".join(materials))

    def made_method(self) -> Method:
        """The method as the fields say (ValidationError names what is wrong)."""
        lines = tuple(line.strip() for line in self.materials.toPlainText().splitlines() if line.strip())
        goal = MethodGoal(str(self.goal.currentData()))
        if self.method is None:
            return methods.method_from_phases(
                self.items,
                self.name.text(),
                self.language,
                goal=goal,
                summary=self.summary.toPlainText(),
                when_to_use=self.when.toPlainText(),
                group_min=self.group_min.value(),
                group_max=self.group_max.value(),
                materials=lines,
            )
        lang = self.language.value

        def merged(texts: dict[str, str], value: str) -> dict[str, str]:
            return {k: v for k, v in texts.items() if k != lang} | ({lang: value} if value.strip() else {})

        edited = dataclasses.replace(
            self.method,
            name=merged(self.method.name, self.name.text()),
            goal=goal,
            summary=merged(self.method.summary, self.summary.toPlainText()),
            when_to_use=merged(self.method.when_to_use, self.when.toPlainText()),
            group_min=self.group_min.value(),
            group_max=self.group_max.value(),
            materials={k: v for k, v in self.method.materials.items() if k != lang}
            | ({lang: lines} if lines else {}),
        )
        return method_from_document(method_to_document(edited), own=True)

    def accept(self) -> None:
        try:
            method = self.made_method()
        except ValidationError as error:
            self.problem.setText(error.message(self.language))
            self.problem.show()
            return
        name = self.tr("Edit method") if self.method else self.tr("Save as method")
        if self.session.push(SaveOwnMethod(name, method, self.method.key if self.method else None)):
            super().accept()

    def _failed(self, message: str) -> None:
        """A save the library refused (a name that exists, a full disk): said here, everything kept."""
        if self.isVisible():
            self.problem.setText(message)
            self.problem.show()
