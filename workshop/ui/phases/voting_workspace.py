"""The voting phase in the console: the workshop's rounds on the left, the chosen round on the right.

Rounds are kept side by side (title and rules each), so a facilitator can compare a paper tally with a
dot vote. Every button here is an undoable step on the session's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.agenda import AgendaItem
from workshop.domain.voting import RoundStatus, VotingMethod, VotingRound
from workshop.services import voting, workshops
from workshop.services.changes import Area, ChangeSet
from workshop.ui.commands.voting import ChangeRound, CreateRound, RemoveRound
from workshop.ui.dialogs.voting_round_dialog import VotingRoundDialog
from workshop.ui.phases.voting_round_panel import RoundPanel
from workshop.ui.session import Session

RoundIdRole = Qt.ItemDataRole.UserRole + 1
WATCHED = (Area.VOTES, Area.PRESENTER, Area.IDEAS, Area.CLUSTERS, Area.PARTICIPANTS)


class VotingWorkspace(QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id

        self.rounds = QListWidget()
        rounds_label = QLabel(self.tr("Voting &rounds"))
        rounds_label.setBuddy(self.rounds)
        self.new_button = QPushButton(self.tr("&New round…"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(rounds_label)
        side_layout.addWidget(self.rounds, 1)
        side_layout.addLayout(buttons)
        self.panel = RoundPanel(session)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.new_round)
        self.edit_button.clicked.connect(self.edit_round)
        self.delete_button.clicked.connect(self.delete_round)
        self.rounds.currentRowChanged.connect(self._show_selected)
        self._stale = False
        self._wanted: str | None = None  # a round created or changed while hidden: selected when shown
        session.changed.connect(self._on_changed)
        self.refresh()

    def show_phase(self, item: AgendaItem) -> None:
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(self.workshop_id, *WATCHED):
            if not self.isVisible():  # hidden (ideas being typed): refresh once, when shown
                self._stale = True
                if changes.touches(Area.VOTES):
                    self._wanted = self._round_named(changes) or self._wanted
                return
            self.refresh(select=self._round_named(changes) if changes.touches(Area.VOTES) else None)

    def _round_named(self, changes: ChangeSet) -> str | None:
        return next((i for i in changes.ids if voting.find_round(self.session.library, i)), None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh(select=self._wanted)

    def refresh(self, select: str | None = None) -> None:
        self._stale, self._wanted = False, None
        lib = self.session.library
        selected = select or self.selected_round_id()
        rounds = voting.list_rounds(lib, self.workshop_id)
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for voting_round in rounds:
            entry = QListWidgetItem(self._label(voting_round))
            entry.setData(RoundIdRole, voting_round.id)
            self.rounds.addItem(entry)
        self.rounds.blockSignals(False)
        ids = [r.id for r in rounds]
        if selected in ids:
            self.rounds.setCurrentRow(ids.index(selected))
        elif rounds:
            on_screen = voting.round_on_screen(lib, self.workshop_id)
            self.rounds.setCurrentRow(ids.index(on_screen.id) if on_screen else len(ids) - 1)
        self._show_selected()

    def _label(self, voting_round: VotingRound) -> str:
        methods = {
            VotingMethod.DOTS: self.tr("dots"),
            VotingMethod.TALLY: self.tr("paper tally"),
            VotingMethod.SCORING: self.tr("scoring"),
        }
        marks = [methods[voting_round.method]]
        if voting_round.status == RoundStatus.CLOSED:
            marks.append(self.tr("closed"))
        if voting_round.revealed:
            marks.append(self.tr("revealed"))
        if voting_round.on_screen:
            marks.append(self.tr("on screen"))
        return f"{voting_round.title} ({', '.join(marks)})"

    def selected_round_id(self) -> str | None:
        item = self.rounds.currentItem()
        return str(item.data(RoundIdRole)) if item is not None else None

    def selected_round(self) -> VotingRound | None:
        round_id = self.selected_round_id()
        return voting.find_round(self.session.library, round_id) if round_id else None

    def _show_selected(self, *_: object) -> None:
        voting_round = self.selected_round()
        self.edit_button.setEnabled(voting_round is not None)
        self.delete_button.setEnabled(voting_round is not None)
        self.panel.show_round(voting_round)

    def _dialog(self, existing: VotingRound | None) -> VotingRoundDialog:
        lib = self.session.library
        has_votes = existing is not None and voting.has_votes(lib, existing.id)
        workshop = workshops.get(lib, self.workshop_id)
        return VotingRoundDialog(
            workshop.language,
            existing,
            has_votes=has_votes,
            has_clusters=voting.has_clusters(lib, self.workshop_id),
            parent=self,
        )

    def new_round(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec() == VotingRoundDialog.DialogCode.Accepted:
            self.create_round(dialog.values())

    def create_round(self, values: dict[str, object]) -> None:
        rules = dict(values)
        title = str(rules.pop("title"))
        method = str(rules.pop("method"))
        command = CreateRound(self.tr("New voting round"), self.workshop_id, title, method, rules)
        if self.session.push(command):
            self.refresh(select=command.round_id)

    def edit_round(self) -> None:
        existing = self.selected_round()
        if existing is None:
            return
        dialog = self._dialog(existing)
        if dialog.exec() == VotingRoundDialog.DialogCode.Accepted:
            changes = {k: v for k, v in dialog.values().items() if getattr(existing, k) != v}
            if changes:
                self.session.push(ChangeRound(self.tr("Edit voting round"), existing.id, **changes))

    def delete_round(self) -> None:
        existing = self.selected_round()
        if existing is None:
            return
        if voting.has_votes(self.session.library, existing.id) and not self.confirm(
            self.tr("Delete “%1” and all its votes? You can undo this.").replace("%1", existing.title)
        ):
            return
        self.session.push(RemoveRound(self.tr("Delete voting round"), existing.id))

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete voting round"), question)
        return answer == QMessageBox.StandardButton.Yes
