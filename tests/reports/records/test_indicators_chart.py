"""Table 1's charts: a series with a single year's value is drawn as a dot, not left out."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.lib.units import mm

from res_desktop.reports.records.data import IndicatorPoint
from res_desktop.reports.records.indicators_chart import indicator_chart


def test_a_single_actual_value_is_a_dot() -> None:
    """The demo's SME exporters have a fact for 2026 only: a line of one point draws nothing."""
    points = [
        IndicatorPoint(year, 144.8 if year == 2026 else None, 100 + 5 * (year - 2024), None)
        for year in range(2020, 2031)
        if year >= 2024 or year == 2020
    ]
    drawing = indicator_chart("3. Темп роста", points, 170 * mm)
    plot = next(c for c in drawing.contents if isinstance(c, LinePlot))
    assert getattr(plot.lines[0], "symbol", None) is not None  # the fact: one point
    assert getattr(plot.lines[1], "symbol", None) is None  # the plan: a line of seven
    assert renderPDF.drawToString(drawing)  # and it draws
