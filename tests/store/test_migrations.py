"""Upgrading a library made by the first schema keeps everything in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop.services import ideas, workshops
from workshop.store.library import Library
from workshop.store.schema import known_names

FIXTURE = Path(__file__).parent / "fixtures" / "library-schema-1.sql"


def make_schema_1_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()


def test_migrations_are_numbered_and_in_order() -> None:
    names = known_names()
    assert names[0] == "m001_foundation"
    assert names == sorted(names)
    assert all(name[1:4].isdigit() for name in names)


def test_a_first_schema_library_is_upgraded_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    make_schema_1_file(path)
    with Library.open(path) as lib:
        applied = [row[0] for row in lib.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == known_names()
        workshop = workshops.get(lib, "11111111-1111-4111-8111-111111111111")
        assert workshop.title == "Äldre workshop"
        assert workshop.status.value == "finished"
        (idea,) = ideas.list_ideas(lib, workshop.id)
        assert idea.text == "Fler cykelställ"
        assert idea.author_id == "22222222-2222-4222-8222-222222222222"
        assert idea.revealed is True
        assert idea.cluster_id is None
        assert lib.integrity_ok()
        # The upgraded library takes new edits.
        ideas.add(lib, workshop.id, "Cykelbuss")
        assert ideas.count(lib, workshop.id) == 2


def test_opening_an_up_to_date_library_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    with Library.open(path) as lib:
        count = lib.db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]
    assert count == len(known_names())
