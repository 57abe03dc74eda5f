"""Run every benchmark of the project and print one table: ``python -m benchmarks [NAME ...]``.

A benchmark is any module in this folder with a ``run() -> list[dict]`` function whose rows hold ``name``,
``figure``, ``baseline``, ``unit`` and ``target``. Each module runs in a fresh Python process, so memory
figures and Qt state of one never colour another, and one that fails is reported without stopping the rest.
Options: ``--markdown`` prints the table as Markdown (for the README), ``--json FILE`` saves the rows.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.table import render, table_rows

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARKER = "@@BENCHMARK-ROWS@@"
CHILD = f"""
import importlib, json, sys
rows = importlib.import_module("benchmarks." + sys.argv[1]).run()
print({MARKER!r} + json.dumps(rows, ensure_ascii=False, default=str), flush=True)
"""


def discover() -> list[str]:
    """Modules in benchmarks/ that define a top-level ``def run(``, in name order."""
    found = []
    for path in sorted(HERE.glob("*.py")):
        if path.name.startswith("_"):
            continue
        if "\ndef run(" in path.read_text(encoding="utf-8"):
            found.append(path.stem)
    return found


def run_one(name: str, timeout: float) -> tuple[list[dict[str, Any]], str]:
    """The rows of one benchmark module, or ([], why it failed)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, name],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return [], f"timed out after {timeout:.0f} s"
    for line in done.stdout.splitlines():
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER) :]), ""
    tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
    return [], f"failed (exit {done.returncode}): {tail}"


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info = {
        "cpu": cpu,
        "cores": str(os.cpu_count() or "?"),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }
    try:
        import sqlite3

        import PySide6
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
        info["sqlite"] = sqlite3.sqlite_version
    except ImportError:
        info["qt"] = "not installed"
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these benchmark modules (default: all)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--json", metavar="FILE", help="also save the rows and the machine as JSON")
    parser.add_argument("--timeout", type=float, default=600, help="seconds allowed per module")
    args = parser.parse_args(argv)
    names = args.names or discover()
    results: list[tuple[str, dict[str, Any]]] = []
    failures: list[str] = []
    for name in names:
        print(f"… {name}", file=sys.stderr, flush=True)
        rows, problem = run_one(name, args.timeout)
        if problem:
            failures.append(f"{name}: {problem}")
        results.extend((name, row) for row in rows)
    info = machine()
    print()
    print(render(table_rows(results), markdown=args.markdown))
    print()
    print("Machine: " + ", ".join(f"{key} {value}" for key, value in info.items()))
    for failure in failures:
        print(f"NOT MEASURED — {failure}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"machine": info, "rows": [row for _, row in results], "failures": failures}, indent=2
            ),
            encoding="utf-8",
        )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
