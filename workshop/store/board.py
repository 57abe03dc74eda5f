"""Board queries: where notes lie, which cluster holds them, and which notes were merged into others."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.domain.board_layout import NotePlace
from workshop.store.library import Library


def set_places(lib: Library, places: Sequence[NotePlace]) -> None:
    lib.db.conn.executemany(
        "UPDATE ideas SET cluster_id = ?, board_x = ?, board_y = ? WHERE id = ?",
        [(place.cluster_id, place.x, place.y, place.idea_id) for place in places],
    )


def places_of(lib: Library, idea_ids: Sequence[str]) -> list[NotePlace]:
    """Current places of these notes, in the order asked (notes not found are left out)."""
    found: dict[str, NotePlace] = {}
    for start in range(0, len(idea_ids), 500):
        chunk = list(idea_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = lib.db.execute(
            f"SELECT id, cluster_id, board_x, board_y FROM ideas WHERE id IN ({marks})", chunk
        ).fetchall()
        for idea_id, cluster_id, x, y in rows:
            found[idea_id] = NotePlace(
                idea_id, cluster_id, x if x is not None else 0.0, y if y is not None else 0.0
            )
    return [found[i] for i in idea_ids if i in found]


def members(lib: Library, cluster_id: str) -> list[str]:
    rows = lib.db.execute("SELECT id FROM ideas WHERE cluster_id = ? ORDER BY position, rowid", [cluster_id])
    return [row[0] for row in rows.fetchall()]


def actions_of_cluster(lib: Library, cluster_id: str) -> list[str]:
    rows = lib.db.execute("SELECT id FROM actions WHERE cluster_id = ?", [cluster_id])
    return [row[0] for row in rows.fetchall()]


def set_action_cluster(lib: Library, action_ids: Sequence[str], cluster_id: str | None) -> None:
    lib.db.conn.executemany(
        "UPDATE actions SET cluster_id = ? WHERE id = ?",
        [(cluster_id, action_id) for action_id in action_ids],
    )


def set_merged_into(lib: Library, idea_ids: Sequence[str], kept_id: str | None) -> None:
    lib.db.conn.executemany(
        "UPDATE ideas SET merged_into = ? WHERE id = ?", [(kept_id, idea_id) for idea_id in idea_ids]
    )


def merged_into(lib: Library, workshop_id: str) -> dict[str, str]:
    """Which note each merged duplicate lives in (duplicate id -> kept id)."""
    rows = lib.db.execute(
        "SELECT id, merged_into FROM ideas WHERE workshop_id = ? AND merged_into IS NOT NULL", [workshop_id]
    )
    return {row[0]: row[1] for row in rows.fetchall()}


def placed_notes(lib: Library, workshop_id: str) -> list[NotePlace]:
    """Every note on the board that has a place yet (merged duplicates are not on the board)."""
    rows = lib.db.execute(
        "SELECT id, cluster_id, board_x, board_y FROM ideas WHERE workshop_id = ? AND merged_into IS NULL"
        " AND board_x IS NOT NULL AND board_y IS NOT NULL ORDER BY position, rowid",
        [workshop_id],
    ).fetchall()
    return [NotePlace(idea_id, cluster_id, x, y) for idea_id, cluster_id, x, y in rows]


def notes_within(
    lib: Library, workshop_id: str, left: float, top: float, right: float, bottom: float
) -> list[NotePlace]:
    """The placed notes whose top-left corner lies in this part of the board (a look nearby, not all)."""
    rows = lib.db.execute(
        "SELECT id, cluster_id, board_x, board_y FROM ideas WHERE board_x BETWEEN ? AND ?"
        " AND board_y BETWEEN ? AND ? AND workshop_id = ? AND merged_into IS NULL",
        [left, right, top, bottom, workshop_id],
    ).fetchall()
    return [NotePlace(idea_id, cluster_id, x, y) for idea_id, cluster_id, x, y in rows]
