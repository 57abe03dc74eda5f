"""The action plan on the shared screen, as it is agreed: what, who, by when, and how far it has come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QVBoxLayout, QWidget

from workshop.domain.action import ActionStatus
from workshop.domain.agenda import AgendaItem
from workshop.services import actions, participants
from workshop.services.changes import Area, ChangeSet
from workshop.ui.presenter.room_language import SpeaksTheRoom, workshop_language
from workshop.ui.presenter.room_type import room_font
from workshop.ui.session import Session


class ActionsView(SpeaksTheRoom, QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room_language = workshop_language(session, workshop_id)
        self.session = session
        self.workshop_id = workshop_id
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.list.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))  # the latest agreed stays in view
        bar.valueChanged.connect(self._update_count)
        bar.rangeChanged.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        session.changed.connect(self._on_changed)
        self.load()

    def show_phase(self, item: AgendaItem) -> None:
        self.load()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(self.workshop_id, Area.ACTIONS, Area.PARTICIPANTS):
            self.load()

    def lines(self) -> list[str]:
        lib = self.session.library
        names = {p.id: p.name for p in participants.list_participants(lib, self.workshop_id)}
        out = []
        for number, action in enumerate(actions.list_actions(lib, self.workshop_id), start=1):
            owner = names.get(action.owner_id or "", "") or action.owner_text
            details = [part for part in (owner, action.due_date, self._status(action.status)) if part]
            out.append(f"{number}. {action.title}\n    {' · '.join(details)}")
        return out

    def _status(self, status: ActionStatus) -> str:
        """The console's status words (context "Actions"), in the room's language."""
        words = {
            ActionStatus.NOT_STARTED: "Not started",
            ActionStatus.IN_PROGRESS: "In progress",
            ActionStatus.DONE: "Done",
        }
        return self.room_translate("Actions", words[status])

    def load(self) -> None:
        lines = self.lines()
        self.list.clear()
        self.list.addItems(lines)
        self.list.scrollToBottom()
        self._update_count()

    def _update_count(self, *_: object) -> None:
        """How many were agreed, and how many of the first ones scrolled off the top (the latest stay)."""
        text = self.tr("%n action(s) agreed", "", self.list.count())
        bar = self.list.verticalScrollBar()  # scrolled per item: its value is the first row in view
        earlier = bar.value() if bar.maximum() > 0 else 0
        if earlier:
            text = self.tr("%1 · +%n earlier, not shown", "", earlier).replace("%1", text)
        self.count.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.count.setFont(room_font(self, 0.035))
        font = room_font(self, 0.045)
        self.list.setFont(font)
        self.list.setSpacing(max(6, font.pixelSize() // 3))  # one action clearly apart from the next
        self.list.scrollToBottom()
