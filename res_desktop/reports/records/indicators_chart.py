"""A line chart of one Table 1 indicator: actual, plan and the Standard's reference."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from res_desktop.reports.common.chart import ACTUAL_COLOUR
from res_desktop.reports.common.chart import FONT_SIZE
from res_desktop.reports.common.chart import REQUIRED_COLOUR
from res_desktop.reports.common.fonts import BOLD
from res_desktop.reports.common.fonts import REGULAR
from res_desktop.reports.common.fonts import register_fonts
from res_desktop.reports.records.data import IndicatorPoint

PLAN_COLOUR = colors.HexColor("#c77d1a")
SERIES = (
    ("факт", ACTUAL_COLOUR),
    ("план региона", PLAN_COLOUR),
    ("эталон Стандарта", REQUIRED_COLOUR),
)


def indicator_chart(title: str, points: Sequence[IndicatorPoint], width: float) -> Drawing:
    """Years 2020-2030 on x; series without values are left out."""
    register_fonts()
    height = 55 * mm
    drawing = Drawing(width, height, initialFontName=REGULAR)
    drawing.add(String(0, height - 4 * mm, title, fontName=BOLD, fontSize=8.5))
    values = [
        [(p.year, p.actual) for p in points if p.actual is not None],
        [(p.year, p.plan) for p in points if p.plan is not None],
        [(p.year, p.reference) for p in points if p.reference is not None],
    ]
    shown = [(s, v) for s, v in zip(SERIES, values, strict=True) if v]
    plot = LinePlot()
    # types-reportlab declares chart geometry as int; reportlab takes any number.
    plot.x, plot.y = 12 * mm, 14 * mm  # type: ignore[assignment]
    plot.width, plot.height = width - 16 * mm, height - 26 * mm  # type: ignore[assignment]
    plot.data = [v for _s, v in shown] or [[(2020, 0)]]
    for n, ((_label, colour), v) in enumerate(shown):
        plot.lines[n].strokeColor = colour
        plot.lines[n].strokeWidth = 1.6
        if len(v) == 1:  # one year's value draws no line: a dot, so that it is seen
            # types-reportlab leaves makeMarker untyped
            dot = makeMarker("FilledCircle", size=5, fillColor=colour)  # type: ignore[no-untyped-call]
            plot.lines[n].symbol = dot
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 2020, 2030
    plot.xValueAxis.valueStep = 1
    plot.xValueAxis.labelTextFormat = "%d"
    top = max([1.0, *(y for _s, v in shown for _x, y in v)])
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, top * 1.1
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, FONT_SIZE
        axis.strokeColor = colors.grey
    drawing.add(plot)
    legend = Legend()
    # types-reportlab declares chart geometry as int; reportlab takes any number.
    legend.x, legend.y = 12 * mm, 4 * mm  # type: ignore[assignment]
    legend.alignment, legend.columnMaximum = "right", 1
    legend.fontName, legend.fontSize = REGULAR, FONT_SIZE
    legend.colorNamePairs = [(c, label) for (label, c), _v in shown]
    legend.dx, legend.dy, legend.deltax = 8, 3, 90
    drawing.add(legend)
    return drawing
