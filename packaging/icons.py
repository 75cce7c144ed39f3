"""Render resources/icons/app.svg into the installers' icons: hicolor PNGs and a Windows .ico.

Qt (already a dependency) renders the SVG, so the build needs no ImageMagick.
Usage: python3 packaging/icons.py png SIZE OUT.png | ico OUT.ico
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 32, 48, 256)


def png_bytes(size: int) -> bytes:
    from PySide6.QtCore import QBuffer
    from PySide6.QtCore import QByteArray
    from PySide6.QtCore import QIODevice
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO of PNG entries (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "png":
        Path(argv[2]).write_bytes(png_bytes(int(argv[1])))
        return 0
    if len(argv) == 2 and argv[0] == "ico":
        Path(argv[1]).write_bytes(ico_bytes({size: png_bytes(size) for size in ICO_SIZES}))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
