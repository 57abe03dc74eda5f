"""The board as the back of the room can read it: one card per cluster, its title large, its notes listed.

Fitted to the clusters, a projector at 1280×720 shows a note's own text about 7 pixels high: nobody past
the first row can read it. When the board is that small, the presenter shows these cards instead. Each card
keeps its cluster's colour and board order (top to bottom, left to right), notes not yet grouped come last,
and the layout picks the largest type (never below MIN_TEXT pixels) at which every card fits the screen.
Only if even that does not fit are the longest lists shortened, with a "+N more" line saying so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from workshop.ui.text_fit import fit_lines

MIN_TEXT, MAX_TEXT = 16, 34  # note text in pixels: 16 px at 720 lines is still read from the back row
MARGIN, GAP, PAD = 12.0, 12.0, 8.0
SPACING = 0.2  # space between two notes, in text heights
MAX_COLUMNS = 4
LOOSE_COLOUR = "#d9d9d9"


@dataclass(frozen=True)
class Card:
    title: str
    colour: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PlacedCard:
    card: Card
    rect: QRectF
    shown: int  # how many of the card's lines fit; the rest are summed up as "+N more"


@dataclass(frozen=True)
class CardLayout:
    text_pixels: int
    cards: tuple[PlacedCard, ...]


def _fonts(size: int) -> tuple[QFont, QFont]:
    text = QFont()
    text.setPixelSize(size)
    title = QFont(text)
    title.setPixelSize(round(size * 1.35))
    title.setBold(True)
    return text, title


def _line_height(metrics: QFontMetricsF, text: str, width: float) -> float:
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text).height()


def title_height(metrics: QFontMetricsF, title: str, width: float) -> float:
    """A title wraps onto a second line rather than losing its end; longer ones are cut there."""
    return min(_line_height(metrics, title, width - 2 * PAD), 2 * metrics.lineSpacing()) + PAD


class TextMeasure:
    """Wrapped text heights, remembered per text size, width and text.

    Laying out 2,000 notes tries several sizes and column counts, and the board changes one note at a time:
    measuring every text again for each try and each change cost about a second per new idea. A text's
    height at one size and width never changes, so each is measured once (with one QFontMetricsF per size)
    and looked up after that. The memory is dropped when the application's font changes or it grows large.
    """

    LIMIT = 200_000  # remembered heights; about 20 MB at most

    def __init__(self) -> None:
        self._font_key = ""
        self._fonts: dict[int, tuple[QFont, QFont, QFontMetricsF, QFontMetricsF]] = {}
        self._heights: dict[tuple[int, bool, float, str], float] = {}

    def _check_font(self) -> None:
        key = QFont().key()
        if key != self._font_key:
            self._font_key = key
            self._fonts.clear()
            self._heights.clear()

    def fonts(self, size: int) -> tuple[QFont, QFont, QFontMetricsF, QFontMetricsF]:
        """Text font, title font and their metrics at *size* pixels, made once."""
        if not self._fonts:
            self._check_font()
        found = self._fonts.get(size)
        if found is None:
            text_font, title_font = _fonts(size)
            found = (text_font, title_font, QFontMetricsF(text_font), QFontMetricsF(title_font))
            self._fonts[size] = found
        return found

    def start_layout(self) -> None:
        """Called once per layout: forget everything if the application's font changed since."""
        self._check_font()
        if len(self._heights) > self.LIMIT:
            self._heights.clear()

    def line(self, size: int, text: str, width: float) -> float:
        """The height of *text* wrapped at *width*, which callers round to 0.1 px once per column width."""
        key = (size, False, width, text)
        height = self._heights.get(key)
        if height is None:
            height = _line_height(self.fonts(size)[2], text, width)
            self._heights[key] = height
        return height

    def title(self, size: int, text: str, width: float) -> float:
        key = (size, True, round(width, 1), text)
        height = self._heights.get(key)
        if height is None:
            height = title_height(self.fonts(size)[3], text, width)
            self._heights[key] = height
        return height


