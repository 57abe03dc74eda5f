"""Ideas on the shared screen: the question in focus and its ideas appearing as they are typed.

Only ideas the room may see reach this view (the model is built with ``public_only``): in silent writing
the room sees how many ideas wait, never their text, until the facilitator reveals them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from workshop.domain.agenda import AgendaItem
from workshop.services import questions, silent_writing
from workshop.services.changes import Area, ChangeSet
from workshop.ui.models.ideas_model import IdeasModel
from workshop.ui.presenter.room_language import SpeaksTheRoom, workshop_language
from workshop.ui.presenter.room_type import room_font
from workshop.ui.session import Session

SHOWN_AT_MOST = 24


class QuestionIdeas(QSortFilterProxyModel):
    """The ideas for one question (and those written without a question)."""

    def __init__(self, source: IdeasModel) -> None:
        super().__init__()
        self.ideas_model = source
        self.question_id: str | None = None
        self.setSourceModel(source)

    def set_question(self, question_id: str | None) -> None:
        if question_id == self.question_id:
            return
        self.beginResetModel()
        self.question_id = question_id
        self.endResetModel()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self.question_id is None:
            return True
        return self.ideas_model.idea(source_row).question_id in (self.question_id, None)


class LatestIdeas(QStringListModel):
    """The most recent ideas only: a room reads the last screenful, and laying out thousands of
    word-wrapped rows on every new idea would make the screen lag behind the speaker.

    A new idea adds one row at the bottom (and drops the oldest from the top) instead of resetting the
    list, so the view lays out and repaints what moved, and the texts live in C++ for painting.
    """

    def __init__(self, source: QSortFilterProxyModel, limit: int = SHOWN_AT_MOST) -> None:
        super().__init__()
        self.source = source
        self.limit = limit
        for signal in (source.rowsInserted, source.rowsRemoved, source.modelReset, source.dataChanged):
            signal.connect(self.follow)
        self.follow()

    def follow(self, *_: object) -> None:
        total = self.source.rowCount()
        texts = [str(self.source.index(row, 0).data()) for row in range(max(0, total - self.limit), total)]
        shown = self.stringList()
        if texts == shown:
            return
        dropped = _scrolled_by(shown, texts)
        if dropped is None:  # an idea edited, removed or filtered away: lay the few rows out anew
            self.setStringList(texts)
            return
        if dropped:
            self.removeRows(0, dropped)
        kept = len(shown) - dropped
        added = texts[kept:]
        if added:
            self.insertRows(kept, len(added))
            for offset, text in enumerate(added):
                self.setData(self.index(kept + offset), text)

    def texts(self) -> list[str]:
        return list(self.stringList())


def _scrolled_by(shown: list[str], wanted: list[str]) -> int | None:
    """How many rows fell off the top if *wanted* is *shown* scrolled on by new ideas; None if not."""
    for dropped in range(len(shown)):
        kept = shown[dropped:]
        if wanted[: len(kept)] == kept:
            return dropped
    return None


class IdeasView(SpeaksTheRoom, QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room_language = workshop_language(session, workshop_id)
        self.session = session
        self.workshop_id = workshop_id
        self.question = QLabel()
        self.question.setProperty("role", "accent")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.model = IdeasModel(session, workshop_id, public_only=True)
        self.visible = QuestionIdeas(self.model)
        self.latest = LatestIdeas(self.visible)
        self.list = QListView()
        self.list.setModel(self.latest)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Whole ideas only (no half line cut off at the top), and always the newest at the bottom: the
        # scroll range changes after every layout (new idea, new font size), so follow it there.
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.list.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))
        bar.valueChanged.connect(self._update_count)  # older ideas scrolled off: the count says so
        bar.rangeChanged.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        for signal in (self.latest.rowsInserted, self.latest.modelReset):
            signal.connect(self._scroll_to_newest)
        session.changed.connect(self._on_changed)
        self.load()

    def show_phase(self, item: AgendaItem) -> None:
        self.load()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(self.workshop_id):
            return
        if changes.touches(Area.QUESTIONS, Area.PRESENTER):
            self.load()
        elif changes.touches(Area.IDEAS, Area.WORKSHOP):
            self._update_count()

    def load(self) -> None:
        focus = questions.focus_question(self.session.library, self.workshop_id)
        self.question.setText(focus.text if focus is not None else "")
        self.visible.set_question(focus.id if focus is not None else None)
        self._update_count()

    def earlier_not_shown(self) -> int:
        """Ideas above the first one the room can read: older than the list keeps, or scrolled off."""
        kept_off = self.visible.rowCount() - self.latest.rowCount()
        bar = self.list.verticalScrollBar()  # scrolled per item: its value is the first row in view
        return kept_off + (bar.value() if bar.maximum() > 0 else 0)

    def _update_count(self, *_: object) -> None:
        shown = self.visible.rowCount()
        hidden = self.model.hidden_count()
        text = self.tr("%n idea(s)", "", shown)
        earlier = self.earlier_not_shown()
        if earlier:
            text = self.tr("%1 · +%n earlier, not shown", "", earlier).replace("%1", text)
        if hidden:
            text = self.tr("%1 — %n more written in silence, shown when revealed", "", hidden).replace(
                "%1", text
            )
        elif silent_writing.is_silent(self.session.library, self.workshop_id):
            text = self.tr("%1 — silent writing: new ideas appear when revealed").replace("%1", text)
        self.count.setText(text)

    def shown_texts(self) -> list[str]:
        """What the room can read in the list (the latest ideas)."""
        return self.latest.texts()

    def _scroll_to_newest(self, *_: object) -> None:
        self.list.scrollToBottom()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.question.setFont(room_font(self, 0.05, bold=True))
        self.count.setFont(room_font(self, 0.03))
        font = room_font(self, 0.042)
        self.list.setFont(font)
        self.list.setSpacing(max(6, font.pixelSize() // 4))  # a gap between ideas, wider than between lines
        self.list.scrollToBottom()  # the newest ideas are the ones the room is talking about
