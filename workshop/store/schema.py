"""The numbered schema migrations, applied in order when a library is opened.

Each migration is a module ``workshop/store/migrations/mNNN_what.py`` with an ``apply(db)`` function;
they are found by name and applied in name order. Never edit an applied migration: add a new one.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from sqlite_utils import Migrations

from workshop.store import migrations as migrations_package
from workshop.store.errors import LibraryError, Problem
from workshop.store.library import Library


def known_names() -> list[str]:
    return sorted(
        info.name for info in pkgutil.iter_modules(migrations_package.__path__) if info.name[:1] == "m"
    )


@cache
def all_migrations() -> Migrations:
    migrations = Migrations("ideverkstad")
    for name in known_names():
        module = importlib.import_module(f"{migrations_package.__name__}.{name}")
        migrations(name=name)(module.apply)
    return migrations


def migrate_library(library: Library, *, stop_before: str | None = None) -> None:
    """Bring the library up to the newest schema (or up to just before *stop_before*, for tests)."""
    migrations = all_migrations()
    applied = {m.name for m in migrations.applied(library.db)}
    unknown = applied - set(known_names())
    if unknown:
        raise LibraryError(Problem.TOO_NEW, library.path, ", ".join(sorted(unknown)))
    migrations.apply(library.db, stop_before=stop_before)
