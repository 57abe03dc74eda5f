"""Enter a whole ballot on someone's behalf (dots), or the group's scores, from the console.

The same limits as on the shared screen are checked before the dialog closes, so a ballot that breaks a
rule is explained in place and the numbers typed so far stay.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.errors import ValidationError
from workshop.domain.language import Language
from workshop.domain.voting import VotingItem, VotingMethod, VotingRound
from workshop.domain.voting_rules import SCORE_HIGH, check_ballot, is_own
from workshop.ui.dialogs.problem_label import problem_label

Scores = tuple[int | None, int | None]


class BallotDialog(QDialog):
    def __init__(
        self,
        language: Language,
        voting_round: VotingRound,
        items: list[VotingItem],
        who: str,
        participant_id: str | None,
        *,
        dots: dict[str, int] | None = None,
        scores: dict[str, Scores] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.voting_round = voting_round
        self.items = items
        self.participant_id = participant_id
        self.scoring = voting_round.method == VotingMethod.SCORING
        self.setWindowTitle(self.tr("Ballot for %1").replace("%1", who))
        self.setMinimumSize(560, 480)
        self.spins: dict[str, list[QSpinBox]] = {}
        grid = QGridLayout()
        if self.scoring:
            grid.addWidget(QLabel(voting_round.criterion_a), 0, 1)
            grid.addWidget(QLabel(voting_round.criterion_b), 0, 2)
        else:
            grid.addWidget(QLabel(self.tr("Dots")), 0, 1)
        for row, item in enumerate(items, start=1):
            label = QLabel(item.text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            spins = []
            for column in range(2 if self.scoring else 1):
                spin = QSpinBox()
                spin.setRange(0, SCORE_HIGH if self.scoring else voting_round.max_per_item)
                if self.scoring:
                    spin.setSpecialValueText("–")
                    value = (scores or {}).get(item.id, (None, None))[column]
                    spin.setValue(value or 0)
                else:
                    spin.setValue((dots or {}).get(item.id, 0))
                spin.setAccessibleName(item.text)
                grid.addWidget(spin, row, column + 1)
                spins.append(spin)
            label.setBuddy(spins[0])
            self.spins[item.id] = spins
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        hint = QLabel(
            self.tr("Scores 1–5; – means not scored.")
            if self.scoring
            else self.tr("At most %1 dots in all, %2 on one item.")
            .replace("%1", str(voting_round.dots_per_person))
            .replace("%2", str(voting_round.max_per_item))
        )
        self.error_label = problem_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def dots(self) -> dict[str, int]:
        return {item_id: spins[0].value() for item_id, spins in self.spins.items() if spins[0].value()}

    def scores(self) -> dict[str, Scores]:
        return {
            item_id: (spins[0].value() or None, spins[1].value() or None)
            for item_id, spins in self.spins.items()
        }

    def accept(self) -> None:
        if not self.scoring:
            own = {item.id for item in self.items if is_own(item.authors, self.participant_id)}
            try:
                check_ballot(self.voting_round, self.dots(), own)
            except ValidationError as error:
                self.error_label.setText(error.message(self.language))
                return
        super().accept()
