"""The affinity board driven like a facilitator does: real mouse drags and keys, checked in the model."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from workshop.domain.workshop import Workshop
from workshop.services import clusters, duplicates, ideas
from workshop.store.library import Library
from workshop.ui.board.note_item import NoteItem
from workshop.ui.phases.board_workspace import BoardWorkspace
from workshop.ui.presenter.board_view import BoardView
from workshop.ui.session import Session


@pytest.fixture
def board(qtbot, session: Session, demo: Workshop) -> BoardWorkspace:
    workspace = BoardWorkspace(session, demo.id)
    qtbot.addWidget(workspace)
    workspace.resize(1400, 900)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.canvas.resetTransform()
    workspace.canvas.centerOn(600, 500)
    return workspace


def screen_point(board: BoardWorkspace, scene_point: QPointF) -> QPoint:
    return board.canvas.mapFromScene(scene_point)


def drag(board: BoardWorkspace, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """A real drag: press, several moves, release on the view's viewport."""
    viewport = board.canvas.viewport()
    a, b = screen_point(board, start), screen_point(board, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, steps + 1):
        point = a + (b - a) * step / steps
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def loose_ids(library: Library, demo: Workshop) -> list[str]:
    return [i.id for i in clusters.notes_on_board(library, demo.id) if i.cluster_id is None]


def note_middle(board: BoardWorkspace, idea_id: str) -> QPointF:
    return board.scene.notes[idea_id].sceneBoundingRect().center()


