"""The report's two pictures: a bar chart of a round's dots, and the impact/effort matrix of a scoring round.

Bars and points are labelled with rank numbers only; the proposals' texts are in the table beside them,
where they are proper paragraphs (sanitised, shaped, wrapped). Drawings therefore never hold user text.
"""

from __future__ import annotations

from collections import Counter

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from workshop.export.pdf_fonts import BOLD, REGULAR
from workshop.export.pdf_styles import ACCENT, BAR, INK, MUTED, RULE, mm

SCALE_LOW, SCALE_HIGH = 1, 5


def bar_chart(ranks: list[str], dots: list[int], width: float) -> Drawing:
    """Horizontal bars, best at the top; *ranks* are the labels ("1", "2", "3=" …)."""
    row = 6.5 * mm
    height = max(30 * mm, row * len(dots) + 14 * mm)
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=8)
    chart = HorizontalBarChart()
    chart.x, chart.y = 12 * mm, 8 * mm
    chart.width, chart.height = width - 20 * mm, height - 12 * mm
    chart.data = [list(reversed(dots))]
    chart.categoryAxis.categoryNames = list(reversed(ranks))
    chart.categoryAxis.labels.fontName = BOLD
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    top = max(dots) if dots else 1
    chart.valueAxis.valueMax = max(1, top)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def impact_effort_matrix(
    points: list[tuple[str, float, float]], quadrant_names: tuple[str, str, str, str], width: float
) -> Drawing:
    """Points (label, effort, impact) on 1–5 scales. High impact is up, high effort is right.

    *quadrant_names* are (high impact & low effort, high impact & high effort, low & low, low impact &
    high effort): the catalogue's "quick wins", "big bets", "fill-ins", "money pits".
    """
    size = min(width, 110 * mm)
    drawing = Drawing(size, size, initialFontName=REGULAR, initialFontSize=8)
    pad = 8 * mm
    plot = size - 2 * pad
    span = SCALE_HIGH - SCALE_LOW

    def at(effort: float, impact: float) -> tuple[float, float]:
        return pad + (effort - SCALE_LOW) / span * plot, pad + (impact - SCALE_LOW) / span * plot

    half = plot / 2
    fills = ["#e3f1e4", "#e6edf5", "#f4f4f4", "#f8e6e3"]
    corners = [(pad, pad + half), (pad + half, pad + half), (pad, pad), (pad + half, pad)]
    for (x, y), fill, name in zip(corners, fills, quadrant_names, strict=True):
        drawing.add(Rect(x, y, half, half, fillColor=colors.HexColor(fill), strokeColor=None))
        drawing.add(String(x + 2 * mm, y + half - 4.5 * mm, name, fontName=BOLD, fontSize=8, fillColor=MUTED))
    drawing.add(Rect(pad, pad, plot, plot, fillColor=None, strokeColor=RULE))
    drawing.add(Line(pad + half, pad, pad + half, pad + plot, strokeColor=RULE, strokeDashArray=[2, 2]))
    drawing.add(Line(pad, pad + half, pad + plot, pad + half, strokeColor=RULE, strokeDashArray=[2, 2]))
    for value in range(SCALE_LOW, SCALE_HIGH + 1):  # the scale under the plot and beside it
        x, y = at(value, value)
        for tick_x, tick_y in ((x, pad - 4 * mm), (pad - 3 * mm, y - 1 * mm)):
            drawing.add(
                String(
                    tick_x,
                    tick_y,
                    str(value),
                    fontName=REGULAR,
                    fontSize=7,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    crowded: Counter[tuple[float, float]] = Counter()
    for label, effort, impact in points:
        x, y = at(effort, impact)
        nudge = crowded[(round(x), round(y))]
        crowded[(round(x), round(y))] += 1
        x += (nudge % 4) * 4.2 * mm
        y -= (nudge // 4) * 4.2 * mm
        drawing.add(Circle(x, y, 2.1 * mm, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6))
        drawing.add(
            String(
                x,
                y - 1.1 * mm,
                label,
                fontName=BOLD,
                fontSize=6.5,
                fillColor=colors.white,
                textAnchor="middle",
            )
        )
    return drawing
