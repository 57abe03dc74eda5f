"""Exchange file export + import of a 2,000-idea workshop, target <= 1 s and <= 5x plain json.

The figure: snapshot → document → bytes, then bytes → parse → schema check → domain checks → one
transaction into an empty library. The bare baseline is json.dumps + json.loads of the same document,
measured in the same run.

Run: python -m benchmarks.exchange_roundtrip
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks._big_workshop import big_workshop
from workshop.export import exchange
from workshop.export.import_file import read_bytes
from workshop.services.import_workshop import import_snapshot
from workshop.store.library import Library

IDEAS = 2_000
REPEATS = 15  # medians of 15: the ~15 ms baseline alone varies by a few ms run to run


def run() -> list[dict]:
    snapshot = big_workshop(IDEAS)
    ours, base = [], []
    with tempfile.TemporaryDirectory() as folder:
        for repeat in range(REPEATS):
            with Library.open(Path(folder) / f"lib{repeat}.sqlite") as lib:
                start = time.perf_counter()
                data = exchange.to_bytes(exchange.to_document(snapshot))
                result = read_bytes(data)
                assert result.snapshot is not None, result.problems[:3]
                import_snapshot(lib, result.snapshot)
                ours.append(time.perf_counter() - start)
            document = exchange.to_document(snapshot)
            start = time.perf_counter()
            json.loads(json.dumps(document, ensure_ascii=False))
            base.append(time.perf_counter() - start)
    figure, baseline = statistics.median(ours), statistics.median(base)
    return [
        {
            "name": f"exchange file: export + import {IDEAS} ideas",
            "figure": round(figure, 3),
            "baseline": round(baseline, 3),
            "unit": "s",
            "target": f"<= 1 s and <= 5x baseline (now {figure / baseline:.1f}x)",
        }
    ]


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table(run())
