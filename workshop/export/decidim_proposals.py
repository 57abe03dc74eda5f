"""The ideas as Decidim's JSON proposal import, beside the CSV: the same rows and the same content rules.

Decidim's importer takes a JSON array of objects and flattens ``{"title": {"sv": …}}`` to the column
``title/sv`` (see PITFALLS.md), so each row of :func:`workshop.export.pipeline_csv.rows` becomes one
object: ``title`` and ``body`` per locale, then the same traceability fields as the CSV's columns
(``workshop_id``, ``workshop_title``, ``idea_id``, ``cluster_id``, ``cluster``, ``votes``). The cells
are cleaned by the CSV's own :func:`~workshop.export.pipeline_csv.spreadsheet_safe`: an officer who
turns the import into a spreadsheet later meets no formula, and both files say the same thing.
"""

from __future__ import annotations

import json
from typing import Any

from workshop.domain.snapshot import WorkshopSnapshot
from workshop.export.pipeline_csv import PipelineOptions, rows, spreadsheet_safe

FIELDS = ("workshop_id", "workshop_title", "idea_id", "cluster_id", "cluster", "votes")


def proposals(snapshot: WorkshopSnapshot, options: PipelineOptions | None = None) -> list[dict[str, Any]]:
    options = options or PipelineOptions()
    lang = (options.language or snapshot.workshop.language).value
    found = []
    for row in rows(snapshot, options):
        cells = [spreadsheet_safe(cell) for cell in row]
        item: dict[str, Any] = {"title": {lang: cells[0]}, "body": {lang: cells[1]}}
        item.update(zip(FIELDS, cells[2:], strict=True))
        item["votes"] = int(row[7])
        found.append(item)
    return found


def to_bytes(snapshot: WorkshopSnapshot, options: PipelineOptions | None = None) -> bytes:
    """UTF-8 JSON, one array; every character kept as typed (no \\u escapes)."""
    return (json.dumps(proposals(snapshot, options), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
