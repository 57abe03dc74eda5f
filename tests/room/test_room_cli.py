"""``main.py room WORKSHOP`` serves the room without a window, prints where to join, stops on Ctrl+C."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.room.conftest import make_room
from workshop.store.library import Library

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def test_the_headless_room_prints_its_address_and_code_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Library.open(data / "library.sqlite") as lib:
        made = make_room(lib, "Kioskrummet", language="en")
    process = subprocess.Popen(
        [
            sys.executable,
            str(MAIN),
            "--data-dir",
            str(data),
            "--lang",
            "en",
            "room",
            "Kioskrummet",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [process.stdout.readline() for _ in range(4)]  # type: ignore[union-attr]
        assert lines[0].startswith("The room for Kioskrummet is open.")
        url = lines[1].split("Address: ", 1)[1].strip()
        assert url.startswith("http://127.0.0.1:")
        assert lines[2].strip() == f"Code: {made.code}"
        assert url.endswith(f"/?code={made.code}")
        base = url.split("/?", 1)[0]
        with urllib.request.urlopen(base + "/api/welcome", timeout=10) as response:  # noqa: S310
            assert json.load(response)["language"] == "en"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "The room is closed." in out


def test_an_unknown_workshop_is_a_one_line_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(tmp_path), "--lang", "en", "room", "Nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "no workshop" in done.stderr
