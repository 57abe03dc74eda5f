"""The command line on a full and on a read-only disk, and what a failed command leaves behind.

Run for real on a small tmpfs where the machine allows (root), and by fault injection everywhere.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from disk_faults import fill_disk, mounted_tmpfs, remount

from workshop.cli import main
from workshop.services import demo
from workshop.store import backup as copies
from workshop.store import disk
from workshop.store.library import Library

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "IDEVERKSTAD_DATA_DIR"}
    return subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _demo_with_export(data_dir: Path, exported: Path) -> None:
    with Library.open(data_dir / "library.sqlite") as lib:
        demo.create_demo(lib)
    assert run(data_dir, "export", "Tryggare skolvägar", "--json", str(exported)).returncode == 0


def test_full_disk_for_real_lists_and_says_the_disk_is_full(tmp_path: Path) -> None:
    exported = tmp_path / "demo.json"
    with mounted_tmpfs(tmp_path / "disk", "1M") as folder:
        data_dir = folder / "lib"
        _demo_with_export(data_dir, exported)
        fill_disk(folder)  # 28 KB left, as the testers had
        before = digest(data_dir / "library.sqlite")

        listed = run(data_dir, "list")
        assert listed.returncode == 0, listed.stderr
        assert "Tryggare skolvägar" in listed.stdout

        imported = run(data_dir, "--lang", "en", "import", str(exported), "--as-copy")
        assert imported.returncode == 1
        assert "disk is full — free some space" in imported.stderr
        assert "damaged" not in imported.stderr
        added = run(data_dir, "--lang", "sv", "demo")
        assert added.returncode == 1
        assert "Disken är full – frigör utrymme" in added.stderr

        target = folder / "report.json"
        export = run(data_dir, "--lang", "en", "export", "Tryggare skolvägar", "--json", str(target))
        assert export.returncode == 1
        assert "disk is full" in export.stderr
        assert str(target) in export.stderr  # names the path it could not write
        assert not target.exists()

        made = run(data_dir, "--lang", "en", "backups", "make")
        assert made.returncode == 1
        assert "disk is full" in made.stderr
        assert not (data_dir / "backups").exists()  # no empty folder left behind
        assert digest(data_dir / "library.sqlite") == before


def test_read_only_disk_for_real_lists_and_exports_but_changes_nothing(tmp_path: Path) -> None:
    exported = tmp_path / "demo.json"
    with mounted_tmpfs(tmp_path / "disk", "4M") as folder:
        data_dir = folder / "lib"
        _demo_with_export(data_dir, exported)
        before = digest(data_dir / "library.sqlite")
        remount(folder, "ro")

        listed = run(data_dir, "list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert [w["title"] for w in json.loads(listed.stdout)] == ["Tryggare skolvägar"]
        out = tmp_path / "out.json"
        assert run(data_dir, "export", "Tryggare skolvägar", "--json", str(out)).returncode == 0
        assert json.loads(out.read_text(encoding="utf-8"))["workshop"]["title"] == "Tryggare skolvägar"

        imported = run(data_dir, "--lang", "en", "import", str(exported), "--as-copy")
        assert imported.returncode == 1
        assert f"folder {data_dir} is read-only — the library can be read but not changed" in imported.stderr
        added = run(data_dir, "--lang", "sv", "demo")
        assert added.returncode == 1
        assert "skrivskyddad – biblioteket kan läsas men inte ändras" in added.stderr
        assert sorted(p.name for p in data_dir.iterdir()) == ["library.sqlite"]
        assert digest(data_dir / "library.sqlite") == before


def test_read_only_disk_by_fault_injection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "lib"
    exported = tmp_path / "demo.json"
    _demo_with_export(data_dir, exported)
    monkeypatch.setattr(disk, "is_read_only", lambda path: True)
    assert main(["--data-dir", str(data_dir), "--lang", "en", "list"]) == 0
    assert "Tryggare skolvägar" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "--lang", "en", "import", str(exported), "--as-copy"]) == 1
    assert "the library can be read but not changed" in capsys.readouterr().err


def test_export_into_a_full_disk_names_the_path_by_fault_injection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "lib"
    _demo_with_export(data_dir, tmp_path / "demo.json")
    from workshop.export import atomic_write

    def no_space(path: Path | str, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write, "write_atomically", no_space)
    target = tmp_path / "full" / "report.json"
    argv = [
        "--data-dir",
        str(data_dir),
        "--lang",
        "sv",
        "export",
        "Tryggare skolvägar",
        "--json",
        str(target),
    ]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "Disken är full – frigör utrymme" in err
    assert str(target) in err


def test_backups_make_on_a_full_disk_leaves_no_empty_folder_by_fault_injection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "lib"
    with Library.open(data_dir / "library.sqlite") as lib:
        demo.create_demo(lib)

    def no_space(lib: Library, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(copies, "write_copy", no_space)
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backups", "make"]) == 1
    assert "disk is full — free some space" in capsys.readouterr().err
    assert not (data_dir / "backups").exists()


def test_a_failed_import_leaves_no_new_library_behind(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "ideverkstad-workshop", "format_version": 1}), encoding="utf-8")
    data_dir = tmp_path / "new-data"
    result = run(data_dir, "import", str(bad))
    assert result.returncode == 1
    assert not (data_dir / "library.sqlite").exists()
    assert not list(data_dir.glob("library.sqlite*"))
    missing = run(data_dir, "import", str(tmp_path / "nope.json"))
    assert missing.returncode == 1
    assert not list(data_dir.glob("library.sqlite*"))


def test_a_failed_import_keeps_an_existing_empty_library(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Library.open(data_dir / "library.sqlite").close()
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert run(data_dir, "import", str(bad)).returncode == 1
    assert (data_dir / "library.sqlite").exists()  # it was there before: never removed
