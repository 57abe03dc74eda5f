"""The rehearsal needs a real X server and real input: Xvfb, xdotool, xclip and setxkbmap from Debian.

Without them it is skipped with the reason, except in CI (CI=true), where .ci/run installs them and a
missing tool is a failure, not a silent skip.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from desk import App, Screen, missing_tools


@pytest.fixture
def screen() -> Iterator[Screen]:
    missing = missing_tools()
    if missing:
        message = f"the rehearsal needs {', '.join(missing)} (Debian: xvfb xdotool xclip x11-xkb-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    display = Screen()
    yield display
    display.close()


@pytest.fixture
def app(screen: Screen, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[App]:
    running = App(screen, tmp_path / "library", "sv", tmp_path / "home")
    yield running
    report = getattr(request.node, "rehearsal_failed", False)
    if report:  # what the screen showed when a step failed, for the one reading the CI log
        try:
            running.shot(tmp_path / "failed.png")
        except OSError:
            pass
    running.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.when == "call" and report.failed:
        item.rehearsal_failed = True  # type: ignore[attr-defined]
    return report
