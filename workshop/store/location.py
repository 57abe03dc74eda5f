"""Where the library lives: one database per user, in the platform's application data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "IDEVERKSTAD_DATA_DIR"
LIBRARY_FILE = "library.sqlite"


def default_data_dir() -> Path:
    """~/.local/share/Ideverkstad on Linux, %LOCALAPPDATA%\\Ideverkstad on Windows, ~/Library/… on macOS."""
    return Path(platformdirs.user_data_dir("Ideverkstad", appauthor=False, roaming=False))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins over the environment variable, which wins over the platform default."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def library_path(data_dir: Path) -> Path:
    return data_dir / LIBRARY_FILE
