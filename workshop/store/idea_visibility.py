"""Which ideas the shared screen may show (ideas.revealed), for silent writing."""

from __future__ import annotations

from workshop.store.library import Library


def hidden(lib: Library, workshop_id: str) -> list[str]:
    rows = lib.db.execute(
        "SELECT id FROM ideas WHERE workshop_id = ? AND revealed = 0 ORDER BY position", [workshop_id]
    ).fetchall()
    return [row[0] for row in rows]


def set_revealed(lib: Library, idea_ids: list[str], revealed: bool) -> None:
    for idea_id in idea_ids:
        lib.db.execute("UPDATE ideas SET revealed = ? WHERE id = ?", [int(revealed), idea_id])


def silent_mode(lib: Library, workshop_id: str) -> bool:
    row = lib.db.execute("SELECT silent_mode FROM workshops WHERE id = ?", [workshop_id]).fetchone()
    return bool(row and row[0])
