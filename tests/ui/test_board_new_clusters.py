"""New clusters on a real board, made the three ways a facilitator makes them (a note dropped on a note,
accepted suggestions, Ctrl+G): each lands in free space, covers no other note, and one undo puts back
everything it moved. Checked in the store and in what the scene shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt, QThreadPool
from PySide6.QtTest import QTest

from workshop.domain.board_layout import Frame, NotePlace
from workshop.domain.board_space import Board, overlapping_notes, problems
from workshop.domain.workshop import Workshop
from workshop.services import clusters, ideas, workshops
from workshop.store.library import Library
from workshop.ui.phases.board_workspace import BoardWorkspace
from workshop.ui.session import Session

IDEAS = [
    "Fler bänkar i parken",
    "Bänkar vid lekplatsen i parken",
    "Bättre belysning på cykelvägen",
    "Mer belysning i parken på kvällen",
    "Cykelparkering vid skolan",
    "Säkrare cykelvägar till skolan",
    "Promenadgrupp för seniorer",
    "Promenader med hund i grupp",
    "Plantera fruktträd längs staketet",
    "Plantera fruktträd vid staketet",
    "Läxhjälp på biblioteket",
    "Biblioteket öppet på kvällen",
    "Farthinder vid skolan",
    "Övergångsställe vid skolan",
    "Läxhjälp för nyanlända på biblioteket",
    "Cykelkurs för vuxna",
    "Belysning vid busshållplatsen",
]


@pytest.fixture
def fresh(library: Library) -> Workshop:
    """A workshop from scratch with 17 ideas, as in the issue's reproduction."""
    workshop, _ = workshops.create(library, "Parken", language="sv")
    ideas.add_many(library, workshop.id, IDEAS)
    return workshop


@pytest.fixture
def board(qtbot, session: Session, fresh: Workshop) -> BoardWorkspace:
    workspace = BoardWorkspace(session, fresh.id)
    qtbot.addWidget(workspace)
    workspace.resize(1400, 900)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.scene.store_new_places()
    workspace.canvas.resetTransform()
    return workspace


def drag(board: BoardWorkspace, start: QPointF, end: QPointF, steps: int = 6) -> None:
    viewport = board.canvas.viewport()
    a, b = board.canvas.mapFromScene(start), board.canvas.mapFromScene(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, steps + 1):
        QTest.mouseMove(viewport, a + (b - a) * step / steps)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def shown(board: BoardWorkspace) -> Board:
    """The board as the scene shows it (so a test sees what the facilitator sees, not only the store)."""
    frames = {
        cid: Frame(item.x(), item.y(), item.rect.width(), item.rect.height())
        for cid, item in board.scene.clusters.items()
    }
    notes = {
        nid: NotePlace(nid, item.cluster_id, item.x(), item.y()) for nid, item in board.scene.notes.items()
    }
    return Board(frames, notes)


def test_a_note_dropped_on_a_note_in_a_row_makes_a_cluster_that_covers_no_neighbour(
    board: BoardWorkspace, library: Library, fresh: Workshop, session: Session
) -> None:
    before = clusters.board_state(library, fresh.id)
    row = sorted(before.notes.values(), key=lambda n: (n.y, n.x))
    target, moved = row[4], row[8]  # in the middle of the first row: neighbours on both sides
    centre = board.scene.notes[target.idea_id].sceneBoundingRect().center()
    board.canvas.centerOn(centre)
    drag(board, board.scene.notes[moved.idea_id].sceneBoundingRect().center(), centre)
    after = clusters.board_state(library, fresh.id)
    a, b = after.notes[target.idea_id], after.notes[moved.idea_id]
    assert a.cluster_id is not None
    assert a.cluster_id == b.cluster_id
    assert overlapping_notes(after, {a.idea_id, b.idea_id}) == []  # both visible, side by side
    assert problems(after) == []  # the frame covers no other note
    assert problems(shown(board)) == []
    assert overlapping_notes(shown(board), {a.idea_id, b.idea_id}) == []
    for other in row:
        if other.idea_id not in (a.idea_id, b.idea_id):
            assert after.notes[other.idea_id] == before.notes[other.idea_id]  # nobody else was moved
    session.undo_stack.undo()
    assert clusters.board_state(library, fresh.id) == before


