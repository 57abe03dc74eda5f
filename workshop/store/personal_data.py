"""Finding a person's name across the whole library, for anonymising and for erasure requests."""

from __future__ import annotations

from typing import Any

from workshop.domain.action import Action
from workshop.domain.participant import Participant
from workshop.store.library import Library
from workshop.store.records import from_row

# Free-text columns where a name may have been typed, table by table (only columns that exist are used).
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "workshops": ("goal", "problem_statement", "context"),
    "ideas": ("text", "description"),
    "questions": ("text",),
    "framing_items": ("text",),
    "actions": ("title", "next_step"),
    # rounds: a JSON list whose texts are kept unescaped (ensure_ascii=False), so a name in them is found
    # and replaced like in any text (a pseudonym has no quote or backslash to break the JSON).
    "agenda_items": ("title", "instructions", "method", "facilitator_notes", "rounds"),
    "clusters": ("title",),
}


def _rows(lib: Library, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = lib.db.execute(sql, params or [])
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def all_participants(lib: Library) -> list[Participant]:
    return [from_row(Participant, row) for row in _rows(lib, "SELECT * FROM participants ORDER BY rowid")]


def actions_with_owner_text(lib: Library) -> list[Action]:
    rows = _rows(lib, "SELECT * FROM actions WHERE owner_text != '' ORDER BY rowid")
    return [from_row(Action, row) for row in rows]


def facilitators(lib: Library) -> list[tuple[str, str]]:
    """(workshop id, facilitator) for every workshop with a facilitator."""
    rows = lib.db.execute("SELECT id, facilitator FROM workshops WHERE facilitator != ''").fetchall()
    return [(row[0], row[1]) for row in rows]


def set_facilitator(lib: Library, workshop_id: str, name: str) -> None:
    lib.db.execute("UPDATE workshops SET facilitator = ? WHERE id = ?", [name, workshop_id])


def free_text_cells(lib: Library) -> list[tuple[str, str, str, str, str]]:
    """(table, row id, column, workshop id, text) for every non-empty free-text cell."""
    cells = []
    for table, wanted in FREE_TEXT.items():
        existing = {row[1] for row in lib.db.execute(f"PRAGMA table_info([{table}])").fetchall()}
        owner = "id" if table == "workshops" else "workshop_id"
        for column in (c for c in wanted if c in existing):
            query = f"SELECT id, [{owner}], [{column}] FROM [{table}] WHERE [{column}] != ''"
            for row_id, workshop_id, text in lib.db.execute(query).fetchall():
                cells.append((table, row_id, column, workshop_id, text))
    return cells


def set_cell(lib: Library, table: str, row_id: str, column: str, text: str) -> None:
    if column not in FREE_TEXT.get(table, ()):
        raise ValueError(f"{table}.{column} is not a free-text column")
    lib.db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE id = ?", [text, row_id])
