"""The application's icon (window title bars, the task bar, Alt+Tab), from the sizes in resources/icons."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from workshop.resources import resource_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every size the system may ask for; QIcon reads a file only when that size is first drawn."""
    icon = QIcon()
    folder = resource_dir() / "icons"
    for size in SIZES:
        icon.addFile(str(folder / f"ideverkstad-{size}.png"), QSize(size, size))
    return icon