def lay_out(cards: list[Card], width: float, height: float, measure: TextMeasure | None = None) -> CardLayout:
    """The largest text size and column count at which every card fits, shortening lists only if none do.

    The size is found by halving the range of sizes (a larger text never needs less room), so a layout
    tries about five sizes instead of all nineteen.
    """
    measure = measure or TextMeasure()
    measure.start_layout()
    best: CardLayout | None = None
    longest_first = sorted(cards, key=lambda c: -sum(len(line) + 40 for line in c.lines))
    low, high = MIN_TEXT, MAX_TEXT
    while low <= high:
        size = (low + high) // 2
        layout = _fitting(cards, longest_first, width, height, size, measure)
        if layout is not None:
            best, low = layout, size + 1
        else:
            high = size - 1
    if best is not None:
        return best
    # Nothing fits at the smallest legible size: show as many notes of every card as fit, the rest counted.
    for columns in range(1, MAX_COLUMNS + 1):
        found = _capped(longest_first, width, height, columns, measure)
        if found is not None and (best is None or _shown(found) > _shown(best)):
            best = found
    return best or CardLayout(MIN_TEXT, ())


def _capped(
    cards: list[Card], width: float, height: float, columns: int, measure: TextMeasure
) -> CardLayout | None:
    """The most notes at MIN_TEXT in *columns*: the same number for every card (found by halving: one more
    note never needs less room), then the room left at the foot of each column goes to that column's
    shortened cards, so no card says "+N more" while its column has space for more of its notes."""

    def capped_at(cap: int) -> CardLayout | None:
        return _try(cards, width, height, MIN_TEXT, columns, measure, cap=cap)

    if capped_at(0) is None:
        return None
    low, high = 0, max((len(c.lines) for c in cards), default=0)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if capped_at(middle) is not None else (low, middle - 1)
    layout = capped_at(low)
    return None if layout is None else _fill_columns(layout, height, measure)


def _fill_columns(layout: CardLayout, height: float, measure: TextMeasure) -> CardLayout:
    """Each column's shortened cards list more notes while the column has room, top card first."""
    size = layout.text_pixels
    by_column: dict[float, list[PlacedCard]] = {}
    for placed in layout.cards:
        by_column.setdefault(round(placed.rect.left(), 1), []).append(placed)
    grown: dict[int, PlacedCard] = {}
    for column in by_column.values():
        free = height - MARGIN - column[-1].rect.bottom()
        top = column[0].rect.top()
        for placed in column:
            card, shown, width = placed.card, placed.shown, placed.rect.width()
            current = _card_height(card, shown, size, width, measure)
            while shown < len(card.lines):
                needed = _card_height(card, shown + 1, size, width, measure) - current
                if needed > free:
                    break
                shown, current, free = shown + 1, current + needed, free - needed
            rect = QRectF(placed.rect.left(), top, width, current)
            grown[id(placed)] = PlacedCard(card, rect, shown)
            top += current + GAP
    return CardLayout(size, tuple(grown[id(placed)] for placed in layout.cards))


def _card_height(card: Card, shown: int, size: int, width: float, measure: TextMeasure) -> float:
    """A card's height in a column *width* wide, listing *shown* notes (and "+N more" if that is not all)."""
    inner = round(width - 2 * PAD - size, 1)  # room for the bullet
    height = measure.title(size, card.title, width) + PAD / 2
    height += sum(measure.line(size, line, inner) + size * SPACING for line in card.lines[:shown])
    if shown < len(card.lines):
        height += measure.fonts(size)[2].height()
    return height + PAD


def _fitting(
    cards: list[Card], longest_first: list[Card], width: float, height: float, size: int, measure: TextMeasure
) -> CardLayout | None:
    """The first column count and order at which every card fits at *size*, or None."""
    # Every non-empty line takes at least one line of text: if even that overfills every column, no try
    # can fit, and measuring each text would be wasted.
    lines = sum(len(c.lines) for c in cards)
    written = sum(1 for c in cards for line in c.lines if line)
    least = written * 0.95 * measure.fonts(size)[2].height() + lines * size * SPACING + len(cards) * 1.5 * PAD
    for columns in range(1, MAX_COLUMNS + 1):
        if least + (len(cards) - columns) * GAP > columns * (height - 2 * MARGIN):
            continue
        for order in (cards, longest_first):  # board order if it fits, else the tightest packing
            layout = _try(order, width, height, size, columns, measure)
            if layout is not None:
                return layout
    return None


def _shown(layout: CardLayout) -> int:
    return sum(placed.shown for placed in layout.cards)