def test_accepting_three_suggestions_piles_no_cluster_on_another(
    qtbot, board: BoardWorkspace, library: Library, fresh: Workshop, session: Session
) -> None:
    before = clusters.board_state(library, fresh.id)
    panel = board.suggestions
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        QTest.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    QThreadPool.globalInstance().waitForDone()
    assert panel.list.count() >= 3
    for _ in range(3):
        QTest.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    after = clusters.board_state(library, fresh.id)
    assert len(after.frames) == 3
    assert len({(f.x, f.y) for f in after.frames.values()}) == 3
    assert problems(after) == []
    assert overlapping_notes(after) == []
    assert problems(shown(board)) == []
    for _ in range(3):
        session.undo_stack.undo()
    assert clusters.board_state(library, fresh.id) == before
    for _ in range(3):
        session.undo_stack.redo()
    assert clusters.board_state(library, fresh.id) == after  # redo lays them out the same way again


def test_ctrl_g_on_notes_with_neighbours_puts_the_new_frame_where_it_covers_none(
    board: BoardWorkspace, library: Library, fresh: Workshop
) -> None:
    row = sorted(clusters.board_state(library, fresh.id).notes.values(), key=lambda n: (n.y, n.x))
    for note in (row[2], row[3], row[12]):  # two in the first row, one in the second
        board.scene.notes[note.idea_id].setSelected(True)
    board.canvas.setFocus()
    QTest.keyClick(board.canvas, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    after = clusters.board_state(library, fresh.id)
    assert len(after.frames) == 1
    assert problems(after) == []
    assert overlapping_notes(after) == []


def test_a_loose_note_dropped_half_over_a_frame_is_put_beside_it_not_under_it(
    board: BoardWorkspace, library: Library, fresh: Workshop, session: Session
) -> None:
    row = sorted(clusters.board_state(library, fresh.id).notes.values(), key=lambda n: (n.y, n.x))
    clusters_made = session.run(clusters.group, fresh.id, [row[0].idea_id, row[1].idea_id])
    frame = board.scene.clusters[clusters_made.id]
    note = board.scene.notes[row[15].idea_id]
    board.canvas.centerOn(frame.sceneBoundingRect().center())
    start = note.sceneBoundingRect().center()
    # The note's centre just outside the frame's right edge: its left half would lie over the frame.
    end = QPointF(frame.sceneBoundingRect().right() + 10, frame.sceneBoundingRect().center().y())
    drag(board, start, end)
    after = clusters.board_state(library, fresh.id)
    assert after.notes[row[15].idea_id].cluster_id is None
    assert problems(after) == []
    assert problems(shown(board)) == []


def two_clusters(session: Session, library: Library, fresh: Workshop) -> tuple[str, str]:
    row = sorted(clusters.board_state(library, fresh.id).notes.values(), key=lambda n: (n.y, n.x))
    first = session.run(clusters.group, fresh.id, [row[0].idea_id, row[1].idea_id], "Ett")
    second = session.run(clusters.group, fresh.id, [row[2].idea_id, row[3].idea_id], "Två")
    return first.id, second.id


def test_a_frame_dragged_onto_another_settles_beside_it_and_undo_puts_it_back(
    board: BoardWorkspace, library: Library, fresh: Workshop, session: Session
) -> None:
    first, second = two_clusters(session, library, fresh)
    before = clusters.board_state(library, fresh.id)
    dragged, target = board.scene.clusters[second], board.scene.clusters[first]
    grip = dragged.mapToScene(QPointF(30, 12))  # its title bar
    board.canvas.centerOn(target.sceneBoundingRect().center())
    drag(board, grip, target.mapToScene(QPointF(60, 30)))
    after = clusters.board_state(library, fresh.id)
    assert after.frames[second] != before.frames[second]  # it did move
    assert problems(after) == []  # but not onto the other
    assert problems(shown(board)) == []
    session.undo_stack.undo()
    assert clusters.board_state(library, fresh.id) == before


def test_a_frame_resized_over_its_neighbour_pushes_it_aside_and_undo_brings_both_back(
    board: BoardWorkspace, library: Library, fresh: Workshop, session: Session
) -> None:
    first, second = two_clusters(session, library, fresh)
    before = clusters.board_state(library, fresh.id)
    a, b = before.frames[first], before.frames[second]
    grower = first if a.y <= b.y else second
    item = board.scene.clusters[grower]
    corner = item.mapToScene(item.grip_rect().center())
    board.canvas.centerOn(corner)
    drag(board, corner, corner + QPointF(300, 300))
    after = clusters.board_state(library, fresh.id)
    assert after.frames[grower].width == pytest.approx(before.frames[grower].width + 300, abs=2)
    assert problems(after) == []
    assert problems(shown(board)) == []
    session.undo_stack.undo()
    assert clusters.board_state(library, fresh.id) == before
