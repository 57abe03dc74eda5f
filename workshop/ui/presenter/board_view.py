"""The board on the projector: a read-only second view of the console's own scene, fitted to the clusters.

It shares the scene, so a note dragged on the console moves on the wall at once. Selection marks are not
drawn here (the items check the viewport's "presenting" property). When the fitted board would make the
notes' own text too small to read from the back of the room (most boards at 1280×720), the projector shows
the same clusters as cards instead: big titles, each note's text listed at a legible size (board_cards).

Fitting (and laying out the cards) is coalesced: a change marks it due, and it runs once on the next turn of
the event loop, only while this view is visible; hidden, it waits until shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontInfo, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGraphicsView, QStackedLayout, QWidget

from workshop.domain.agenda import AgendaItem
from workshop.ui.board.board_cards import BoardCards, Card
from workshop.ui.board.board_scene import shared_scene
from workshop.ui.board.note_item import NoteItem
from workshop.ui.presenter.room_language import SpeaksTheRoom, workshop_language
from workshop.ui.session import Session

LEGIBLE_PIXELS = 16.0  # a note's text smaller than this on the projector switches to cards


class RoomBoardCards(SpeaksTheRoom, BoardCards):
    """The board's cards as the shared screen shows them: "+N more" in the workshop's language."""


class BoardView(SpeaksTheRoom, QWidget):
    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room_language = workshop_language(session, workshop_id)
        self.scene = shared_scene(session, workshop_id)
        self.view = QGraphicsView(self.scene)
        self.view.setAccessibleName(self.tr("Affinity board"))
        self.view.setInteractive(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().setProperty("presenting", True)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.cards = RoomBoardCards()
        self.cards.setAccessibleName(self.tr("Affinity board"))
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.cards)
        self._fit_due = True
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_if_due)
        self.scene.rebuilt.connect(self.schedule_fit)
        self.scene.watch(self)

    def schedule_fit(self) -> None:
        """Fit once, soon, if visible: many changes in one turn of the event loop cost one layout."""
        self._fit_due = True
        if self.isVisible():
            self._fit_timer.start()

    def _fit_if_due(self) -> None:
        if self._fit_due and self.isVisible():
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.scene.on_shown()
        if self._fit_due:
            self.fit()

    def fit(self) -> None:
        self._fit_due = False
        rect = self.scene.clusters_bounding_rect().adjusted(-20, -20, 20, 20)
        # The scale the fitted board would have, from this widget's size: the hidden view's is stale.
        scale = min(self.width() / rect.width(), self.height() / rect.height()) if not rect.isEmpty() else 1.0
        note_pixels = QFontInfo(NoteItem.note_font()).pixelSize() * scale
        if note_pixels >= LEGIBLE_PIXELS or not self.scene.notes:
            self.view.setGeometry(self.contentsRect())
            self.stack.setCurrentWidget(self.view)
            if not rect.isEmpty():
                self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            self.cards.setGeometry(self.contentsRect())  # a hidden page of the stack keeps a stale size
            self.cards.set_cards(self.board_cards())
            self.stack.setCurrentWidget(self.cards)

    def showing_cards(self) -> bool:
        return self.stack.currentWidget() is self.cards

    def board_cards(self) -> list[Card]:
        """The clusters in board order (rows, then left to right), loose notes last, as the room reads."""
        members: dict[str | None, list[NoteItem]] = {}
        for note in self.scene.notes.values():
            members.setdefault(note.cluster_id, []).append(note)

        def text_of(note: NoteItem) -> str:
            return f"{note.text} (+{note.merged})" if note.merged else note.text

        def in_reading_order(notes: list[NoteItem]) -> list[str]:
            return [text_of(n) for n in sorted(notes, key=lambda n: (round(n.y() / 60), n.x()))]

        frames = sorted(self.scene.clusters.values(), key=lambda c: (round(c.y() / 200), c.x()))
        cards = [
            Card(
                frame.title or self.room_translate("ClusterItem", "(untitled cluster)"),
                frame.colour.name(),
                tuple(in_reading_order(members.get(frame.cluster_id, []))),
            )
            for frame in frames
        ]
        loose = members.get(None, [])
        if loose:
            cards.append(
                Card(self.tr("Not grouped yet (%n)", "", len(loose)), "", tuple(in_reading_order(loose)))
            )
        return cards

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.schedule_fit()

    def show_phase(self, item: AgendaItem) -> None:
        self.schedule_fit()