def _try(
    cards: list[Card],
    width: float,
    height: float,
    size: int,
    columns: int,
    measure: TextMeasure,
    cap: int | None = None,
) -> CardLayout | None:
    """Cards poured into the shortest column, in order, or None if they do not fit.

    With *cap*, a card lists at most that many notes and a "+N more" line for the rest.
    """
    column_width = (width - 2 * MARGIN - (columns - 1) * GAP) / columns
    if column_width < size * 9:
        return None  # fewer than about fifteen letters a line reads badly
    text_height = measure.fonts(size)[2].height()
    inner = round(column_width - 2 * PAD - size, 1)  # room for the bullet
    bottoms = [MARGIN] * columns
    limit = height - MARGIN
    placed: list[PlacedCard] = []
    for card in cards:
        column = min(range(columns), key=lambda c: bottoms[c])
        top = bottoms[column]
        shown = len(card.lines) if cap is None else min(cap, len(card.lines))
        y = top + measure.title(size, card.title, column_width) + PAD / 2
        for line in card.lines[:shown]:
            y += measure.line(size, line, inner) + size * SPACING
            if y > limit:
                return None
        if shown < len(card.lines):
            y += text_height
        bottom = y + PAD
        if bottom > limit:
            return None
        x = MARGIN + column * (column_width + GAP)
        placed.append(PlacedCard(card, QRectF(x, top, column_width, bottom - top), shown))
        bottoms[column] = bottom + GAP
    return CardLayout(size, tuple(placed))


def _tint(colour: QColor, strength: float = 0.18) -> QColor:
    """A pale, opaque version of the cluster colour for the card body; the title bar keeps the full colour."""
    return QColor(
        round(255 - (255 - colour.red()) * strength),
        round(255 - (255 - colour.green()) * strength),
        round(255 - (255 - colour.blue()) * strength),
    )


class BoardCards(QWidget):
    """Paints a :class:`CardLayout`; the board view hands it cards whenever the board changes.

    A resize while hidden only marks the layout out of date; it is laid out again when shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[Card] = []
        self.layout_now = CardLayout(MIN_TEXT, ())
        self.measure = TextMeasure()
        self._laid_out_for = QSize()  # the size the layout was made for; hidden resizes wait for show
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def set_cards(self, cards: list[Card]) -> None:
        self.cards = cards
        self._relayout()

    def _relayout(self) -> None:
        self._laid_out_for = self.size()
        self.layout_now = lay_out(self.cards, float(self.width()), float(self.height()), self.measure)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.isVisible() and self.size() != self._laid_out_for:
            self._relayout()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.size() != self._laid_out_for:
            self._relayout()

    def shown_titles(self) -> list[list[str]]:
        """The lines each card's title is drawn in: two at most, the second ending in "…" if cut."""
        title_font = self.measure.fonts(self.layout_now.text_pixels)[1]
        return [fit_lines(title_font, p.card.title, p.rect.width() - 2 * PAD) for p in self.layout_now.cards]

    def more_text(self, hidden: int) -> str:
        return self.tr("+%n more", "", hidden)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        size = self.layout_now.text_pixels
        text_font, title_font, metrics, _ = self.measure.fonts(size)
        wrap = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for placed in self.layout_now.cards:
            rect, card = placed.rect, placed.card
            colour = QColor(card.colour or LOOSE_COLOUR)
            body = _tint(colour)  # opaque: black text must read on it whatever the window behind is
            painter.setPen(QPen(colour.darker(140), 2))
            painter.setBrush(body)
            painter.drawRoundedRect(rect, 10, 10)
            head = self.measure.title(size, card.title, rect.width())
            header = QRectF(rect.left(), rect.top(), rect.width(), head)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(header, 10, 10)
            painter.drawRect(header.adjusted(0, head / 2, 0, 0))
            painter.setPen(QColor("black"))
            painter.setFont(title_font)
            painter.setClipRect(header)
            title = "\n".join(fit_lines(title_font, card.title, rect.width() - 2 * PAD))  # "…" if cut
            painter.drawText(header.adjusted(PAD, PAD / 2, -PAD, 0), wrap, title)
            painter.setClipping(False)
            painter.setFont(text_font)
            inner = round(rect.width() - 2 * PAD - size, 1)
            y = header.bottom() + PAD / 2
            for line in card.lines[: placed.shown]:
                height = self.measure.line(size, line, inner)
                painter.drawText(QRectF(rect.left() + PAD, y, size, height), wrap, "•")
                painter.drawText(QRectF(rect.left() + PAD + size, y, inner, height), wrap, line)
                y += height + size * SPACING
            hidden = len(card.lines) - placed.shown
            if hidden:
                painter.drawText(
                    QRectF(rect.left() + PAD + size, y, inner, metrics.height()), wrap, self.more_text(hidden)
                )
        painter.end()
