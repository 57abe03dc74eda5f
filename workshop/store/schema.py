"""The numbered schema migrations, applied in order when a library is opened.

Each migration is a module ``workshop/store/migrations/mNNN_what.py`` with an ``apply(db)`` function;
they are found by name and applied in name order. Never edit an applied migration: add a new one.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from functools import cache
from typing import TYPE_CHECKING

from workshop.store import migrations as migrations_package
from workshop.store.errors import LibraryError, Problem, classify
from workshop.store.library import Library

if TYPE_CHECKING:
    from sqlite_utils import Migrations


def known_names() -> list[str]:
    return sorted(
        info.name for info in pkgutil.iter_modules(migrations_package.__path__) if info.name[:1] == "m"
    )


MIGRATION_SET = "ideverkstad"


@cache
def all_migrations() -> Migrations:
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name in known_names():
        module = importlib.import_module(f"{migrations_package.__name__}.{name}")
        migrations(name=name)(module.apply)
    return migrations


def applied_names(library: Library) -> set[str]:
    """The migrations this library has had (read with plain SQL: no sqlite-utils needed to check)."""
    exists = library.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return set()
    rows = library.conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchall()
    return {row[0] for row in rows}


def migrate_library(library: Library, *, stop_before: str | None = None) -> None:
    """Bring the library up to the newest schema (or up to just before *stop_before*, for tests).

    Checking what is applied and applying the rest happen in one ``BEGIN EXCLUSIVE`` transaction, so two
    programs creating or upgrading the same library at once cannot both apply a migration: the second
    waits for the first (up to the busy timeout, then "in use") and then finds nothing left to do.
    """
    if _up_to_date(library, stop_before):
        return  # the usual case at every start: no lock taken
    if library.read_only is not None:
        raise LibraryError(library.read_only.problem, library.path, "the library needs an upgrade")
    conn = library.conn
    try:
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.Error as error:
        raise LibraryError(classify(error, library.path), library.path, str(error)) from error
    try:
        if not _up_to_date(library, stop_before):
            all_migrations().apply(library.db, stop_before=stop_before)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _up_to_date(library: Library, stop_before: str | None) -> bool:
    """True if nothing is left to apply; raises LibraryError(TOO_NEW) for a newer program's library."""
    applied = applied_names(library)
    known = known_names()
    unknown = applied - set(known)
    if unknown:
        raise LibraryError(Problem.TOO_NEW, library.path, ", ".join(sorted(unknown)))
    if stop_before is not None:
        return applied >= {name for name in known if name < stop_before}
    return applied == set(known)
