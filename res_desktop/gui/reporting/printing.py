"""Print a PDF through Qt: pages rendered from the PDF, so the paper matches the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from res_desktop.storage.common.errors import StorageUnavailable

POINTS_PER_INCH = 72
RENDER_DPI = 300  # sharp on paper; a 1200 dpi raster of A4 would need half a gigabyte


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Returns the number of pages sent to the printer."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise StorageUnavailable(f"Не удалось открыть PDF для печати: {path}")
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageUnavailable("Принтер недоступен.")
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
            raster = RENDER_DPI / POINTS_PER_INCH
            image = document.render(
                page, QSize(int(points.width() * raster), int(points.height() * raster))
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    pages = document.pageCount()
    document.close()
    return pages
