"""Two programs on one library at once: creating it, and writing while the other writes. Real processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from workshop.services import demo, snapshot, workshops
from workshop.services.import_workshop import import_snapshot
from workshop.store.library import Library
from workshop.store.schema import known_names

OPENER = textwrap.dedent(
    """
    import sys, traceback
    from pathlib import Path
    from workshop.store.errors import LibraryError
    from workshop.store.library import Library
    print("ready", flush=True)
    sys.stdin.readline()  # every opener starts at the same moment
    try:
        Library.open(Path(sys.argv[1])).close()
        print("ok", flush=True)
    except LibraryError as error:
        where = traceback.extract_tb(error.__traceback__)[-1]
        print(f"{error.problem}: {error.detail} (at {where.name}:{where.lineno})", flush=True)
    """
)

WRITER_HOLDING_THE_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE workshops SET updated_at = updated_at")
    print("locked", flush=True)
    time.sleep(1.0)
    conn.execute("COMMIT")
    conn.close()
    """
)


def _openers(path: Path, count: int) -> list[str]:
    started = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    for process in started:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
    for process in started:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    return [process.communicate(timeout=60)[0].strip() for process in started]


def test_two_programs_creating_a_new_library_at_once_both_get_one_whole_library(tmp_path: Path) -> None:
    for round_number in range(10):
        path = tmp_path / f"round-{round_number}" / "library.sqlite"
        answers = _openers(path, 2)
        assert answers == ["ok", "ok"], f"round {round_number}: {answers}"
        with Library.open(path) as lib:
            assert lib.integrity_ok()
            applied = [row[0] for row in lib.conn.execute("SELECT name FROM _sqlite_migrations")]
            assert sorted(applied) == known_names()  # each migration applied exactly once


def test_a_write_waits_for_another_program_s_write_instead_of_being_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        made, _ = demo.create_demo(lib)
        snap = snapshot.load(lib, made.id)
    with Library.open(path) as lib:
        lib.conn.execute("SELECT COUNT(*) FROM workshops").fetchone()
        holder = subprocess.Popen(
            [sys.executable, "-c", WRITER_HOLDING_THE_LOCK, str(path)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "locked"
            # The import reads (are these ids taken?) before it writes: it must wait for the other
            # program's write to end, not be refused as "in use" at the first write.
            copy, _ = import_snapshot(lib, snap, copy=True)
        finally:
            holder.wait(timeout=30)
        assert holder.returncode == 0
        assert {s.workshop.id for s in workshops.list_workshops(lib)} == {made.id, copy.id}
