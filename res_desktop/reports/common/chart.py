"""The plan-schedule chart: instruments required vs implemented at each schedule date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from res_desktop.reports.common.data import Milestone
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.fonts import register_fonts

REQUIRED_COLOUR = colors.HexColor("#b8c2cf")
ACTUAL_COLOUR = colors.HexColor("#1f3b63")
FONT_SIZE = 7.5


def _label(m: Milestone) -> str:
    return m.date.strftime("%d.%m")


def scale_value_axis(
    axis: Any, top: int, steps: Sequence[int], labels: int, grid_width: float | None = None
) -> None:
    """The value axis from 0 to ``top`` rounded up to the first of the round ``steps`` that
    gives at most about ``labels`` ticks; labels in the report's font, a light grid."""
    step = next((s for s in steps if top / s <= labels), max(top // labels, 1))
    axis.valueMin = 0
    axis.valueMax = -(-top // step) * step
    axis.valueStep = step
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = FONT_SIZE
    axis.strokeColor = colors.grey
    axis.visibleGrid = 1
    axis.gridStrokeColor = colors.HexColor("#dddddd")
    if grid_width is not None:
        axis.gridStrokeWidth = grid_width


def schedule_chart(
    milestones: Sequence[Milestone], width: float, height: float = 62 * mm
) -> Drawing:
    """Grouped bars; dates after the report's «as of» date have no actual bar (None)."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=REGULAR)  # else renderPDF sets Helvetica
    chart = VerticalBarChart()
    # types-reportlab declares chart geometry as int; reportlab takes any number.
    chart.x = 12 * mm  # type: ignore[assignment]
    chart.y = 18 * mm  # type: ignore[assignment]
    chart.width = width - chart.x - 4 * mm  # type: ignore[assignment]
    chart.height = height - chart.y - 4 * mm  # type: ignore[assignment]
    chart.data = [
        [m.required for m in milestones],
        [m.actual for m in milestones],  # None leaves the bar out
    ]
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.bars[0].fillColor = REQUIRED_COLOUR
    chart.bars[1].fillColor = ACTUAL_COLOUR
    chart.bars.strokeColor = None

    top = max([15, *(m.required for m in milestones), *(m.actual or 0 for m in milestones)])
    scale_value_axis(chart.valueAxis, top, (1, 2, 3, 5, 10, 20, 25, 50, 100), 8, grid_width=0.4)

    chart.categoryAxis.categoryNames = [_label(m) for m in milestones]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = colors.grey

    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)

    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = FONT_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.x = chart.x
    # types-reportlab declares chart geometry as int; reportlab takes any number.
    legend.y = 5 * mm  # type: ignore[assignment]
    legend.dx = 8
    legend.dy = 8
    legend.deltax = 70 * mm  # type: ignore[assignment]
    legend.boxAnchor = "w"
    legend.colorNamePairs = [
        (REQUIRED_COLOUR, "требуется по плановому графику"),
        (ACTUAL_COLOUR, "внедрено фактически"),
    ]
    drawing.add(legend)
    return drawing
