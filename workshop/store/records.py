"""Turn domain dataclasses into table rows and back, so each table needs no hand-written mapping."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any, Generic, TypeVar, cast

from workshop.store.library import Library

T = TypeVar("T")


@cache
def _field_types(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    """A prepared INSERT per table (sqlite-utils' insert() inspects the schema on every call)."""
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({marks})"


@cache
def _update_sql(table: str, columns: tuple[str, ...]) -> str:
    assignments = ", ".join(f"[{c}] = ?" for c in columns)
    return f"UPDATE [{table}] SET {assignments} WHERE id = ?"


@cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(cls))


@cache
def _values_maker(cls: Any) -> Callable[[object], list[Any]]:
    """Per record type: an object's column values in field order (bools as 0/1, enums as their text)."""
    hints = _field_types(cls)
    names = _field_names(cls)
    bools = [n for n, name in enumerate(names) if hints[name] is bool]
    enums = [
        n for n, name in enumerate(names) if isinstance(hints[name], type) and issubclass(hints[name], Enum)
    ]

    def values(obj: object) -> list[Any]:
        attributes = vars(obj)
        out = [attributes[name] for name in names]
        for n in bools:
            out[n] = int(out[n])
        for n in enums:
            if isinstance(out[n], Enum):
                out[n] = out[n].value
        return out

    return values


def column_names(cls: type) -> tuple[str, ...]:
    """The table columns of a record type: its fields, in order."""
    return _field_names(cls)


def row_values(obj: object) -> list[Any]:
    """The values of *obj*'s columns, in the order of :func:`column_names`."""
    return _values_maker(cast(Any, type(obj)))(obj)


def to_row(obj: object) -> dict[str, Any]:
    return dict(zip(_field_names(cast(Any, type(obj))), row_values(obj), strict=True))


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    hints = _field_types(cast(Any, cls))
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if field.name not in row:
            continue
        value = row[field.name]
        kind = hints[field.name]
        if kind is bool:
            value = bool(value)
        elif isinstance(kind, type) and issubclass(kind, Enum):
            value = kind(value)
        elif value is None and kind is str:
            value = ""
        values[field.name] = value
    return cls(**values)


def fetch_one(lib: Library, table: str, cls: type[T], item_id: str) -> T | None:
    """The record with *item_id*, read with plain sqlite3 (no sqlite-utils needed), or None."""
    cursor = lib.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", [item_id])
    values = cursor.fetchone()
    if values is None:
        return None
    return from_row(cls, dict(zip([column[0] for column in cursor.description], values, strict=True)))


class Records(Generic[T]):
    """Plain CRUD for one table whose columns are the fields of one dataclass."""

    def __init__(self, table: str, cls: type[T], order_by: str = "position, rowid") -> None:
        self.table = table
        self.cls = cls
        self.order_by = order_by

    def get(self, lib: Library, item_id: str) -> T | None:
        return fetch_one(lib, self.table, self.cls, item_id)

    def for_workshop(self, lib: Library, workshop_id: str) -> list[T]:
        rows = lib.db[self.table].rows_where("workshop_id = ?", [workshop_id], order_by=self.order_by)
        return [from_row(self.cls, row) for row in rows]

    def count(self, lib: Library, workshop_id: str) -> int:
        return int(lib.db[self.table].count_where("workshop_id = ?", [workshop_id]))

    def next_position(self, lib: Library, workshop_id: str) -> int:
        row = lib.db.execute(
            f"SELECT COALESCE(MAX(position) + 1, 0) FROM [{self.table}] WHERE workshop_id = ?", [workshop_id]
        ).fetchone()
        return int(row[0])

    def insert(self, lib: Library, obj: T) -> None:
        lib.db.execute(insert_sql(self.table, column_names(type(obj))), row_values(obj))

    def update(self, lib: Library, obj: T) -> None:
        row = to_row(obj)
        item_id = row.pop("id")
        lib.db.execute(_update_sql(self.table, tuple(row)), [*row.values(), item_id])

    def delete(self, lib: Library, item_id: str) -> None:
        lib.db.execute(f"DELETE FROM [{self.table}] WHERE id = ?", [item_id])

    def set_positions(self, lib: Library, ordered_ids: list[str]) -> None:
        for position, item_id in enumerate(ordered_ids):
            lib.db.execute(f"UPDATE [{self.table}] SET position = ? WHERE id = ?", [position, item_id])
