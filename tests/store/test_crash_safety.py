"""Crash safety, proven: kill a writing process at random moments; every reported edit must survive.

A real child process (crash_worker.py) edits the library through the services and reports each edit once
its service call has returned (committed). The test SIGKILLs it at random moments, at least 20 times,
reopens the library after each kill and checks ``PRAGMA integrity_check`` and every reported edit.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop.services import ideas, participants, workshops
from workshop.store.library import Library

KILLS = 24
WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _run_until_killed(library: Path, workshop_id: str, delay: float) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(library), workshop_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the worker is up and writing
    assert first, proc.stderr.read().decode() if proc.stderr else "worker died"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    output = (first + rest).decode("utf-8", errors="replace")
    return [line for line in output.split("\n")[:-1]]  # a cut-off last line was never fully reported


def _edit_number(text: str) -> int:
    """The worker's running number in 'idé 12 yyy' or 'ändrad idé 40 xxx'."""
    return int(text.split("idé ", 1)[1].split(" ", 1)[0])


@pytest.mark.slow
def test_every_reported_edit_survives_sigkill(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    with Library.open(library) as lib:
        workshop, _ = workshops.create(lib, "Crash test")
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    expected_ideas: dict[str, str] = {}
    expected_people: dict[str, str] = {}
    reported = 0
    for kill in range(KILLS):
        for line in _run_until_killed(library, workshop.id, rng.uniform(0.0, 0.25)):
            kind, item_id, text = line.split(" ", 2)
            if kind == "person":
                expected_people[item_id] = text
            else:
                expected_ideas[item_id] = text
            reported += 1
        with Library.open(library) as lib:
            assert lib.integrity_ok(), f"integrity check failed after kill {kill + 1} (seed {seed})"
            saved = {idea.id: idea.text for idea in ideas.list_ideas(lib, workshop.id)}
            people = {p.id: p.name for p in participants.list_participants(lib, workshop.id)}
        missing = [i for i in expected_ideas if i not in saved]
        assert not missing, f"kill {kill + 1} (seed {seed}) lost reported ideas {missing[:3]}"
        # A kill between a commit and its report leaves a newer, unreported text: at most one per run.
        newer = [i for i, text in expected_ideas.items() if saved[i] != text]
        assert all(_edit_number(saved[i]) > _edit_number(expected_ideas[i]) for i in newer), (
            f"kill {kill + 1} (seed {seed}) lost reported edits of ideas {newer[:3]}"
        )
        assert len(newer) <= 1
        expected_ideas.update({i: saved[i] for i in newer})
        lost_people = [i for i, name in expected_people.items() if people.get(i) != name]
        assert not lost_people, f"kill {kill + 1} (seed {seed}) lost participants {lost_people[:3]}"
    assert reported > KILLS  # the edits really were a stream, not one per run