def test_dragging_a_loose_note_into_a_cluster_puts_it_there_and_undo_takes_it_out(
    board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    target = clusters.list_clusters(library, demo.id)[3]  # "Bilfritt vid skolan", a gap in its grid
    note_id = loose_ids(library, demo)[0]
    board.canvas.centerOn(note_middle(board, note_id))
    free_spot = QPointF(target.x + target.width - 100, target.y + target.height - 60)
    board.canvas.centerOn((note_middle(board, note_id) + free_spot) / 2)
    drag(board, note_middle(board, note_id), free_spot)
    assert note_id in clusters.members(library, target.id)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert note_id not in clusters.members(library, target.id)
    assert board.scene.notes[note_id].cluster_id is None


def test_dragging_a_note_out_of_a_cluster_leaves_it_loose(
    board: BoardWorkspace, library: Library, demo: Workshop
) -> None:
    cluster = clusters.list_clusters(library, demo.id)[3]
    note_id = clusters.members(library, cluster.id)[0]
    start = note_middle(board, note_id)
    outside = QPointF(cluster.x + 100, cluster.y + cluster.height + 45)
    board.canvas.centerOn((start + outside) / 2)
    drag(board, start, outside)
    assert note_id not in clusters.members(library, cluster.id)
    assert clusters.places(library, [note_id])[0].cluster_id is None


def test_dropping_a_note_on_another_loose_note_makes_a_new_cluster(
    board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    first, second = loose_ids(library, demo)[:2]
    before = len(clusters.list_clusters(library, demo.id))
    board.canvas.centerOn(note_middle(board, first))
    drag(board, note_middle(board, second), note_middle(board, first))
    found = clusters.list_clusters(library, demo.id)
    assert len(found) == before + 1
    new = next(c for c in found if set(clusters.members(library, c.id)) == {first, second})
    assert board.scene.clusters[new.id] is not None
    session.undo_stack.undo()
    assert len(clusters.list_clusters(library, demo.id)) == before
    assert {first, second} <= set(loose_ids(library, demo))


def test_rubber_band_selects_many_and_one_drag_moves_them_as_one_undo_step(
    board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    loose = loose_ids(library, demo)
    rect = board.scene.notes[loose[0]].sceneBoundingRect()
    for idea_id in loose[1:]:
        rect = rect.united(board.scene.notes[idea_id].sceneBoundingRect())
    board.canvas.centerOn(rect.center() + QPointF(0, 100))
    drag(board, rect.topLeft() - QPointF(10, 10), rect.bottomRight() + QPointF(10, 10))
    selected = {i.idea_id for i in board.scene.selectedItems() if isinstance(i, NoteItem)}
    assert selected == set(loose)
    before = clusters.places(library, loose)
    start = note_middle(board, loose[0])
    drag(board, start, start + QPointF(0, 150))
    after = clusters.places(library, loose)
    assert all(b.y + 150 == pytest.approx(a.y, abs=2) for a, b in zip(after, before, strict=True))
    assert session.undo_stack.count() == 1  # the rubber band is no step; the drag is one
    session.undo_stack.undo()
    assert clusters.places(library, loose) == before


def test_ctrl_g_groups_the_selection_and_deleting_the_cluster_is_one_undo_step(
    qtbot, board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    loose = loose_ids(library, demo)
    for idea_id in loose:
        board.scene.notes[idea_id].setSelected(True)
    board.canvas.setFocus()
    QTest.keyClick(board.canvas, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    cluster_id = clusters.places(library, loose)[0].cluster_id
    assert cluster_id is not None
    assert set(clusters.members(library, cluster_id)) == set(loose)
    board.scene.clearSelection()
    board.scene.clusters[cluster_id].setSelected(True)
    QTest.keyClick(board.canvas, Qt.Key.Key_Delete)
    assert cluster_id not in {c.id for c in clusters.list_clusters(library, demo.id)}
    assert set(loose) <= set(loose_ids(library, demo))
    session.undo_stack.undo()
    assert set(clusters.members(library, cluster_id)) == set(loose)
    session.undo_stack.undo()
    assert set(loose) <= set(loose_ids(library, demo))


def test_keyboard_moves_focus_between_notes_and_ctrl_number_moves_the_note_into_that_cluster(
    board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    board.canvas.setFocus()
    QTest.keyClick(board.canvas, Qt.Key.Key_Down)
    first = board.canvas.focused_note()
    assert first is not None
    QTest.keyClick(board.canvas, Qt.Key.Key_Right)
    second = board.canvas.focused_note()
    assert second is not None
    assert second is not first
    assert second.x() > first.x()
    loose = loose_ids(library, demo)[0]
    board.scene.notes[loose].setFocus()
    QTest.keyClick(board.canvas, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    second_cluster = board.canvas.ordered_clusters()[1].cluster_id
    assert loose in clusters.members(library, second_cluster)
    frame = clusters.frame_of(clusters.get(library, second_cluster))
    place = clusters.places(library, [loose])[0]
    assert frame.contains(place.x, place.y)
    session.undo_stack.undo()
    assert loose not in clusters.members(library, second_cluster)


def test_f2_renames_a_cluster_in_place_with_swedish_letters_and_undo_brings_the_old_name_back(
    board: BoardWorkspace,
    library: Library,
    demo: Workshop,
    session: Session,
    type_text: Callable[[QWidget, str], None],
) -> None:
    cluster = clusters.list_clusters(library, demo.id)[0]
    board.scene.clusters[cluster.id].setSelected(True)
    board.canvas.setFocus()
    QTest.keyClick(board.canvas, Qt.Key.Key_F2)
    editor = board.canvas.title_editor
    assert editor.isVisible()
    editor.clear()
    type_text(editor, "Gå, cykla och åk tillsammans")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert clusters.get(library, cluster.id).title == "Gå, cykla och åk tillsammans"
    session.undo_stack.undo()
    assert clusters.get(library, cluster.id).title == cluster.title


def test_tidy_and_its_undo(board: BoardWorkspace, library: Library, demo: Workshop, session: Session) -> None:
    cluster = clusters.list_clusters(library, demo.id)[0]
    inside = clusters.members(library, cluster.id)
    note = board.scene.notes[inside[0]]
    start = note.sceneBoundingRect().center()
    board.canvas.centerOn(start)
    drag(board, start, start + QPointF(25, 12))
    moved = clusters.places(library, inside)
    note.setFocus()
    board.canvas.setFocus()
    board.scene.setFocusItem(note)
    QTest.keyClick(board.canvas, Qt.Key.Key_T)
    tidied = clusters.places(library, inside)
    assert tidied != moved
    session.undo_stack.undo()
    assert clusters.places(library, inside) == moved


def test_accepting_a_suggestion_groups_its_notes_and_rejecting_moves_nothing(
    qtbot, board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    extra = ["Skolbuss med el för barnen i Hagsätra", "Elektrisk skolbuss som hämtar barnen"]
    ideas.add_many(library, demo.id, extra)
    board.scene.reload()
    panel = board.suggestions
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        QTest.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    QThreadPool.globalInstance().waitForDone()
    assert panel.list.count() >= 1
    before = clusters.places(library, loose_ids(library, demo))
    count = panel.list.count()
    QTest.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == count - 1
    assert clusters.places(library, [p.idea_id for p in before]) == before
    if panel.list.count():
        proposal = panel.current()
        assert proposal is not None
        QTest.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
        grouped = clusters.places(library, list(proposal.idea_ids))
        assert len({p.cluster_id for p in grouped}) == 1
        assert grouped[0].cluster_id is not None


def test_merging_duplicates_from_the_panel_hides_the_note_marks_the_kept_one_and_undoes(
    board: BoardWorkspace, library: Library, demo: Workshop, session: Session
) -> None:
    (kept, other), _ = ideas.add_many(
        library, demo.id, ["Fler cykelställ vid skolan", "fler cykelställ vid skolan"]
    )
    board.scene.reload()
    panel = board.duplicates
    QTest.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    assert panel.pairs.count() == 1
    QTest.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert duplicates.merged_into_map(library, demo.id) == {other.id: kept.id}
    assert other.id not in board.scene.notes
    assert board.scene.notes[kept.id].merged == 1
    assert panel.merged.count() == 1
    session.undo_stack.undo()
    assert duplicates.merged_into_map(library, demo.id) == {}
    assert other.id in board.scene.notes
    assert board.scene.notes[kept.id].merged == 0


def test_the_presenter_view_shares_the_scene_and_is_read_only(
    qtbot, board: BoardWorkspace, session: Session, demo: Workshop, library: Library
) -> None:
    view = BoardView(session, demo.id)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    assert view.scene is board.scene
    assert not view.view.isInteractive()
    note_id = loose_ids(library, demo)[0]
    start = board.scene.notes[note_id].pos()
    middle = view.view.mapFromScene(board.scene.notes[note_id].sceneBoundingRect().center())
    QTest.mousePress(view.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(view.view.viewport(), middle + QPoint(80, 80))
    QTest.mouseRelease(
        view.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle
    )
    assert board.scene.notes[note_id].pos() == start
    assert session.undo_stack.count() == 0
    QApplication.processEvents()


def test_the_first_view_of_a_board_is_readable(qtbot, session: Session, demo: Workshop) -> None:
    from workshop.ui.board.board_canvas import READABLE_SCALE

    workspace = BoardWorkspace(session, demo.id)
    qtbot.addWidget(workspace)
    workspace.resize(900, 600)  # too small to show all 45 notes with their text
    workspace.show()
    qtbot.waitUntil(lambda: workspace.canvas.scale_now() >= READABLE_SCALE - 1e-6)
    workspace.canvas.fit_all()  # "fit all" still shows everything, smaller
    assert workspace.canvas.scale_now() < READABLE_SCALE
