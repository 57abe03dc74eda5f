"""Queries over whole workshops: the library listing, the trash, copying.

Only the Workshop record is needed here (not :mod:`workshop.store.tables`, which loads every record type):
the library window lists the workshops before anything else is loaded.
"""

from __future__ import annotations

from workshop.domain.workshop import Workshop, WorkshopSummary
from workshop.store.library import Library
from workshop.store.records import fetch_one, from_row

_SUMMARY_SQL = """
SELECT w.*,
       (SELECT COUNT(*) FROM participants p WHERE p.workshop_id = w.id) AS n_participants,
       (SELECT COUNT(*) FROM ideas i WHERE i.workshop_id = w.id) AS n_ideas
FROM workshops w
WHERE (w.deleted_at != '') = ?
ORDER BY CASE WHEN w.date = '' THEN 1 ELSE 0 END, w.date DESC, w.created_at DESC
"""


def summaries(lib: Library, *, trash: bool = False) -> list[WorkshopSummary]:
    cursor = lib.conn.execute(_SUMMARY_SQL, [1 if trash else 0])  # plain sqlite3: see Library.db
    columns = [c[0] for c in cursor.description]
    result = []
    for values in cursor.fetchall():
        row = dict(zip(columns, values, strict=True))
        result.append(WorkshopSummary(from_row(Workshop, row), row["n_participants"], row["n_ideas"]))
    return result


def find(lib: Library, id_or_title: str) -> list[Workshop]:
    """Workshops whose id, or exact title, is *id_or_title* (not in the trash first)."""
    rows = lib.db["workshops"].rows_where(
        "id = ? OR title = ?", [id_or_title, id_or_title], order_by="deleted_at != '', created_at"
    )
    return [from_row(Workshop, row) for row in rows]


def get(lib: Library, workshop_id: str) -> Workshop | None:
    return fetch_one(lib, "workshops", Workshop, workshop_id)


def purge(lib: Library, workshop_id: str) -> None:
    """Remove a workshop and everything in it for good (cascades through foreign keys)."""
    lib.db.execute("DELETE FROM workshops WHERE id = ?", [workshop_id])
