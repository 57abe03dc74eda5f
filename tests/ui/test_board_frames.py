"""Cluster frames on the board: resize by the corner, recolour from the cluster's menu, and the toolbar's
keys while the board has focus. Real mouse and key events; checked in the model, then undone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from workshop.domain.workshop import Workshop
from workshop.services import clusters
from workshop.store.library import Library
from workshop.ui.board.board_canvas import FRAME_COLOURS
from workshop.ui.phases.board_workspace import BoardWorkspace
from workshop.ui.session import Session


@pytest.fixture
def board(qtbot, session: Session, demo: Workshop) -> BoardWorkspace:
    workspace = BoardWorkspace(session, demo.id)
    qtbot.addWidget(workspace)
    workspace.resize(1400, 900)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.canvas.resetTransform()
    return workspace


def first_cluster(board: BoardWorkspace, library: Library, demo: Workshop) -> str:
    cluster = clusters.list_clusters(library, demo.id)[0]
    board.canvas.centerOn(board.scene.clusters[cluster.id].sceneBoundingRect().bottomRight())
    return cluster.id


def drag_on_view(board: BoardWorkspace, start: QPointF, end: QPointF) -> None:
    viewport = board.canvas.viewport()
    a, b = board.canvas.mapFromScene(start), board.canvas.mapFromScene(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 7):
        QTest.mouseMove(viewport, a + (b - a) * step / 6)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_dragging_the_corner_resizes_the_frame_as_one_undo_step(
    board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    cluster_id = first_cluster(board, library, demo)
    before = clusters.get(library, cluster_id)
    item = board.scene.clusters[cluster_id]
    corner = item.mapToScene(item.grip_rect().center())
    notes_before = clusters.places(library, clusters.members(library, cluster_id))
    drag_on_view(board, corner, corner + QPointF(120, 80))
    after = clusters.get(library, cluster_id)
    assert after.width == pytest.approx(before.width + 120, abs=2)
    assert after.height == pytest.approx(before.height + 80, abs=2)
    assert (after.x, after.y) == (before.x, before.y)
    assert clusters.places(library, clusters.members(library, cluster_id)) == notes_before  # notes stay put
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    restored = clusters.get(library, cluster_id)
    assert (restored.width, restored.height) == (before.width, before.height)
    assert item.rect.width() == before.width


def test_a_frame_cannot_be_shrunk_to_cut_off_its_notes(
    board: BoardWorkspace, library: Library, demo: Workshop
) -> None:
    cluster_id = first_cluster(board, library, demo)
    item = board.scene.clusters[cluster_id]
    corner = item.mapToScene(item.grip_rect().center())
    drag_on_view(board, corner, item.mapToScene(QPointF(30, 30)))
    after = clusters.get(library, cluster_id)
    for note_id in clusters.members(library, cluster_id):
        note = board.scene.notes[note_id].sceneBoundingRect()
        assert note.right() <= after.x + after.width
        assert note.bottom() <= after.y + after.height


def pick_from_menu(path: list[str]) -> None:
    """Choose menu entries by their shown text (without &), as soon as the popup opens."""

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        wanted = path.pop(0)
        action = next(a for a in menu.actions() if a.text().replace("&", "") == wanted)
        if action.menu() is not None:
            QTimer.singleShot(0, choose)
            menu.setActiveAction(action)
            action.menu().popup(menu.pos())  # type: ignore[union-attr]
        else:
            action.trigger()
            while QApplication.activePopupWidget() is not None:
                QApplication.activePopupWidget().close()  # type: ignore[union-attr]

    QTimer.singleShot(0, choose)


def test_the_cluster_menu_recolours_from_the_mouse_and_from_the_keyboard_and_undo_restores(
    board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    cluster_id = first_cluster(board, library, demo)
    old = clusters.get(library, cluster_id).colour
    blue, teal = FRAME_COLOURS[5][0], FRAME_COLOURS[6][0]
    item = board.scene.clusters[cluster_id]
    where = board.canvas.mapFromScene(item.mapToScene(QPointF(30, 60)))
    pick_from_menu(["Colour", "Blue"])
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, board.canvas.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(board.canvas.viewport(), event)
    assert clusters.get(library, cluster_id).colour == blue
    assert board.scene.clusters[cluster_id].colour.name() == blue
    # keyboard: the focused note's cluster, through the Menu key
    note_id = clusters.members(library, cluster_id)[0]
    board.scene.notes[note_id].setFocus()
    pick_from_menu(["Colour", "Teal"])
    QApplication.sendEvent(
        board.canvas, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), QPoint(5, 5))
    )
    assert clusters.get(library, cluster_id).colour == teal
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert clusters.get(library, cluster_id).colour == old


def toolbar_action(board: BoardWorkspace, text: str) -> QAction:
    return next(a for a in board.toolbar.actions() if a.text().replace("&", "") == text)


def test_toolbar_actions_fire_from_their_keys_while_the_board_has_focus(
    qtbot, board: BoardWorkspace, library: Library, demo: Workshop, shortcut: Callable[[QWidget, str], None]
) -> None:
    board.activateWindow()
    board.canvas.setFocus()
    QApplication.processEvents()
    for text, keys in [("Zoom in", "Ctrl++"), ("Fit all", "Ctrl+Shift+F"), ("Group selection", "Ctrl+G")]:
        action = toolbar_action(board, text)
        assert action.shortcut().toString() == keys
        with qtbot.waitSignal(action.triggered, timeout=1000):
            shortcut(board.canvas, keys)
    scale = board.canvas.scale_now()
    shortcut(board.canvas, "Ctrl++")
    assert board.canvas.scale_now() == pytest.approx(scale * 1.25)
