"""The headless commands, run as a user would: a real process, exit codes and output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def run(
    *args: str, data_dir: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "IDEVERKSTAD_DATA_DIR"}
    full_env.update(env or {})
    command = [sys.executable, str(MAIN)]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=full_env, timeout=60)


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("Idéverkstad ")
    helped = run("--help")
    assert helped.returncode == 0
    assert "list" in helped.stdout
    assert "demo" in helped.stdout


def test_demo_then_list_as_text_and_json(tmp_path: Path) -> None:
    made = run("demo", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    listed = run("list", data_dir=tmp_path)
    assert listed.returncode == 0
    assert "Tryggare skolvägar" in listed.stdout
    data = json.loads(run("list", "--json", data_dir=tmp_path).stdout)
    assert data[0]["title"] == "Tryggare skolvägar"
    assert data[0]["participants"] >= 10
    assert data[0]["ideas"] >= 40


def test_the_environment_variable_chooses_the_library(tmp_path: Path) -> None:
    assert run("demo", env={"IDEVERKSTAD_DATA_DIR": str(tmp_path / "env")}).returncode == 0
    assert (tmp_path / "env" / "library.sqlite").exists()


def test_wrong_usage_exits_2() -> None:
    assert run("frobnicate").returncode == 2
    assert run("list", "--nonsense").returncode == 2
    wrong_language = run("--lang", "fi")
    assert wrong_language.returncode == 2
    assert "invalid choice" in wrong_language.stderr


def test_the_window_s_options_open_the_window_and_a_command_word_runs_the_command() -> None:
    from workshop.cli import parse_arguments

    window = parse_arguments(["--data-dir", "/tmp/library", "--lang", "sv"])
    assert (window.command, window.data_dir, window.lang) == (None, "/tmp/library", "sv")
    assert parse_arguments([]).command is None
    listing = parse_arguments(["--data-dir", "/tmp/library", "list", "--json"])
    assert (listing.command, listing.json, listing.data_dir) == ("list", True, "/tmp/library")
    folder_called_list = parse_arguments(["--data-dir", "list"])
    assert (folder_called_list.command, folder_called_list.data_dir) == (None, "list")


def test_a_broken_library_exits_1_with_one_line_and_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"not a database at all" * 50)
    before = path.read_bytes()
    result = run("--lang", "sv", "list", data_dir=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "inte ett Idéverkstad-bibliotek" in lines[0]
    assert path.read_bytes() == before


def test_an_unusable_data_folder_exits_1_naming_it(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("--lang", "en", "list", data_dir=blocker)
    assert result.returncode == 1
    assert str(blocker) in result.stderr


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_empty_library_says_so(tmp_path: Path, lang: str) -> None:
    result = run("--lang", lang, "list", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == ("Inga workshoppar." if lang == "sv" else "No workshops.")
