"""The revealed result on the shared screen: a ranked bar chart, or the 2×2 impact/effort matrix.

Painted with QPainter (QtCharts is not in PySide6-Essentials). Both widgets only draw what they are
given; whether totals may be shown at all is decided by the view through voting_rules.totals_visible.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.domain.voting_rules import MIDPOINT, SCORE_HIGH, SCORE_LOW
from workshop.ui.presenter.room_language import SpeaksTheRoom
from workshop.ui.text_fit import fit_lines

MAX_BARS = 12  # a projector shows about this many readable rows
BAR = QColor("#1f5fbf")
TIE = QColor("#e0631d")
INK = QColor("#1d1d1f")
QUADRANT_COLOURS = (QColor("#dcf3dc"), QColor("#dce8f8"), QColor("#eeeeee"), QColor("#f8dede"))


def _ink(widget: QWidget, alpha: int = 255) -> QColor:
    """Text drawn straight on the widget follows its palette: white on the presenter's black screen, dark
    in the console. (Text on the light quadrant fills keeps a fixed dark grey.)"""
    colour = QColor(widget.palette().color(QPalette.ColorRole.WindowText))
    colour.setAlpha(alpha)
    return colour


@dataclass(frozen=True)
class Bar:
    rank: int
    tied: bool
    label: str
    value: int


@dataclass(frozen=True)
class MatrixPoint:
    number: int
    label: str
    impact: float
    effort: float


def _font(widget: QWidget, size: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class RankedBars(SpeaksTheRoom, QWidget):
    """Best first; tied items share their place, marked "=" and in the tie colour, so no one is ranked
    above an equal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.hidden_rows = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Results"))

    def set_bars(self, bars: list[Bar]) -> None:
        shown = [bar for bar in bars if bar.value > 0]
        self.bars = shown[:MAX_BARS]
        self.hidden_rows = len(shown) - len(self.bars)
        self.setAccessibleDescription("; ".join(f"{bar.rank}. {bar.label}: {bar.value}" for bar in self.bars))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(900, 560)

    def _area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(24, 12, -24, -12)

    def _geometry(self) -> tuple[float, QFont, float, float]:
        """Row height, the font, the rank column's and the label column's width for the current size.

        The labels get the width they need (up to 62 % of the screen) and wrap onto a second line before
        anything is shortened; the bars get the rest (at least 30 %)."""
        area = self._area()
        footer = 34 if self.hidden_rows or any(bar.tied for bar in self.bars) else 0
        row_height = min(72.0, (area.height() - footer) / max(1, len(self.bars)))
        font = _font(self, max(9.0, row_height * 0.3))
        metrics = QFontMetricsF(font)
        rank_width = metrics.horizontalAdvance("=88") + 12
        value_width = metrics.horizontalAdvance("8888") + 8
        labels = (" ".join(bar.label.split()) for bar in self.bars)
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0.0)
        room = area.width() - rank_width - value_width - 12  # for the labels and the bars
        label_width = max(room * 0.30, min(widest + 4, room * 0.62))
        return row_height, font, rank_width, label_width

    def shown_labels(self) -> list[list[str]]:
        """The lines each bar's label is drawn in, at the current size (what the room can read)."""
        _row, font, _rank, label_width = self._geometry()
        return [fit_lines(font, bar.label, label_width) for bar in self.bars]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._area()
        if not self.bars:
            painter.setPen(_ink(self))
            painter.setFont(_font(self, 20))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No votes yet."))
            painter.end()
            return
        footer = 34 if self.hidden_rows or any(bar.tied for bar in self.bars) else 0
        row_height, font, rank_width, label_width = self._geometry()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        bar_left = area.left() + rank_width + label_width + 12
        bar_space = area.right() - bar_left - metrics.horizontalAdvance("8888") - 8
        top_value = max(bar.value for bar in self.bars)
        for row, (bar, lines) in enumerate(zip(self.bars, self.shown_labels(), strict=True)):
            y = area.top() + row * row_height
            colour = TIE if bar.tied else BAR
            painter.setPen(colour if bar.tied else _ink(self))
            rank = f"={bar.rank}" if bar.tied else str(bar.rank)
            painter.drawText(
                QRectF(area.left(), y, rank_width, row_height), Qt.AlignmentFlag.AlignVCenter, rank
            )
            painter.setPen(_ink(self))
            painter.drawText(
                QRectF(area.left() + rank_width, y, label_width, row_height),
                Qt.AlignmentFlag.AlignVCenter,
                "\n".join(lines),
            )
            length = max(4.0, bar_space * bar.value / top_value)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(bar_left, y + row_height * 0.18, length, row_height * 0.64), 4, 4)
            painter.setPen(_ink(self))
            painter.drawText(
                QRectF(bar_left + length + 8, y, 200, row_height),
                Qt.AlignmentFlag.AlignVCenter,
                str(bar.value),
            )
        notes = []
        if any(bar.tied for bar in self.bars):
            notes.append(self.tr("= shared place (a tie)"))
        if self.hidden_rows:
            notes.append(self.tr("%n more with fewer votes", "", self.hidden_rows))
        if notes:
            painter.setFont(_font(self, 12))
            painter.setPen(_ink(self, 190))
            painter.drawText(
                QRectF(area.left(), area.bottom() - footer, area.width(), footer),
                Qt.AlignmentFlag.AlignVCenter,
                "   ·   ".join(notes),
            )
        painter.end()


