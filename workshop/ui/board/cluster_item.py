"""A cluster's frame: a named, coloured area that holds notes. Dragging its title bar moves its notes too;
dragging its bottom-right corner resizes it (never smaller than its notes), one undo step on release.

Below the title bar the frame lets clicks through, so a rubber band can start inside a cluster. Zoomed out
(on the projector, or at fit-all) the title is drawn larger so the room can still read the theme names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from workshop.domain.board_layout import FRAME_HEADER

READABLE_PIXELS = 22.0  # the smallest title height, in screen pixels, when zoomed out
GRIP = 22.0  # the corner square that resizes the frame
MIN_WIDTH, MIN_HEIGHT = 200.0, 120.0


class ClusterItem(QGraphicsItem):
    def __init__(self, cluster_id: str, title: str, colour: str, width: float, height: float) -> None:
        super().__init__()
        self.cluster_id = cluster_id
        self.title = title
        self.colour = QColor(colour or "#cccccc")
        self.rect = QRectF(0, 0, width, height)
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable | flags.ItemSendsGeometryChanges)
        self.setZValue(0)
        self.following = True  # move member notes along when the frame moves
        self.resizing_from: QRectF | None = None  # the frame before a corner drag, while one is going on
        self._grip_offset = QPointF()
        self.setAcceptHoverEvents(True)

    def update_cluster(self, title: str, colour: str, width: float, height: float) -> None:
        rect = QRectF(0, 0, width, height)
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        self.title = title
        self.colour = QColor(colour or "#cccccc")
        self.setToolTip(title)
        self.update()

    def display_title(self) -> str:
        return self.title or QCoreApplication.translate("ClusterItem", "(untitled cluster)")

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self.rect.adjusted(-2, -2, 2, 2)

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self.rect.width(), FRAME_HEADER)

    def grip_rect(self) -> QRectF:
        return QRectF(self.rect.right() - GRIP, self.rect.bottom() - GRIP, GRIP, GRIP)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) or 1.0
        fill = QColor(self.colour)
        fill.setAlpha(60)
        painter.setBrush(fill)
        painter.setPen(QPen(self.colour.darker(130), 2))
        painter.drawRoundedRect(self.rect, 8, 8)
        painter.setBrush(self.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(self.header_rect(), 8, 8)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(min(FRAME_HEADER * 0.75, max(18.0, READABLE_PIXELS / detail))))
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        title_rect = QRectF(10, 0, self.rect.width() - 20, FRAME_HEADER)
        title = QFontMetricsF(font).elidedText(
            self.display_title(), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        presenting = widget is not None and bool(widget.property("presenting"))
        if not presenting:  # the resize grip: three short diagonal strokes in the corner
            painter.setPen(QPen(self.colour.darker(160), 2))
            corner = self.rect.bottomRight()
            for inset in (6.0, 11.0, 16.0):
                painter.drawLine(corner + QPointF(-inset, -3), corner + QPointF(-3, -inset))
        if not presenting and option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#0b63ce"), 3, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(self.rect, 8, 8)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 (Qt API)
        if self.grip_rect().contains(event.pos()):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        else:
            self.unsetCursor()
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.grip_rect().contains(event.pos()):
            self.resizing_from = QRectF(self.rect)
            self._grip_offset = self.rect.bottomRight() - event.pos()  # the corner does not jump to the mouse
            event.accept()
            return
        if not self.header_rect().contains(event.pos()):
            event.ignore()  # below the title: let the view start a rubber band
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self.resizing_from is None:
            super().mouseMoveEvent(event)
            return
        smallest = self.smallest_size()
        corner = event.pos() + self._grip_offset
        width = max(smallest[0], corner.x())
        height = max(smallest[1], corner.y())
        self.prepareGeometryChange()
        self.rect = QRectF(0, 0, width, height)
        self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self.resizing_from is None:
            super().mouseReleaseEvent(event)
            return
        before, self.resizing_from = self.resizing_from, None
        resized = getattr(self.scene(), "frame_resized", None)
        if resized is not None and before != self.rect:
            resized(self.cluster_id, before.width(), before.height())

    def smallest_size(self) -> tuple[float, float]:
        """The frame may shrink to its notes (and a readable title bar), never cut one off."""
        width, height = MIN_WIDTH, MIN_HEIGHT
        bottom_right = getattr(self.scene(), "members_extent", None)
        if bottom_right is not None:
            extent = bottom_right(self.cluster_id)
            if extent is not None:
                corner = self.mapFromScene(extent)
                width, height = max(width, corner.x()), max(height, corner.y())
        return width, height

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene() is not None:
            new = QPointF(value)
            delta = new - self.pos()
            if self.following and (delta.x() or delta.y()):
                move = getattr(self.scene(), "move_members", None)
                if move is not None:
                    move(self.cluster_id, delta)
        return super().itemChange(change, value)
