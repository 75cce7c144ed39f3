"""Horizontal bars of companies per stage, need or barrier for the registry's report section."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from res_desktop.reports.common.chart import ACTUAL_COLOUR
from res_desktop.reports.common.chart import FONT_SIZE
from res_desktop.reports.common.chart import scale_value_axis
from res_desktop.reports.common.fonts import BOLD
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.fonts import register_fonts
from res_desktop.reports.exporters.data import CountLine

BAR_HEIGHT = 6 * mm
LABEL_WIDTH = 72 * mm
STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000)  # value-axis ticks


def _short(text: str, width: float) -> str:
    if stringWidth(text, REGULAR, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, FONT_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def count_chart(title: str, lines: Sequence[CountLine], width: float) -> Drawing:
    """One bar per line, the largest on top, with the count at the bar's end."""
    register_fonts()
    shown = list(lines)[::-1]  # reportlab draws the first category at the bottom
    height = len(shown) * BAR_HEIGHT + 16 * mm
    drawing = Drawing(width, height, initialFontName=REGULAR)
    drawing.add(String(0, height - 4 * mm, title, fontName=BOLD, fontSize=9))
    chart = HorizontalBarChart()
    # types-reportlab declares chart geometry as int; reportlab takes any number.
    chart.x = LABEL_WIDTH  # type: ignore[assignment]
    chart.y = 6 * mm  # type: ignore[assignment]
    chart.width = width - chart.x - 10 * mm  # type: ignore[assignment]
    chart.height = len(shown) * BAR_HEIGHT  # type: ignore[assignment]
    chart.data = [[line.count for line in shown]]
    chart.bars[0].fillColor = ACTUAL_COLOUR
    chart.bars.strokeColor = None
    # types-reportlab declares chart geometry as int; reportlab takes any number.
    chart.barWidth = BAR_HEIGHT * 0.6  # type: ignore[assignment]
    scale_value_axis(chart.valueAxis, max([1, *(line.count for line in shown)]), STEPS, 6)
    chart.categoryAxis.categoryNames = [_short(x.label, LABEL_WIDTH - 4 * mm) for x in shown]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = colors.grey
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
