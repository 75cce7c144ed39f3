"""One Table-1 indicator over 2020-2030: actual, the region's plan, the Standard's reference."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCharts import QChart
from PySide6.QtCharts import QLineSeries
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QPen

from res_desktop.domain.records.indicators import YEARS
from res_desktop.domain.records.indicators import Indicator

Points = Mapping[int, float | None]
SERIES = (("Факт", "#1d4e89", Qt.PenStyle.SolidLine),
          ("План региона", "#8a5a00", Qt.PenStyle.DashLine),
          ("Эталон Стандарта", "#6b6b6b", Qt.PenStyle.DotLine))  # fmt: skip


def _series(name: str, colour: str, style: Qt.PenStyle, points: Points) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(QColor(colour))
    pen.setWidth(2)
    pen.setStyle(style)
    series.setPen(pen)
    series.setPointsVisible(True)
    series.append([QPointF(y, v) for y, v in sorted(points.items()) if v is not None])
    return series


def indicator_chart(indicator: Indicator, actual: Points, plan: Points, ref: Points) -> QChart:
    chart = QChart()
    chart.setTitle(f"{indicator.number}. {indicator.title}, {indicator.unit}")
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    years = QValueAxis()
    years.setRange(YEARS[0], YEARS[-1])
    years.setTickCount(len(YEARS))
    years.setLabelFormat("%d")
    values = QValueAxis()
    found = [v for p in (actual, plan, ref) for v in p.values() if v is not None]
    low, high = (min(found), max(found)) if found else (0.0, 100.0)
    margin = max((high - low) * 0.1, 1.0)
    values.setRange(max(0.0, low - margin), high + margin)
    values.setLabelFormat("%.0f")
    chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    for (name, colour, style), points in zip(SERIES, (actual, plan, ref), strict=True):
        series = _series(name, colour, style, points)
        chart.addSeries(series)
        series.attachAxis(years)
        series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart
