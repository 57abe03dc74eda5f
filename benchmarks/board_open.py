"""Opening an affinity board of 2,000 notes, and repainting it at fit-all.

Figures: time from the workshop's id to a built scene (read notes and clusters, one custom-painted item per
note), and one repaint of the whole board at fit-all in a 1600×900 view once the item caches are warm (the
first, cold paint is printed too). Baseline: a bare QGraphicsScene with 2,000 plain rect items (built; and
painted in the same view size). Targets: ≤ 300 ms to a built scene, ≤ 150 ms per repaint at fit-all.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTES = 2000


def make_board(folder: Path, notes: int) -> tuple[object, str]:
    """A library whose workshop has *notes* ideas laid out, a tenth of them in 20 clusters."""
    sys.path.insert(0, str(ROOT))
    from workshop.services import clusters, ideas, workshops
    from workshop.store.library import Library

    lib = Library.open(folder / "library.sqlite")
    workshop, _ = workshops.create(lib, "Benchmark", template="innovation-workshop")
    texts = [
        f"Idé nummer {n}: tryggare skolvägar med fler cykelbanor och bättre belysning" for n in range(notes)
    ]
    made, _ = ideas.add_many(lib, workshop.id, texts)
    clusters.lay_out_new_notes(lib, workshop.id)
    step = max(2, notes // 200)
    for start in range(0, min(notes, 20 * step), step):
        clusters.group(lib, workshop.id, [i.id for i in made[start : start + step // 2]], f"Tema {start}")
    return lib, workshop.id


def paint_ms(view: object) -> float:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)  # type: ignore[attr-defined]
    painter = QPainter(image)
    started = time.perf_counter()
    view.render(painter)  # type: ignore[attr-defined]
    elapsed = (time.perf_counter() - started) * 1000
    painter.end()
    return elapsed


def run() -> list[dict[str, object]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView

    from workshop.domain.language import Language
    from workshop.ui.board.board_canvas import BoardCanvas
    from workshop.ui.board.board_scene import BoardScene
    from workshop.ui.session import Session

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        lib, workshop_id = make_board(Path(folder), NOTES)
        session = Session(lib, Language.SV)  # type: ignore[arg-type]
        started = time.perf_counter()
        scene = BoardScene(session, workshop_id)
        build_ms = (time.perf_counter() - started) * 1000

        started = time.perf_counter()
        bare = QGraphicsScene()
        for n in range(NOTES):
            item = QGraphicsRectItem(0, 0, 168, 104)
            item.setPos((n % 50) * 182, (n // 50) * 118)
            bare.addItem(item)
        bare_build_ms = (time.perf_counter() - started) * 1000

        view = BoardCanvas(scene)
        view.resize(1600, 900)
        view.show()
        app.processEvents()
        view.fit_all()
        cold = paint_ms(view)
        warm = min(paint_ms(view) for _ in range(5))
        bare_view = QGraphicsView(bare)
        bare_view.resize(1600, 900)
        bare_view.show()
        app.processEvents()
        bare_view.fitInView(bare.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        bare_paint = min(paint_ms(bare_view) for _ in range(5))
        print(f"board of {NOTES} notes: built in {build_ms:.0f} ms (bare rect scene {bare_build_ms:.0f} ms)")
        print(
            f"repaint at fit-all: {warm:.0f} ms warm, {cold:.0f} ms cold "
            f"(bare rect scene {bare_paint:.0f} ms)"
        )
        view.close()
        bare_view.close()
        session.close()
    return [
        {
            "name": "board open, 2,000 notes",
            "figure": round(build_ms, 1),
            "baseline": round(bare_build_ms, 1),
            "unit": "ms",
            "target": "≤ 300 ms",
        },
        {
            "name": "board repaint at fit-all",
            "figure": round(warm, 1),
            "baseline": round(bare_paint, 1),
            "unit": "ms",
            "target": "≤ 150 ms",
        },
    ]


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
