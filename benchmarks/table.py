"""Format benchmark rows as one table (plain or Markdown): figure, bare baseline, ratio, unit, target."""

from __future__ import annotations

from typing import Any


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _format(value: Any) -> str:
    number = _number(value)
    if number is None:
        return str(value)
    return f"{number:,.0f}" if abs(number) >= 100 else f"{number:.3g}"


def table_rows(results: list[tuple[str, dict[str, Any]]]) -> list[list[str]]:
    rows = []
    for module, row in results:
        figure, baseline = _number(row.get("figure")), _number(row.get("baseline"))
        ratio = f"{figure / baseline:.2f}×" if figure is not None and baseline else "–"
        rows.append(
            [
                str(row.get("name", module)),
                _format(row.get("figure", "")),
                _format(row.get("baseline", "")),
                ratio,
                str(row.get("unit", "")),
                str(row.get("target", "")),
            ]
        )
    return rows


HEADER = ["Benchmark", "Figure", "Baseline", "Ratio", "Unit", "Target"]


def render(rows: list[list[str]], *, markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join("---" for _ in HEADER) + "|"]
        lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    aligned = [
        "  ".join(
            cell.rjust(w) if 0 < i < 4 else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [HEADER, *rows]
    ]
    lines = [aligned[0], "  ".join("-" * w for w in widths), *aligned[1:]]
    return "\n".join(line.rstrip() for line in lines)


def print_table(rows: list[dict[str, Any]], module: str = "") -> None:
    """What ``python -m benchmarks.NAME`` prints: the same table as the whole suite, for one module."""
    print(render(table_rows([(module, row) for row in rows]), markdown=False))
