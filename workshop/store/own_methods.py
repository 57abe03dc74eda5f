"""The facilitator's own methods, kept in the library as the JSON of their method file."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.store.library import Library


@dataclass(frozen=True)
class StoredMethod:
    id: str
    name: str
    document: str
    created_at: str
    updated_at: str


def all_stored(lib: Library) -> list[StoredMethod]:
    rows = lib.conn.execute(
        "SELECT id, name, document, created_at, updated_at FROM own_methods ORDER BY name COLLATE NOCASE, id"
    ).fetchall()
    return [StoredMethod(*row) for row in rows]


def get(lib: Library, method_id: str) -> StoredMethod | None:
    row = lib.conn.execute(
        "SELECT id, name, document, created_at, updated_at FROM own_methods WHERE id = ?", [method_id]
    ).fetchone()
    return StoredMethod(*row) if row else None


def find_by_name(lib: Library, name: str) -> StoredMethod | None:
    row = lib.conn.execute(
        "SELECT id, name, document, created_at, updated_at FROM own_methods WHERE name = ? COLLATE NOCASE",
        [name],
    ).fetchone()
    return StoredMethod(*row) if row else None


def put(lib: Library, stored: StoredMethod) -> None:
    """Insert or replace (an edit keeps the id and the creation time)."""
    lib.conn.execute(
        "INSERT INTO own_methods (id, name, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, document = excluded.document, "
        "updated_at = excluded.updated_at",
        [stored.id, stored.name, stored.document, stored.created_at, stored.updated_at],
    )


def delete(lib: Library, method_id: str) -> None:
    lib.conn.execute("DELETE FROM own_methods WHERE id = ?", [method_id])
