"""Render the application icon from its SVG source into the sizes each system wants.

    .venv/bin/python packaging/make_icons.py

Writes ``resources/icons/ideverkstad-<size>.png`` (16 … 512, the window icon and the Linux menu icon),
``packaging/icons/ideverkstad.ico`` (Windows: one file holding 16 … 256) and
``packaging/icons/ideverkstad.icns`` (macOS). Qt draws them (QtSvg renders, Qt's ico/icns image plugins
write), so no other tool is needed. Run it again after changing the SVG and commit the results: they are
sources of the bundle, not build outputs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCE = HERE / "icons" / "ideverkstad.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, fmt: str) -> None:
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        raise SystemExit(f"could not write {path}: {writer.errorString()}")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SOURCE}")
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        write(render(renderer, size), out / f"ideverkstad-{size}.png", "png")
    # Qt's ico plugin writes the largest image it is given; Windows scales 256 down well.
    write(render(renderer, 256), HERE / "icons" / "ideverkstad.ico", "ico")
    write(render(renderer, 512), HERE / "icons" / "ideverkstad.icns", "icns")
    print(f"icons written to {out} and {HERE / 'icons'}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
