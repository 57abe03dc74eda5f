"""New (or edit a) voting round: title, method, what is voted on, and the rules of the round.

The rules are checked with the same domain function the service uses before the dialog closes, so a bad
limit is explained in place and nothing the facilitator typed is lost.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.voting import ScoringBy, VotingMethod, VotingRound, VotingTarget
from workshop.domain.voting_rules import MAX_DOTS_PER_PERSON, default_criteria, validated_round
from workshop.ui.dialogs.problem_label import problem_label


class VotingRoundDialog(QDialog):
    def __init__(
        self,
        language: Language,
        existing: VotingRound | None = None,
        *,
        has_votes: bool = False,
        has_clusters: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Edit voting round") if existing else self.tr("New voting round"))
        self.setMinimumWidth(460)
        impact, effort = default_criteria(language)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("For example: Which ideas do we take further?"))
        self.method_combo = QComboBox()
        self.method_combo.addItem(
            self.tr("Dot voting in turns on the shared screen"), VotingMethod.DOTS.value
        )
        self.method_combo.addItem(
            self.tr("Paper dots on the wall, counted and typed in"), VotingMethod.TALLY.value
        )
        self.method_combo.addItem(self.tr("Scoring 1–5 on two criteria"), VotingMethod.SCORING.value)
        self.target_combo = QComboBox()
        self.target_combo.addItem(self.tr("Ideas"), VotingTarget.IDEAS.value)
        self.target_combo.addItem(self.tr("Clusters"), VotingTarget.CLUSTERS.value)
        if not has_clusters:
            self.target_combo.model().item(1).setEnabled(False)  # type: ignore[attr-defined]
        self.dots_spin = QSpinBox()
        self.dots_spin.setRange(1, MAX_DOTS_PER_PERSON)
        self.dots_spin.setValue(5)
        self.per_item_spin = QSpinBox()
        self.per_item_spin.setRange(1, MAX_DOTS_PER_PERSON)
        self.per_item_spin.setValue(3)
        self.own_check = QCheckBox(self.tr("Participants may vote for their own ideas"))
        self.own_check.setChecked(True)
        self.anonymous_check = QCheckBox(self.tr("Anonymous (nobody sees who voted for what)"))
        self.anonymous_check.setChecked(True)
        self.criterion_a_edit = QLineEdit(impact)
        self.criterion_b_edit = QLineEdit(effort)
        self.scoring_by_combo = QComboBox()
        self.scoring_by_combo.addItem(self.tr("Each participant, in turns"), ScoringBy.EACH.value)
        self.scoring_by_combo.addItem(self.tr("Once, by the whole group"), ScoringBy.GROUP.value)
        self.error_label = problem_label()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Method:"), self.method_combo)
        form.addRow(self.tr("&Vote on:"), self.target_combo)
        form.addRow(self.tr("&Dots per person:"), self.dots_spin)
        form.addRow(self.tr("&At most per item:"), self.per_item_spin)
        form.addRow("", self.own_check)
        form.addRow("", self.anonymous_check)
        form.addRow(self.tr("&First criterion:"), self.criterion_a_edit)
        form.addRow(self.tr("&Second criterion:"), self.criterion_b_edit)
        form.addRow(self.tr("&Scored by:"), self.scoring_by_combo)
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        if existing is not None:
            self._load(existing)
        for shape in (self.method_combo, self.target_combo, self.scoring_by_combo):
            shape.setEnabled(not has_votes)
        if has_votes:
            self.method_combo.setToolTip(self.tr("The method cannot change once there are votes."))
        self.method_combo.currentIndexChanged.connect(self._show_fitting_rules)
        self._show_fitting_rules()

    def _load(self, existing: VotingRound) -> None:
        self.title_edit.setText(existing.title)
        self.method_combo.setCurrentIndex(self.method_combo.findData(existing.method.value))
        self.target_combo.setCurrentIndex(self.target_combo.findData(existing.target.value))
        self.dots_spin.setValue(existing.dots_per_person)
        self.per_item_spin.setValue(existing.max_per_item)
        self.own_check.setChecked(existing.allow_own)
        self.anonymous_check.setChecked(existing.anonymous)
        self.criterion_a_edit.setText(existing.criterion_a)
        self.criterion_b_edit.setText(existing.criterion_b)
        self.scoring_by_combo.setCurrentIndex(self.scoring_by_combo.findData(existing.scoring_by.value))

    def _show_fitting_rules(self) -> None:
        method = VotingMethod(self.method_combo.currentData())
        dots = method == VotingMethod.DOTS
        scoring = method == VotingMethod.SCORING
        for widget, shown in (
            (self.dots_spin, dots),
            (self.per_item_spin, dots),
            (self.own_check, dots),
            (self.anonymous_check, method != VotingMethod.TALLY),
            (self.criterion_a_edit, scoring),
            (self.criterion_b_edit, scoring),
            (self.scoring_by_combo, scoring),
        ):
            self.form.setRowVisible(widget, shown)

    def values(self) -> dict[str, Any]:
        """The round's title, method and rules as keyword arguments for the voting services."""
        return {
            "title": self.title_edit.text(),
            "method": VotingMethod(self.method_combo.currentData()),
            "target": VotingTarget(self.target_combo.currentData()),
            "dots_per_person": self.dots_spin.value(),
            "max_per_item": self.per_item_spin.value(),
            "allow_own": self.own_check.isChecked(),
            "anonymous": self.anonymous_check.isChecked(),
            "criterion_a": self.criterion_a_edit.text(),
            "criterion_b": self.criterion_b_edit.text(),
            "scoring_by": ScoringBy(self.scoring_by_combo.currentData()),
        }

    def accept(self) -> None:
        values = self.values()
        draft = VotingRound(id="", workshop_id="", title="", method=VotingMethod.DOTS)
        try:
            validated_round(dataclasses.replace(draft, **values))
        except ValidationError as error:
            self.error_label.setText(error.message(self.language))
            return
        super().accept()
