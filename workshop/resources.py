"""Where the files shipped with the app live (templates, fonts, translations, icons)."""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"
