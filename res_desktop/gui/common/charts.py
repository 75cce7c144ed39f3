"""What the pages' QtCharts share."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtGui import QPainter


def chart_view(min_height: int) -> QChartView:
    """An antialiased view; the page sets its chart."""
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    return view
