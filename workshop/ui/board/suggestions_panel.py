"""Proposed groups for the loose notes, computed off the GUI thread; the facilitator accepts or rejects each.

Nothing moves until a proposal is accepted; accepting one is one undoable "group" of its notes that are
still loose at that moment.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.grouping import Proposal
from workshop.services import suggestions
from workshop.ui.commands.board import GroupNotes
from workshop.ui.session import Session

PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_NOTES = 4  # notes listed under a proposal; the rest are counted, and all are in its tooltip


class SuggestionSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # list[Proposal]


class SuggestionJob(QRunnable):
    """Computes proposals in the thread pool; the texts were read on the GUI thread, so no database here."""

    def __init__(self, notes: list[tuple[str, str]], language: str) -> None:
        super().__init__()
        self.notes = notes
        self.language = language
        self.signals = SuggestionSignals()

    def run(self) -> None:
        result = suggestions.propose(self.notes, self.language, progress=self.signals.progress.emit)
        self.signals.finished.emit(result)


class SuggestionsPanel(QWidget):
    finished = Signal()  # proposals are shown (tests wait for this)
    about_to_group = Signal()  # the board stores new notes' places first: grouping reads stored places

    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.pool = QThreadPool.globalInstance()
        self.job: SuggestionJob | None = None
        self.texts: dict[str, str] = {}
        self._handled = 0  # proposals accepted or rejected since the last "Suggest groups"
        self.suggest_button = QPushButton(self.tr("&Suggest groups"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the suggestions"))
        self.progress.hide()
        self.status = QLabel(self.tr("Suggestions group the notes not yet in a cluster."))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Suggested groups"))
        self.list.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.suggest_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.suggest_button.clicked.connect(self.start)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.list.currentRowChanged.connect(lambda _: self._update_buttons())
        self._update_buttons()

    def start(self) -> None:
        notes = suggestions.loose_notes(self.session.library, self.workshop_id)
        self.texts = dict(notes)
        self.job = SuggestionJob(notes, suggestions.language_of(self.session.library, self.workshop_id))
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(self._on_finished)
        self.suggest_button.setEnabled(False)
        self.progress.setRange(0, max(1, len(notes)))
        self.progress.setValue(0)
        self.progress.show()
        self.pool.start(self.job)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_finished(self, proposals: list[Proposal]) -> None:
        self.progress.hide()
        self.suggest_button.setEnabled(True)
        self.list.clear()
        for proposal in proposals:
            item = QListWidgetItem(self.describe(proposal))
            item.setToolTip("\n".join(self.texts.get(i, "") for i in proposal.idea_ids))
            item.setData(PROPOSAL_ROLE, proposal)
            self.list.addItem(item)
        self._handled = 0
        if proposals:
            self.list.setCurrentRow(0)
        self._update_status()
        self._update_buttons()
        self.finished.emit()

    def describe(self, proposal: Proposal) -> str:
        """Title, how many notes, the first few of them, and how many more are not listed."""
        texts = [self.texts.get(i, "") for i in proposal.idea_ids]
        label = self.tr("%1 (%2 notes)").replace("%1", proposal.title).replace("%2", str(len(texts)))
        lines = [label, *(f"• {t}" for t in texts[:SHOWN_NOTES])]
        if len(texts) > SHOWN_NOTES:
            lines.append(self.tr("… and %n more (hover to see all)", "", len(texts) - SHOWN_NOTES))
        return "\n".join(lines)

    def _update_status(self) -> None:
        """Say how many proposals are still waiting, so the count never outlives the list."""
        left = self.list.count()
        if left:
            self.status.setText(self.tr("%n suggested group(s). Accept or reject each.", "", left))
        elif self._handled:
            self.status.setText(self.tr("Every suggested group is accepted or rejected."))
        else:
            self.status.setText(self.tr("No groups to suggest: the loose notes share too few words."))

    def current(self) -> Proposal | None:
        item = self.list.currentItem()
        value = item.data(PROPOSAL_ROLE) if item is not None else None
        return value if isinstance(value, Proposal) else None

    def accept_current(self) -> None:
        proposal = self.current()
        if proposal is None:
            return
        loose = {i for i, _ in suggestions.loose_notes(self.session.library, self.workshop_id)}
        ids = [i for i in proposal.idea_ids if i in loose]
        if ids:
            title = proposal.title
            self.about_to_group.emit()
            self.session.push(GroupNotes(self.tr("Accept suggested group"), self.workshop_id, ids, title))
        self._drop_current()

    def reject_current(self) -> None:
        self._drop_current()

    def _drop_current(self) -> None:
        self.list.takeItem(self.list.currentRow())
        self._handled += 1
        self._update_status()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)
