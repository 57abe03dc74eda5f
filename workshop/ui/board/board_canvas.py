"""The facilitator's view of the board: zoom, pan, rubber band, and the keyboard way to do everything.

Keys: arrows move the focus between notes; Ctrl+Space selects the focused note; M opens "move to cluster";
Ctrl+1..9 moves the focused or selected notes into cluster 1..9 (Ctrl+0 takes them out); Ctrl+G groups the
selection; F2 renames (also double-click on a title); T tidies; Delete removes a selected cluster; Ctrl+plus,
Ctrl+minus and Ctrl+wheel zoom; Ctrl+Shift+F fits everything; Space+drag or the middle button pans; the
Menu key (or a right click on a frame) opens the cluster's menu: rename, tidy, colour, delete.
"""

from __future__ import annotations

import math
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QMenu, QWidget

from workshop.ui.board.board_scene import BoardScene
from workshop.ui.board.board_view_memory import BoardView
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.note_item import NoteItem

# Frame colours that stay apart on a washed-out projector and under black title text.
FRAME_COLOURS = (
    ("#f6c945", QT_TRANSLATE_NOOP("BoardCanvas", "&Yellow")),
    ("#f4a261", QT_TRANSLATE_NOOP("BoardCanvas", "&Orange")),
    ("#e76f51", QT_TRANSLATE_NOOP("BoardCanvas", "&Red")),
    ("#f28fb1", QT_TRANSLATE_NOOP("BoardCanvas", "&Pink")),
    ("#b39ddb", QT_TRANSLATE_NOOP("BoardCanvas", "P&urple")),
    ("#6fa8dc", QT_TRANSLATE_NOOP("BoardCanvas", "&Blue")),
    ("#2a9d8f", QT_TRANSLATE_NOOP("BoardCanvas", "&Teal")),
    ("#8ab17d", QT_TRANSLATE_NOOP("BoardCanvas", "&Green")),
    ("#bdbdbd", QT_TRANSLATE_NOOP("BoardCanvas", "Gr&ey")),
)
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.05, 4.0
DIRECTIONS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


READABLE_SCALE = 0.5  # notes' text is drawn from 0.35 and comfortable to read from about 0.5


