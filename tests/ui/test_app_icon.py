"""The app has an icon in every size a system asks for, drawn from the shipped PNGs (made from the SVG)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from workshop.ui.app_icon import SIZES, app_icon


def test_the_application_icon_has_every_size_and_draws(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(SIZES)
    for size in (16, 48, 256):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        # Not a blank square: the sticky notes' colours are there.
        colours = {image.pixel(x, y) for x in range(size) for y in range(size)}
        assert len(colours) > 5
