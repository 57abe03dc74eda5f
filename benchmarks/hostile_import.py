"""Checking a hostile import file: 200,000 empty ideas (an 800 KB file), target <= 3 s and <= 400 MB.

Such a file must be refused; the figure is how long that takes and how much memory the checking process
holds at its peak. Each side runs in a fresh Python process, so the peak (the child's maximum resident
set) is its own: ours reads and checks the file with ``import_file.read_file``; the bare baseline is
``json.loads`` of the same bytes.

Run: python -m benchmarks.hostile_import
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

IDEAS = 200_000
PROBE = """
import json, resource, sys, time
path = sys.argv[1]
start = time.perf_counter()
if sys.argv[2] == "ours":
    from workshop.export.import_file import read_file
    result = read_file(path)
    assert result.snapshot is None, "the file must be refused"
    told = result.problems[0].describe("en")[:120]
else:
    with open(path, "rb") as handle:
        json.loads(handle.read())
    told = ""
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "told": told}))
"""


def empty_ideas_file(folder: Path, ideas: int = IDEAS) -> Path:
    path = folder / "empty_ideas.json"
    head = b'{"format":"ideverkstad-workshop","format_version":1,"workshop":{"title":"x"},"ideas":['
    path.write_bytes(head + b", ".join([b"{}"] * ideas) + b"]}")
    return path


def measure(path: Path, side: str) -> dict[str, float | str]:
    """Seconds and peak resident MB of a fresh process that reads *path* (imports included in the peak)."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), side], capture_output=True, text=True, check=True
    ).stdout
    figures: dict[str, float | str] = json.loads(out.strip().splitlines()[-1])
    return figures


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        path = empty_ideas_file(Path(folder))
        size_kb = path.stat().st_size / 1024
        ours, base = measure(path, "ours"), measure(path, "json")
    print(f"file: {size_kb:.0f} KB; refused with: {ours['told']}")
    return [
        {
            "name": f"hostile import: {IDEAS:,} empty ideas refused (time)",
            "figure": round(float(ours["seconds"]), 3),
            "baseline": round(float(base["seconds"]), 3),
            "unit": "s",
            "target": "<= 3 s (baseline: json.loads of the same bytes)",
        },
        {
            "name": f"hostile import: {IDEAS:,} empty ideas refused (peak memory)",
            "figure": round(float(ours["peak_mb"])),
            "baseline": round(float(base["peak_mb"])),
            "unit": "MB",
            "target": "<= 400 MB (baseline: a bare Python process running json.loads)",
        },
    ]


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
