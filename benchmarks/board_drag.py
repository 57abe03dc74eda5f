"""Cost of one mouse move while dragging one note, on a board of 2,000 notes against one of 200.

Each move is a real mouse-move event on the view's viewport followed by the repaint it causes. The figure
is the median cost per move at 2,000 notes; the baseline is the same at 200 notes. Target: ≤ 1.5× baseline.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOVES = 120


def per_move_ms(notes: int) -> float:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.board_open import make_board
    from workshop.domain.language import Language
    from workshop.ui.board.board_canvas import BoardCanvas
    from workshop.ui.board.board_scene import BoardScene
    from workshop.ui.session import Session

    app = QApplication.instance()
    with tempfile.TemporaryDirectory() as folder:
        lib, workshop_id = make_board(Path(folder), notes)
        session = Session(lib, Language.SV)  # type: ignore[arg-type]
        scene = BoardScene(session, workshop_id)
        view = BoardCanvas(scene)
        view.resize(1400, 900)
        view.show()
        view.resetTransform()
        app.processEvents()  # type: ignore[union-attr]
        note = min(scene.notes.values(), key=lambda n: (n.y(), n.x()))
        view.centerOn(note)
        app.processEvents()  # type: ignore[union-attr]
        start = view.mapFromScene(note.sceneBoundingRect().center())
        viewport = view.viewport()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        costs = []
        for step in range(1, MOVES + 1):
            point = start + QPoint((step % 40) * 3, (step % 25) * 2)
            began = time.perf_counter()
            QTest.mouseMove(viewport, point)
            viewport.repaint()
            costs.append((time.perf_counter() - began) * 1000)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        view.close()
        session.close()
    return statistics.median(costs[10:])


def run() -> list[dict[str, object]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    small = per_move_ms(200)
    big = per_move_ms(2000)
    print(
        f"one mouse move while dragging a note: {big:.2f} ms at 2,000 notes, {small:.2f} ms at 200 notes "
        f"({big / small:.2f}×)"
    )
    return [
        {
            "name": "drag: cost per mouse move, 2,000 notes",
            "figure": round(big, 3),
            "baseline": round(small, 3),
            "unit": "ms (baseline: 200 notes)",
            "target": "≤ 1.5× baseline",
        },
    ]


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