class ImpactEffortMatrix(SpeaksTheRoom, QWidget):
    """Impact up, effort to the right; quick wins are top left. Numbered points, listed beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MatrixPoint] = []
        self.criteria = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Impact and effort matrix"))

    def set_points(self, points: list[MatrixPoint], criteria: tuple[str, str]) -> None:
        self.points = points
        self.criteria = criteria
        self.setAccessibleDescription(
            "; ".join(f"{p.number}. {p.label}: {p.impact:.1f} / {p.effort:.1f}" for p in points)
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(1000, 600)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = QRectF(self.rect()).adjusted(16, 12, -16, -12)
        side = min(whole.height() - 40, whole.width() * 0.58)
        plot = QRectF(whole.left() + 48, whole.top(), side, side)
        self._paint_quadrants(painter, plot)
        self._paint_points(painter, plot)
        self._paint_legend(
            painter, QRectF(plot.right() + 28, whole.top(), whole.right() - plot.right() - 28, whole.height())
        )
        painter.end()

    def _position(self, plot: QRectF, impact: float, effort: float) -> QPointF:
        low = SCORE_LOW - 0.5  # half a step of margin so a 1 or a 5 is not cut by the frame
        span = SCORE_HIGH - SCORE_LOW + 1.0
        x = plot.left() + (effort - low) / span * plot.width()
        y = plot.bottom() - (impact - low) / span * plot.height()
        return QPointF(x, y)

    def _paint_quadrants(self, painter: QPainter, plot: QRectF) -> None:
        middle = self._position(plot, MIDPOINT, MIDPOINT)
        boxes = (
            QRectF(plot.topLeft(), middle),
            QRectF(QPointF(middle.x(), plot.top()), QPointF(plot.right(), middle.y())),
            QRectF(QPointF(plot.left(), middle.y()), QPointF(middle.x(), plot.bottom())),
            QRectF(middle, plot.bottomRight()),
        )
        names = (self.tr("Quick wins"), self.tr("Big bets"), self.tr("Fill-ins"), self.tr("Money pits"))
        painter.setFont(_font(self, 13, bold=True))
        for box, colour, name in zip(boxes, QUADRANT_COLOURS, names, strict=True):
            painter.fillRect(box, colour)
            painter.setPen(QColor("#444444"))  # on the light quadrant fill
            painter.drawText(
                box.adjusted(10, 6, -10, -6), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, name
            )
        painter.setPen(QPen(INK, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setPen(_ink(self))
        painter.setFont(_font(self, 13))
        impact, effort = self.criteria
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 4, plot.width(), 30),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("%1: low → high").replace("%1", effort),
        )
        painter.save()
        painter.translate(plot.left() - 12, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -30, plot.height(), 30),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("%1: low → high").replace("%1", impact),
        )
        painter.restore()

    def _paint_points(self, painter: QPainter, plot: QRectF) -> None:
        taken: dict[tuple[float, float], int] = {}
        radius = max(12.0, plot.width() / 34)
        painter.setFont(_font(self, max(9.0, radius * 0.75), bold=True))
        for point in self.points:
            key = (round(point.impact, 1), round(point.effort, 1))
            crowd = taken.get(key, 0)
            taken[key] = crowd + 1
            centre = self._position(plot, point.impact, point.effort)
            if crowd:  # equal scores: set the points around each other instead of on top
                angle = crowd * 2.4
                centre += QPointF(math.cos(angle), math.sin(angle)) * radius * 1.6 * math.sqrt(crowd)
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.setBrush(BAR)
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                str(point.number),
            )

    def _paint_legend(self, painter: QPainter, box: QRectF) -> None:
        if not self.points:
            painter.setPen(_ink(self))
            painter.setFont(_font(self, 16))
            painter.drawText(
                box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.tr("Nothing scored yet.")
            )
            return
        row = min(36.0, box.height() / max(1, len(self.points)))
        painter.setFont(_font(self, max(8.0, row * 0.4)))
        metrics = QFontMetricsF(painter.font())
        painter.setPen(_ink(self))
        lines_per_row = 2 if row >= 2 * metrics.lineSpacing() else 1  # wrap before shortening
        for index, point in enumerate(self.points):
            text = f"{point.number}. {point.label}"
            line = QRectF(box.left(), box.top() + index * row, box.width(), row)
            fitted = fit_lines(painter.font(), text, box.width(), lines_per_row)
            painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, "\n".join(fitted))
