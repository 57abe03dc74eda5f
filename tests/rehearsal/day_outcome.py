"""What the rehearsed day left behind, read back as the city would: the exchange file and the report."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from desk import run_cli
from pypdf import PdfReader

NOTE_WIDTH, NOTE_HEIGHT = 168.0, 104.0  # workshop.domain.board_layout


def export(library: Path, title: str, folder: Path) -> tuple[dict[str, Any], str]:
    """The report and the exchange file, made by the command line from the library the app left."""
    pdf, exchange = folder / "report.pdf", folder / "workshop.json"
    done = run_cli(library, "export", title, "--pdf", str(pdf), "--json", str(exchange))
    assert done.returncode == 0, done.stderr
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    return json.loads(exchange.read_text(encoding="utf-8")), re.sub(r"\s+", " ", text)


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def inside(note: tuple[float, float], frame: tuple[float, float, float, float]) -> bool:
    x, y = note
    fx, fy, fw, fh = frame
    return fx <= x and fy <= y and x + NOTE_WIDTH <= fx + fw and y + NOTE_HEIGHT <= fy + fh


def board_problems(exchange: dict[str, Any]) -> list[str]:
    """Issue 11 items 1 and 2: frames never overlap; a note lies in its own frame or outside every frame."""
    frames = {c["id"]: (c["board"]["x"], c["board"]["y"], c["board"]["width"], c["board"]["height"])
              for c in exchange["clusters"]}
    titles = {c["id"]: c["title"] or "(no name)" for c in exchange["clusters"]}
    problems = []
    ids = sorted(frames)
    for i, first in enumerate(ids):
        for second in ids[i + 1:]:
            if overlaps(frames[first], frames[second]):
                problems.append(f"frames {titles[first]!r} and {titles[second]!r} overlap")
    shown = [idea for idea in exchange["ideas"] if not idea["merged_into"] and idea["board"]]
    for idea in shown:
        spot = (idea["board"]["x"], idea["board"]["y"])
        for cluster_id, frame in frames.items():
            if cluster_id != idea["cluster_id"] and overlaps((*spot, NOTE_WIDTH, NOTE_HEIGHT), frame):
                problems.append(f"the note {idea['text']!r} lies on the frame {titles[cluster_id]!r}")
        if idea["cluster_id"] and not inside(spot, frames[idea["cluster_id"]]):
            problems.append(f"the note {idea['text']!r} is not inside its own frame")
    for i, first in enumerate(shown):
        for second in shown[i + 1:]:
            if (first["board"]["x"], first["board"]["y"]) == (second["board"]["x"], second["board"]["y"]):
                problems.append(f"the notes {first['text']!r} and {second['text']!r} lie on each other")
    return problems
