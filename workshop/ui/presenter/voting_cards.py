"""The ballot on the shared screen: items as large cards a participant fills with dots or scores.

Painted by hand (one widget, no child per card) so two hundred cards stay quick, and so a touch on a card
is simply a point to look up. Mouse/touch: tap a card to add a dot, tap its "−" to take one away; in
scoring, tap a number. Keys: arrows move between cards, digits set the dots (or the score), + and −
add and take away, Up/Down pick the criterion when scoring. The widget only reports what was asked for;
the view checks the rules through the services.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.domain.voting import VotingItem
from workshop.domain.voting_rules import SCORE_HIGH, SCORE_LOW
from workshop.ui.presenter.room_language import SpeaksTheRoom
from workshop.ui.text_fit import fit_lines

CARD_WIDTH = 330
CARD_HEIGHT = 190
GAP = 18
DOT = 30
PAPER = QColor("#fff6b8")
INK = QColor("#1d1d1f")
DOT_COLOUR = QColor("#1f5fbf")
FOCUS = QColor("#e0631d")

Scores = tuple[int | None, int | None]


@dataclass(frozen=True)
class CardState:
    dots: int = 0
    scores: Scores = (None, None)


class BallotCards(SpeaksTheRoom, QWidget):
    dots_requested = Signal(str, int)  # item id, the wanted number of dots
    score_requested = Signal(str, int, object)  # item id, criterion 0/1, score or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[VotingItem] = []
        self.states: dict[str, CardState] = {}
        self.scoring = False
        self.max_per_item = 3
        self.criteria = ("", "")
        self.current = 0
        self.criterion = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.setAccessibleName(self.tr("Items to vote on"))

    # --- content ---

    def set_ballot(
        self,
        items: list[VotingItem],
        states: dict[str, CardState],
        *,
        scoring: bool,
        max_per_item: int,
        criteria: tuple[str, str],
    ) -> None:
        self.items = items
        self.states = states
        self.scoring = scoring
        self.max_per_item = max_per_item
        self.criteria = criteria
        self.current = min(self.current, max(0, len(items) - 1))
        self._fit_height()
        self.update()

    def state(self, item_id: str) -> CardState:
        return self.states.get(item_id, CardState())

    def current_item(self) -> VotingItem | None:
        return self.items[self.current] if self.items else None

    # --- geometry ---

    def columns(self) -> int:
        return max(1, (self.width() - GAP) // (CARD_WIDTH + GAP))

    def card_rect(self, index: int) -> QRectF:
        columns = self.columns()
        used = columns * CARD_WIDTH + (columns - 1) * GAP
        left = max(GAP, (self.width() - used) / 2)
        row, column = divmod(index, columns)
        return QRectF(
            left + column * (CARD_WIDTH + GAP), GAP + row * (CARD_HEIGHT + GAP), CARD_WIDTH, CARD_HEIGHT
        )

    def minus_rect(self, card: QRectF) -> QRectF:
        return QRectF(card.right() - 58, card.bottom() - 52, 44, 40)

    def dot_rect(self, card: QRectF, number: int) -> QRectF:
        return QRectF(card.left() + 16 + number * (DOT + 10), card.bottom() - 48, DOT, DOT)

    def score_rect(self, card: QRectF, criterion: int, value: int) -> QRectF:
        top = card.bottom() - 78 + criterion * 38
        return QRectF(card.left() + 110 + (value - SCORE_LOW) * 40, top, 32, 32)

    def _fit_height(self) -> None:
        rows = (len(self.items) + self.columns() - 1) // self.columns()
        self.setMinimumHeight(int(GAP + rows * (CARD_HEIGHT + GAP)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(3 * (CARD_WIDTH + GAP) + GAP, 2 * (CARD_HEIGHT + GAP) + GAP)

    def item_at(self, point: QPointF) -> int | None:
        for index in range(len(self.items)):
            if self.card_rect(index).contains(point):
                return index
        return None

    # --- painting ---

    def card_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(15)
        return font

    def text_area(self, card: QRectF) -> QRectF:
        return card.adjusted(16, 12, -16, -(92 if self.scoring else 62))

    def card_lines(self, item: VotingItem) -> list[str]:
        """The lines of the item's text that fit above the dots; the last ends in "…" if some is left out
        (the text used to run on under the dots)."""
        area = self.text_area(self.card_rect(0))
        font = self.card_font()
        most = max(1, int(area.height() // QFontMetricsF(font).lineSpacing()))
        return fit_lines(font, item.text, area.width(), most)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        visible = QRectF(event.rect())
        for index, item in enumerate(self.items):
            card = self.card_rect(index)
            if card.intersects(visible):
                self._paint_card(painter, index, item, card)
        painter.end()

    def _paint_card(self, painter: QPainter, index: int, item: VotingItem, card: QRectF) -> None:
        focused = index == self.current and self.hasFocus()
        painter.setPen(QPen(FOCUS if focused else QColor("#c9b95a"), 5 if focused else 1.5))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(card, 10, 10)
        font = self.card_font()
        painter.setFont(font)
        painter.setPen(INK)
        text_area = self.text_area(card)
        painter.drawText(text_area, Qt.AlignmentFlag.AlignTop, "\n".join(self.card_lines(item)))
        state = self.state(item.id)
        if self.scoring:
            self._paint_scores(painter, card, state.scores, focused)
        else:
            self._paint_dots(painter, card, state.dots)

    def _paint_dots(self, painter: QPainter, card: QRectF, dots: int) -> None:
        for number in range(self.max_per_item):
            filled = number < dots
            painter.setPen(QPen(DOT_COLOUR, 3))
            painter.setBrush(DOT_COLOUR if filled else Qt.GlobalColor.transparent)
            painter.drawEllipse(self.dot_rect(card, number))
        if dots:
            minus = self.minus_rect(card)
            painter.setPen(QPen(INK, 2))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(minus, 8, 8)
            painter.drawText(minus, Qt.AlignmentFlag.AlignCenter, "−")

    def _paint_scores(self, painter: QPainter, card: QRectF, scores: Scores, focused: bool) -> None:
        small = QFont(self.font())
        small.setPointSizeF(11)
        for criterion in (0, 1):
            label = QRectF(card.left() + 12, self.score_rect(card, criterion, SCORE_LOW).top(), 94, 32)
            painter.setFont(small)
            painter.setPen(FOCUS if focused and criterion == self.criterion else INK)
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, self.criteria[criterion])
            chosen = scores[criterion]
            for value in range(SCORE_LOW, SCORE_HIGH + 1):
                spot = self.score_rect(card, criterion, value)
                filled = chosen is not None and value <= chosen
                painter.setPen(QPen(DOT_COLOUR, 2))
                painter.setBrush(DOT_COLOUR if filled else QColor("#ffffff"))
                painter.drawEllipse(spot)
                painter.setPen(QColor("#ffffff") if filled else INK)
                painter.drawText(spot, Qt.AlignmentFlag.AlignCenter, str(value))

    # --- input ---

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        point = event.position()
        index = self.item_at(point)
        if index is None:
            return
        self.current = index
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        item = self.items[index]
        card = self.card_rect(index)
        if self.scoring:
            for criterion in (0, 1):
                for value in range(SCORE_LOW, SCORE_HIGH + 1):
                    if self.score_rect(card, criterion, value).contains(point):
                        self.criterion = criterion
                        self._ask_score(item, value)
            self.update()
            return
        dots = self.state(item.id).dots
        taking = event.button() == Qt.MouseButton.RightButton or (
            dots and self.minus_rect(card).contains(point)
        )
        self.dots_requested.emit(item.id, max(0, dots - 1) if taking else dots + 1)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        item = self.current_item()
        key = event.key()
        text = event.text()
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: 0 if self.scoring else -self.columns(),
            Qt.Key.Key_Down: 0 if self.scoring else self.columns(),
        }
        if item is None:
            super().keyPressEvent(event)
        elif self.scoring and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.criterion = 0 if key == Qt.Key.Key_Up else 1
        elif key in moves:
            self.current = max(0, min(len(self.items) - 1, self.current + moves[Qt.Key(key)]))
            self._show_current()
        elif text.isdigit() and len(text) == 1:
            if self.scoring:
                value = int(text)
                self._ask_score(item, value if value else None)
            else:
                self.dots_requested.emit(item.id, int(text))
        elif text in ("+", "=") or key == Qt.Key.Key_Space:
            if not self.scoring:
                self.dots_requested.emit(item.id, self.state(item.id).dots + 1)
        elif text in ("-", "−") or key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            if self.scoring:
                self._ask_score(item, None)
            else:
                self.dots_requested.emit(item.id, max(0, self.state(item.id).dots - 1))
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def _ask_score(self, item: VotingItem, value: int | None) -> None:
        if value is not None and value == self.state(item.id).scores[self.criterion]:
            value = None  # tapping the chosen score again clears it
        self.score_requested.emit(item.id, self.criterion, value)

    def _show_current(self) -> None:
        """Keep the focused card in view when the cards are in a scroll area."""
        parent = self.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        ensure = getattr(area, "ensureVisible", None)
        if callable(ensure):
            rect = self.card_rect(self.current)
            ensure(
                int(rect.center().x()),
                int(rect.center().y()),
                int(CARD_WIDTH / 2),
                int(CARD_HEIGHT / 2 + GAP),
            )
