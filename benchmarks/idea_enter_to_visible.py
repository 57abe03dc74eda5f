"""Enter-to-visible for a new idea in a workshop of 2,000 ideas: console list and shared screen updated.

Each sample types an idea into the capture line, presses Enter (a real key event) and lets Qt do what it
would do before the next frame (``processEvents``: deferred layouts and every paint it scheduled). The clock
stops when the idea is a row in the console's list and in the shared screen's list and both lists have
painted (a paint spy on both viewports checks that each sample really repainted them, the console's over
the new row). The baseline is the bare service call (``ideas.add``, one committed transaction) on the same
library in the same run. Target: ≤ 16 ms p99 (one frame at 60 Hz).

Two set-ups are measured:

* **ideas phase**: the idea workspace and the shared screen showing the ideas phase (the figure the target
  is for);
* **every phase opened**: the whole console after the facilitator has clicked through every phase once, so
  every workspace and shared-screen view made on first use (board, voting, action plan…) is alive and
  follows the same change. Fewer samples: it shows what other views cost during idea capture.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IDEAS = 2_000
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "200"))
FULL_SAMPLES = int(os.environ.get("BENCH_FULL_SAMPLES", "20"))
WARMUP = 10


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def _paint_spy(*viewports: Any) -> Any:
    """An event filter recording the painted region of each viewport, to prove each sample repainted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QRegion

    class PaintSpy(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: dict[Any, QRegion] = {}

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                region = self.painted.get(watched, QRegion())
                self.painted[watched] = region.united(event.region())  # type: ignore[attr-defined]
            return False

    spy = PaintSpy()
    for viewport in viewports:
        viewport.installEventFilter(spy)
    return spy


def _type_ideas(app: Any, console: Any, shown: Any, samples: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    line = console.capture.line
    table_viewport, list_viewport = console.table.viewport(), shown.list.viewport()
    spy = _paint_spy(table_viewport, list_viewport)
    enter_ms: list[float] = []
    for n in range(samples + WARMUP):
        text = f"New idea {n}, typed at the speed people speak"
        line.setText(text)
        app.processEvents()
        before = console.model.rowCount()
        spy.painted.clear()
        began = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        app.processEvents()
        took = (time.perf_counter() - began) * 1000
        assert console.model.rowCount() == before + 1
        assert shown.shown_texts()[-1] == text
        new_row = console.proxy.mapFromSource(console.model.index(before, 0))
        assert spy.painted[table_viewport].intersects(console.table.visualRect(new_row)), (
            "console not painted"
        )
        assert not spy.painted[list_viewport].isEmpty(), "shared screen not painted"
        if n >= WARMUP:
            enter_ms.append(took)
    return enter_ms


def _bare_service(lib: Any, workshop_id: str, samples: int) -> list[float]:
    from workshop.services import ideas

    service_ms: list[float] = []
    for n in range(samples + WARMUP):
        began = time.perf_counter()
        ideas.add(lib, workshop_id, f"Bare service idea {n}")
        took = (time.perf_counter() - began) * 1000
        if n >= WARMUP:
            service_ms.append(took)
    return service_ms


def measure_ideas_phase() -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from workshop.domain.agenda import PhaseKind
    from workshop.domain.language import Language
    from workshop.services import agenda, ideas, workshops
    from workshop.store.library import Library
    from workshop.ui.phases.ideas_workspace import IdeasWorkspace
    from workshop.ui.presenter.ideas_view import IdeasView
    from workshop.ui.presenter.presenter_window import PresenterWindow
    from workshop.ui.session import Session

    app = QApplication.instance()
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        lib = Library.open(Path(folder) / "library.sqlite")
        workshop, _ = workshops.create(lib, "Benchmark", template="innovation-workshop", language="en")
        ideas.add_many(lib, workshop.id, [f"Existing idea number {n}" for n in range(IDEAS)])
        session = Session(lib, Language.EN)
        console = IdeasWorkspace(session, workshop.id)
        console.resize(1280, 800)
        console.show()
        presenter = PresenterWindow(session, workshop.id)
        presenter.ticker.stop()
        presenter.preview_phase(
            next(i.id for i in agenda.list_agenda(lib, workshop.id) if i.kind == PhaseKind.IDEAS)
        )
        presenter.resize(1280, 720)
        presenter.show()
        shown = presenter.current_view()
        assert isinstance(shown, IdeasView)
        app.processEvents()
        enter_ms = _type_ideas(app, console, shown, SAMPLES)
        service_ms = _bare_service(lib, workshop.id, SAMPLES)
        presenter.close()
        console.close()
        session.close()
    return enter_ms, service_ms


def measure_every_phase_opened() -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from workshop.domain.agenda import PhaseKind
    from workshop.domain.language import Language
    from workshop.services import agenda, demo, ideas
    from workshop.store.library import Library
    from workshop.ui.console.console_page import ConsolePage
    from workshop.ui.library.library_page import LibraryPage
    from workshop.ui.phases.ideas_workspace import IdeasWorkspace
    from workshop.ui.presenter.ideas_view import IdeasView
    from workshop.ui.presenter.presenter_window import PresenterWindow
    from workshop.ui.session import Session

    app = QApplication.instance()
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        lib = Library.open(Path(folder) / "library.sqlite")
        workshop, _ = demo.create_demo(lib)
        ideas.add_many(lib, workshop.id, [f"Existing idea number {n}" for n in range(IDEAS)])
        session = Session(lib, Language.EN)
        library_page = LibraryPage(session)
        console = ConsolePage(session, workshop.id)
        console.resize(1280, 800)
        console.show()
        presenter = PresenterWindow(session, workshop.id)
        presenter.ticker.stop()
        presenter.resize(1280, 720)
        presenter.show()
        console.phase_selected.connect(presenter.preview_phase)
        for row in range(console.phase_list.count()):  # the facilitator clicks through every phase once
            console.phase_list.setCurrentRow(row)
            app.processEvents()
        ideas_phase = next(i.id for i in agenda.list_agenda(lib, workshop.id) if i.kind == PhaseKind.IDEAS)
        console.select_phase(ideas_phase)
        app.processEvents()
        workspace, shown = console.current_workspace(), presenter.current_view()
        assert isinstance(workspace, IdeasWorkspace)
        assert isinstance(shown, IdeasView)
        enter_ms = _type_ideas(app, workspace, shown, FULL_SAMPLES)
        service_ms = _bare_service(lib, workshop.id, FULL_SAMPLES)
        presenter.close()
        console.close()
        library_page.close()
        session.close()
    return enter_ms, service_ms


def _row(name: str, enter_ms: list[float], service_ms: list[float]) -> dict[str, object]:
    figure, baseline = p99(enter_ms), p99(service_ms)
    print(
        f"{name}: p99 {figure:.2f} ms, median {statistics.median(enter_ms):.2f} ms "
        f"({len(enter_ms)} samples); bare ideas.add: p99 {baseline:.2f} ms, "
        f"median {statistics.median(service_ms):.2f} ms; target ≤ 16 ms p99"
    )
    return {
        "name": name,
        "figure": round(figure, 3),
        "baseline": round(baseline, 3),
        "unit": "ms (baseline: bare ideas.add)",
        "target": "≤ 16 ms p99",
    }


def run() -> list[dict[str, object]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    rows = [_row("idea: Enter to visible (console + presenter), 2,000 ideas, p99", *measure_ideas_phase())]
    if FULL_SAMPLES > 0:
        rows.append(
            _row(
                "idea: Enter to visible, 2,000 ideas, every phase opened once, p99",
                *measure_every_phase_opened(),
            )
        )
    return rows


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
