"""The board keeps its view per workshop: zoom and scroll are where the facilitator left them when the
workshop is opened again, and another workshop's board is not shown at that view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop.domain.workshop import Workshop
from workshop.services import ideas, workshops
from workshop.store.library import Library
from workshop.ui.phases.board_workspace import BoardWorkspace
from workshop.ui.session import Session


def open_board(qtbot, session: Session, workshop_id: str) -> BoardWorkspace:
    workspace = BoardWorkspace(session, workshop_id)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    qtbot.waitUntil(lambda: workspace.view_shown)
    return workspace


def centre(workspace: BoardWorkspace) -> QPointF:
    canvas = workspace.canvas
    return canvas.mapToScene(canvas.viewport().rect().center())


def test_reopening_a_workshop_shows_its_board_zoomed_and_scrolled_as_it_was_left(
    qtbot, session: Session, demo: Workshop
) -> None:
    board = open_board(qtbot, session, demo.id)
    board.canvas.setFocus()
    for _ in range(3):
        QTest.keyClick(board.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    board.canvas.centerOn(QPointF(900, 420))
    left_at, scale = centre(board), board.canvas.scale_now()
    board.close()  # the console closes, or another workshop is opened
    QApplication.processEvents()

    again = open_board(qtbot, session, demo.id)
    assert again.canvas.scale_now() == pytest.approx(scale, rel=1e-3)
    assert centre(again).x() == pytest.approx(left_at.x(), abs=3)
    assert centre(again).y() == pytest.approx(left_at.y(), abs=3)


def test_another_workshops_board_is_fitted_not_shown_at_this_ones_view(
    qtbot, session: Session, library: Library, demo: Workshop
) -> None:
    board = open_board(qtbot, session, demo.id)
    fitted_scale = board.canvas.scale_now()
    board.canvas.zoom(3.0)
    board.close()
    QApplication.processEvents()
    other, _ = workshops.create(library, "Ett annat")
    ideas.add_many(library, other.id, ["Fler bänkar i parken", "Läxhjälp på biblioteket"])
    second = open_board(qtbot, session, other.id)
    assert second.canvas.scale_now() != pytest.approx(fitted_scale * 3.0, rel=1e-3)
    again = open_board(qtbot, session, demo.id)
    assert again.canvas.scale_now() == pytest.approx(fitted_scale * 3.0, rel=1e-3)
