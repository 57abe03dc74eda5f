"""Resident memory with 2,000 ideas and the affinity board open, against a bare PySide6 window.

Both are measured in fresh processes: the figure is the app's main window with a workshop of 2,000 ideas
open on its clustering phase (the board workspace, painted once); the baseline is a bare QMainWindow shown
and painted. Resident set size (RSS) after the first paint, median of 3 runs each.
Target: at most 150 MB more than the bare window.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IDEAS = 2000
RUNS = 3
TARGET_EXTRA_MB = 150

BARE = """
import json, psutil
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
window.show()
for _ in range(5):
    app.processEvents()
window.grab()
print(json.dumps({"rss": psutil.Process().memory_info().rss, "what": "bare"}))
"""

APP = """
import json, sys, tempfile
from pathlib import Path
import psutil
from PySide6.QtWidgets import QApplication
from workshop.domain.agenda import PhaseKind
from workshop.domain.language import Language
from workshop.services import agenda, ideas, workshops
from workshop.store.library import Library
from workshop.ui.main_window import MainWindow
from workshop.ui.session import Session
from workshop.ui.settings import AppSettings

count = int(sys.argv[1])
folder = Path(tempfile.mkdtemp())
lib = Library.open(folder / "library.sqlite")
workshop, _ = workshops.create(lib, "Minnesmätning", template="innovation-workshop")
texts = [f"Idé nummer {n}: tryggare skolvägar med fler cykelbanor och bättre belysning" for n in range(count)]
ideas.add_many(lib, workshop.id, texts)
app = QApplication([])
app.setOrganizationName("IdeverkstadBenchmark")
app.setApplicationName("IdeverkstadBenchmark")
session = Session(lib, Language.SV)
window = MainWindow(session, AppSettings())
window.resize(1400, 900)
window.show()
window.open_workshop(workshop.id)
board = next(i for i in agenda.list_agenda(lib, workshop.id) if i.kind == PhaseKind.CLUSTERING)
window.console.select_phase(board.id)
for _ in range(5):
    app.processEvents()
window.grab()
workspace = type(window.console.current_workspace()).__name__
print(json.dumps({"rss": psutil.Process().memory_info().rss, "what": workspace}), flush=True)
# Closed and deleted as the app does on quit (an interpreter left to tear down live widgets may crash).
window.close()
window.deleteLater()
from PySide6.QtCore import QEvent
QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
session.close()
"""


def _measure(code: str, *args: str) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_CONFIG_HOME"] = env.get("XDG_CONFIG_HOME_BENCHMARK", "/tmp/ideverkstad-benchmark-config")
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["rss"] / (1024 * 1024), str(result["what"])


def run() -> list[dict[str, object]]:
    bare = statistics.median(_measure(BARE)[0] for _ in range(RUNS))
    measured = [_measure(APP, str(IDEAS)) for _ in range(RUNS)]
    app = statistics.median(rss for rss, _ in measured)
    workspace = measured[0][1]
    print(
        f"resident memory, {IDEAS:,} ideas with {workspace} open: {app:.0f} MB; "
        f"bare PySide6 window: {bare:.0f} MB (+{app - bare:.0f} MB, target ≤ +{TARGET_EXTRA_MB} MB)"
    )
    return [
        {
            "name": f"Resident memory, {IDEAS:,} ideas, {workspace} open (median of {RUNS})",
            "figure": round(app, 1),
            "baseline": round(bare, 1),
            "unit": "MB (baseline: bare PySide6 window)",
            "target": f"≤ baseline + {TARGET_EXTRA_MB} MB (≤ {bare + TARGET_EXTRA_MB:.0f} MB)",
        }
    ]


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