class BoardCanvas(QGraphicsView):
    group_requested = Signal()
    rename_requested = Signal(str, str)  # cluster id, new title
    tidy_requested = Signal(str)
    delete_requested = Signal(str)
    recolour_requested = Signal(str, str)  # cluster id, colour
    view_changed = Signal()  # zoomed or scrolled: the workspace remembers the view

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setAccessibleName(self.tr("Affinity board"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._space = False
        self._panning: QPoint | None = None
        self.title_editor = QLineEdit(self.viewport())
        self.title_editor.setAccessibleName(self.tr("Cluster title"))
        self.title_editor.setMaxLength(200)
        self.title_editor.hide()
        self.title_editor.installEventFilter(self)
        self._editing: str | None = None
        self.horizontalScrollBar().valueChanged.connect(lambda _: self.view_changed.emit())
        self.verticalScrollBar().valueChanged.connect(lambda _: self.view_changed.emit())

    # --- zoom and pan ----------------------------------------------------------------------------
    def scale_now(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_now() * factor))
        factor = target / self.scale_now()
        self.scale(factor, factor)
        self.view_changed.emit()

    def view(self) -> BoardView:
        centre = self.mapToScene(self.viewport().rect().center())
        return BoardView(self.scale_now(), centre.x(), centre.y())

    def show_view(self, view: BoardView) -> None:
        """Zoom and scroll back to a remembered view."""
        scale = min(MAX_SCALE, max(MIN_SCALE, view.scale))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(QPointF(view.centre_x, view.centre_y))

    def fit_all(self) -> None:
        rect = self.board.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            self.view_changed.emit()

    def fit_readable(self) -> None:
        """The first view of a board: all of it if the notes' text can then be read, otherwise the
        top-left part at the smallest scale where it can (fit all, Ctrl+0, is one key away)."""
        self.fit_all()
        if self.scale_now() >= READABLE_SCALE:
            return
        rect = self.board.itemsBoundingRect()
        self.zoom(READABLE_SCALE / self.scale_now())
        self.ensureVisible(QRectF(rect.topLeft(), QSizeF(1, 1)), 30, 30)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._panning = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._panning is not None:
            now = event.position().toPoint()
            delta = now - self._panning
            self._panning = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        for item in self.items(event.position().toPoint()):
            if isinstance(item, ClusterItem) and item.header_rect().contains(
                item.mapFromScene(self.mapToScene(event.position().toPoint()))
            ):
                self.start_rename(item.cluster_id)
                return
        super().mouseDoubleClickEvent(event)

    # --- keyboard --------------------------------------------------------------------------------
    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
        super().keyReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and ctrl:
            note = self.focused_note()
            if note is not None:
                note.setSelected(not note.isSelected())
        elif key == Qt.Key.Key_Space:
            self._space = not event.isAutoRepeat() or self._space
        elif key in DIRECTIONS and not ctrl:
            self.move_focus(*DIRECTIONS[Qt.Key(key)])
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_F and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.fit_all()
        elif ctrl and key == Qt.Key.Key_G:
            self.group_requested.emit()
        elif ctrl and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.move_to_numbered_cluster(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_M and not ctrl:
            self.show_move_menu()
        elif key == Qt.Key.Key_F2 and self.current_cluster():
            self.start_rename(self.current_cluster() or "")
        elif key == Qt.Key.Key_T and not ctrl and self.current_cluster():
            self.tidy_requested.emit(self.current_cluster())
        elif key == Qt.Key.Key_Delete and self.selected_cluster():
            self.delete_requested.emit(self.selected_cluster())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focused_note(self) -> NoteItem | None:
        item = self.board.focusItem()
        return item if isinstance(item, NoteItem) else None

    def selected_cluster(self) -> str | None:
        chosen = [i for i in self.board.selectedItems() if isinstance(i, ClusterItem)]
        return chosen[0].cluster_id if chosen else None

    def current_cluster(self) -> str | None:
        """The selected cluster, or else the cluster of the focused note."""
        note = self.focused_note()
        return self.selected_cluster() or (note.cluster_id if note is not None else None)

    def notes_to_move(self) -> list[str]:
        chosen = [i.idea_id for i in self.board.selectedItems() if isinstance(i, NoteItem)]
        note = self.focused_note()
        if note is not None and note.idea_id not in chosen:
            return [note.idea_id]
        return chosen

    def move_focus(self, dx: int, dy: int) -> None:
        """Focus the nearest note in a direction, preferring notes straight ahead over ones off to a side."""
        notes = list(self.board.notes.values())
        if not notes:
            return
        current = self.focused_note()
        if current is None:
            best = min(notes, key=lambda n: (n.y(), n.x()))
        else:
            here = current.pos()
            best_score = math.inf
            best = current
            for note in notes:
                offset = note.pos() - here
                ahead = offset.x() * dx + offset.y() * dy
                if note is current or ahead <= 1:
                    continue
                aside = abs(offset.x() * dy) + abs(offset.y() * dx)
                score = ahead + 2.5 * aside
                if score < best_score:
                    best_score, best = score, note
        best.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureVisible(best, 40, 40)
        best.update()
        if current is not None:
            current.update()

    def ordered_clusters(self) -> list[ClusterItem]:
        return sorted(self.board.clusters.values(), key=lambda c: (round(c.y() / 200), c.x()))

    def move_to_numbered_cluster(self, number: int) -> None:
        ids = self.notes_to_move()
        if not ids:
            return
        if number == 0:
            self.board.move_to_cluster(ids, None)
            return
        ordered = self.ordered_clusters()
        if number <= len(ordered):
            self.board.move_to_cluster(ids, ordered[number - 1].cluster_id)

    def show_move_menu(self) -> None:
        ids = self.notes_to_move()
        if not ids:
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Move to cluster"))
        for number, item in enumerate(self.ordered_clusters(), start=1):
            label = f"&{number} {item.display_title()}" if number < 10 else item.display_title()
            menu.addAction(label, partial(self.board.move_to_cluster, ids, item.cluster_id))
        menu.addSeparator()
        menu.addAction(self.tr("&0 No cluster"), lambda: self.board.move_to_cluster(ids, None))
        note = self.board.notes.get(ids[0])
        where = self.mapFromScene(note.sceneBoundingRect().center()) if note else QPoint(20, 20)
        menu.exec(self.viewport().mapToGlobal(where))

    # --- the cluster's menu (right click, or the Menu key / Shift+F10 on the focused note's cluster) ---
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        cluster_id: str | None = None
        where = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            for item in self.items(where):
                if isinstance(item, ClusterItem):
                    cluster_id = item.cluster_id
                    break
        else:
            cluster_id = self.current_cluster()
            frame = self.board.clusters.get(cluster_id or "")
            if frame is not None:
                where = self.mapFromScene(frame.mapToScene(QPointF(20, 20)))
        if cluster_id is None:
            super().contextMenuEvent(event)
            return
        self.cluster_menu(cluster_id).exec(self.viewport().mapToGlobal(where))

    def cluster_menu(self, cluster_id: str) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Cluster"))
        menu.addAction(self.tr("&Rename…"), partial(self.start_rename, cluster_id))
        menu.addAction(self.tr("&Tidy"), partial(self.tidy_requested.emit, cluster_id))
        colours = menu.addMenu(self.tr("&Colour"))
        current = self.board.clusters[cluster_id].colour.name()
        for colour, name in FRAME_COLOURS:
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(colour))
            action = colours.addAction(QIcon(swatch), self.tr(str(name)))
            action.setCheckable(True)
            action.setChecked(colour == current)
            action.triggered.connect(partial(self.recolour_requested.emit, cluster_id, colour))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete cluster"), partial(self.delete_requested.emit, cluster_id))
        return menu

    # --- renaming in place ---------------------------------------------------------------------
    def start_rename(self, cluster_id: str) -> None:
        item = self.board.clusters.get(cluster_id)
        if item is None:
            return
        self._editing = cluster_id
        top_left = self.mapFromScene(item.mapToScene(QPointF(6, 4)))
        width = max(160, int(item.header_rect().width() * self.scale_now()) - 12)
        self.title_editor.setGeometry(top_left.x(), top_left.y(), width, 30)
        self.title_editor.setText(item.title)
        self.title_editor.selectAll()
        self.title_editor.show()
        self.title_editor.setFocus()

    def finish_rename(self, keep: bool) -> None:
        cluster_id, self._editing = self._editing, None
        self.title_editor.hide()
        self.setFocus()
        if keep and cluster_id is not None:
            self.rename_requested.emit(cluster_id, self.title_editor.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.title_editor and self._editing is not None:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.finish_rename(True)
                    return True
                if event.key() == Qt.Key.Key_Escape:
                    self.finish_rename(False)
                    return True
            if event.type() == QEvent.Type.FocusOut:
                self.finish_rename(True)  # nothing typed is lost by clicking elsewhere
        return super().eventFilter(watched, event)
