"""Adding one idea through the service layer, committed, in a workshop of 2,000 ideas.

Baseline: a bare sqlite3 INSERT + COMMIT of the same row into a table of the same shape, with the same
pragmas (WAL, synchronous=FULL, foreign_keys=ON), on the same disk, interleaved with the service calls.
Target: p99 ≤ 2× the baseline's p99. The workshop starts at 2,000 ideas and grows by the samples taken.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = 2_000  # p99 = the 20th slowest: a few disk hiccups do not decide it


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def run() -> list[dict[str, object]]:
    sys.path.insert(0, str(ROOT))
    from workshop.services import ideas, workshops
    from workshop.store.library import Library

    with tempfile.TemporaryDirectory() as folder:
        lib = Library.open(Path(folder) / "library.sqlite")
        workshop, _ = workshops.create(lib, "Benchmark", template="innovation-workshop")
        ideas.add_many(lib, workshop.id, [f"Idé nummer {n} om tryggare skolvägar" for n in range(2000)])

        bare = sqlite3.connect(Path(folder) / "bare.sqlite", isolation_level=None)
        bare.execute("PRAGMA journal_mode=WAL")
        bare.execute("PRAGMA synchronous=FULL")
        bare.execute("PRAGMA foreign_keys=ON")
        bare.execute(
            "CREATE TABLE ideas (id TEXT PRIMARY KEY, workshop_id TEXT, text TEXT, description TEXT, "
            "author_id TEXT, question_id TEXT, position INTEGER, created_at TEXT, updated_at TEXT)"
        )
        bare.execute("CREATE INDEX ideas_workshop ON ideas(workshop_id, position)")
        for n in range(2000):
            bare.execute(
                "INSERT INTO ideas VALUES (?, 'w', ?, '', NULL, NULL, ?, 'x', 'x')",
                [str(uuid.uuid4()), f"Idé {n}", n],
            )

        service_times: list[float] = []
        bare_times: list[float] = []
        for n in range(SAMPLES):
            start = time.perf_counter()
            ideas.add(lib, workshop.id, f"Ny idé {n}: cykelbuss på fredagar")
            service_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute(
                "INSERT INTO ideas VALUES (?, 'w', ?, '', NULL, NULL, ?, 'x', 'x')",
                [str(uuid.uuid4()), f"Ny idé {n}: cykelbuss på fredagar", 2000 + n],
            )
            bare.execute("COMMIT")
            bare_times.append(time.perf_counter() - start)
        bare.close()
        lib.close()
    return [
        {
            "name": "Add one idea, committed (2,000 ideas), p99",
            "figure": round(p99(service_times) * 1000, 3),
            "baseline": round(p99(bare_times) * 1000, 3),
            "unit": "ms",
            "target": "≤ 2× bare sqlite3 insert + commit",
        },
        {
            "name": "Add one idea, committed (2,000 ideas), median",
            "figure": round(statistics.median(service_times) * 1000, 3),
            "baseline": round(statistics.median(bare_times) * 1000, 3),
            "unit": "ms",
            "target": "(for reading the p99)",
        },
    ]


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
