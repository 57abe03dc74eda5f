"""`ideverkstad backups list | make | restore`: also when the library itself is damaged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.services import demo, workshops
from workshop.store.library import Library

HOLD_OPEN = """
import sys, time
from pathlib import Path
from workshop.store.library import Library
library = Library.open(Path(sys.argv[1]))
library.conn.execute("SELECT COUNT(*) FROM workshops").fetchone()
print("open", flush=True)
time.sleep(60)
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with Library.open(folder / "library.sqlite") as lib:
        demo.create_demo(lib)
    return folder


def test_make_and_list_backups(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backups", "make"]) == 0
    assert "Backup made" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "backups", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["number"] == 1
    assert listed["workshops"][0]["title"] == "Tryggare skolvägar"
    assert listed["workshops"][0]["ideas"] == 45


def test_restore_one_workshop_by_id(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--data-dir", str(data_dir), "backups", "make"])
    with Library.open(data_dir / "library.sqlite") as lib:
        [summary] = workshops.list_workshops(lib)
        workshops.move_to_trash(lib, summary.workshop.id)
        workshops.purge(lib, summary.workshop.id)
    capsys.readouterr()
    code = main(
        [
            "--data-dir",
            str(data_dir),
            "--lang",
            "sv",
            "backups",
            "restore",
            "1",
            "--workshop",
            summary.workshop.id,
        ]
    )
    assert code == 0
    assert "Workshop återställd" in capsys.readouterr().out
    with Library.open(data_dir / "library.sqlite") as lib:
        assert [s.ideas for s in workshops.list_workshops(lib)] == [45]


def test_whole_library_restore_works_when_the_library_is_damaged(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--data-dir", str(data_dir), "backups", "make"])
    library = data_dir / "library.sqlite"
    library.write_bytes(b"garbage" * 1000)
    assert main(["--data-dir", str(data_dir), "list"]) == 1
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backups", "list"]) == 0
    assert "Tryggare skolvägar" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backups", "restore", "1"]) == 0
    out = capsys.readouterr().out
    assert "The previous library was kept as" in out
    kept = [p for p in data_dir.iterdir() if ".replaced-" in p.name]
    assert kept[0].read_bytes() == b"garbage" * 1000  # moved aside, never deleted
    with Library.open(library) as lib:
        assert len(workshops.list_workshops(lib)) == 1


def test_whole_library_restore_waits_until_the_window_is_closed(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--data-dir", str(data_dir), "backups", "make"])
    holder = subprocess.Popen(  # another process with the library open, as a window has it
        [sys.executable, "-c", HOLD_OPEN, str(data_dir / "library.sqlite")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        capsys.readouterr()
        assert main(["--data-dir", str(data_dir), "--lang", "en", "backups", "restore", "1"]) == 1
        error = capsys.readouterr().err
        assert "in use by another program" in error
        assert len(error.strip().splitlines()) == 1
        assert not [p for p in data_dir.iterdir() if ".replaced-" in p.name]
    finally:
        holder.terminate()
        holder.wait(timeout=30)
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backups", "restore", "1"]) == 0


def test_unknown_backup_is_a_one_line_error(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backups", "restore", "nope"]) == 1
    assert "backup does not exist" in capsys.readouterr().err
