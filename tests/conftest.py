"""Shared fixtures: a fresh library per test on tmp_path; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workshop.domain.workshop import Workshop  # noqa: E402
from workshop.services.demo import create_demo  # noqa: E402
from workshop.store.library import Library  # noqa: E402


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.sqlite"


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    lib = Library.open(library_path)
    yield lib
    lib.close()


@pytest.fixture
def demo(library: Library) -> Workshop:
    """The demo workshop 'Tryggare skolvägar' in a fresh library."""
    return create_demo(library)[0]
