"""The standalone bundle: start to the first painted library, against the same start from the venv.

Both are fresh processes on the offscreen platform, timed the way ``benchmarks/startup.py`` times the app
(launch to the event loop's first turn after the library table's rows are painted), on one library of 50
workshops, interleaved and alternating which goes first; figures are medians. Target (issue #15): the
bundle ≤ 1.2× the venv. Also printed: the bundle's unpacked size beside the size of PySide6-Essentials'
own installed files (the wheel's contents), which bound what any PySide6 bundle weighs.

Uses ``dist/Ideverkstad`` when it exists (``packaging/build_bundle.py`` makes it), else builds one into a
temporary folder first (about a minute).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from benchmarks.startup import _make_library, _time_to_paint

ROOT = Path(__file__).resolve().parents[1]
RUNS = 9


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def pyside_wheel_mb() -> float:
    total = 0
    for name in ("PySide6-Essentials", "shiboken6"):
        dist = metadata.distribution(name)
        for entry in dist.files or []:
            path = Path(str(dist.locate_file(entry)))
            if path.is_file() and "__pycache__" not in path.parts:
                total += path.stat().st_size
    return total / 1e6


def bundle_folder(scratch: Path) -> Path:
    built = ROOT / "dist" / "Ideverkstad"
    if (built / "ideverkstad").exists():
        return built
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--dist", str(scratch / "dist"),
         "--work", str(scratch / "work")],
        check=True, cwd=ROOT, capture_output=True,
    )
    return scratch / "dist" / "Ideverkstad"


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        bundle = bundle_folder(scratch)
        data_dir = scratch / "share" / "Ideverkstad"
        _make_library(data_dir)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IDEVERKSTAD_QUIT_AFTER_FIRST_PAINT="1")
        env["XDG_CONFIG_HOME"] = str(scratch / "config")
        env["XDG_DATA_HOME"] = str(scratch / "share")
        env.pop("IDEVERKSTAD_DATA_DIR", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
        commands = {
            "venv": [sys.executable, str(ROOT / "main.py"), "--lang", "sv"],
            "bundle": [str(bundle / "ideverkstad"), "--lang", "sv"],
        }
        for command in commands.values():  # warm the file cache; compile the venv's bytecode
            _time_to_paint(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for round_number in range(RUNS):
            order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
            for name in order:
                wall, _cpu = _time_to_paint(commands[name], env)
                times[name].append(wall)
        size = folder_mb(bundle)
    return [
        {
            "name": "Bundle: start to first painted library (50 workshops), median",
            "figure": round(statistics.median(times["bundle"]) * 1000, 1),
            "baseline": round(statistics.median(times["venv"]) * 1000, 1),
            "unit": "ms",
            "target": "≤ 1.2× the same start from the venv",
        },
        {
            "name": "Bundle size unpacked (beside PySide6-Essentials + shiboken6 installed files)",
            "figure": round(size, 1),
            "baseline": round(pyside_wheel_mb(), 1),
            "unit": "MB",
            "target": "≤ 150 MB",
        },
    ]


if __name__ == "__main__":
    for row in run():
        ratio = row["figure"] / row["baseline"]  # type: ignore[operator]
        print(
            f"{row['name']}: {row['figure']} {row['unit']} vs {row['baseline']} {row['unit']} "
            f"(×{ratio:.2f}; target {row['target']})"
        )
