"""One sticky note on the board, painted by hand (one item per note keeps a 2,000-note wall fast).

The text is the user's data, drawn as plain text. Zoomed far out, a note is drawn as a coloured block
only: text a few pixels high cannot be read and costs most of the paint time.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from workshop.domain.board_layout import NOTE_HEIGHT, NOTE_WIDTH

TEXT_DETAIL = 0.35  # below this scale the text is not drawn
NOTE_RECT = QRectF(0, 0, NOTE_WIDTH, NOTE_HEIGHT)
FOCUS_PEN = QPen(QColor("#1d3557"), 3)
SELECTED_PEN = QPen(QColor("#0b63ce"), 3, Qt.PenStyle.DashLine)
EDGE_PEN = QPen(QColor(0, 0, 0, 60), 1)


class NoteItem(QGraphicsItem):
    """A note; ``cluster_id`` mirrors the model so drops and keyboard moves know where it belongs."""

    _font: QFont | None = None

    @classmethod
    def note_font(cls) -> QFont:
        """Made on first use: a QFont made before the QApplication has no size at all."""
        if cls._font is None:
            cls._font = QFont()
        return cls._font

    def __init__(self, idea_id: str, text: str, colour: QColor, merged: int = 0) -> None:
        super().__init__()
        self.idea_id = idea_id
        self.text = text
        self.colour = colour
        self.merged = merged
        self.cluster_id: str | None = None
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable | flags.ItemIsFocusable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.setToolTip(text)

    def update_note(self, text: str, colour: QColor, merged: int, tooltip: str) -> None:
        if (text, colour, merged) != (self.text, self.colour, self.merged):
            self.text, self.colour, self.merged = text, colour, merged
            self.setToolTip(tooltip)
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return NOTE_RECT.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(EDGE_PEN)
        painter.setBrush(QBrush(self.colour))
        if detail < TEXT_DETAIL:
            painter.drawRect(NOTE_RECT)
        else:
            painter.drawRoundedRect(NOTE_RECT, 4, 4)
            painter.setPen(Qt.GlobalColor.black)
            painter.setFont(self.note_font())
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            painter.drawText(NOTE_RECT.adjusted(8, 6, -8, -6), int(flags), self.text)
            if self.merged:
                badge = QRectF(NOTE_WIDTH - 30, NOTE_HEIGHT - 22, 26, 18)
                painter.setBrush(QColor("#264653"))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(badge, 9, 9)
                painter.setPen(Qt.GlobalColor.white)
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), f"+{self.merged}")
        read_only = widget is not None and bool(widget.property("presenting"))
        if read_only:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(SELECTED_PEN)
            painter.drawRoundedRect(NOTE_RECT.adjusted(-1, -1, 1, 1), 5, 5)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(FOCUS_PEN)
            painter.drawRoundedRect(NOTE_RECT.adjusted(2, 2, -2, -2), 4, 4)
