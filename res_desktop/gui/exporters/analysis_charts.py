"""Stacked bar charts of the registry analysis (QtCharts): stages, needs, barriers by group."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCharts import QBarSet
from PySide6.QtCharts import QChart
from PySide6.QtCharts import QHorizontalStackedBarSeries
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt

from res_desktop.domain.exporters.analysis import GroupStats
from res_desktop.domain.exporters.analysis import Pairs
from res_desktop.domain.exporters.analysis import count_of

MAX_GROUPS = 10  # the largest groups; the rest are summed up as «прочие»
NOT_SET = "не указано"
OTHERS = "прочие"


def _categories(groups: Sequence[GroupStats]) -> list[tuple[str, list[GroupStats]]]:
    """The largest groups one by one, the rest as one «прочие» category."""
    shown = [(g.name or NOT_SET, [g]) for g in groups[:MAX_GROUPS]]
    rest = list(groups[MAX_GROUPS:])
    if rest:
        shown.append((f"{OTHERS} ({len(rest)})", rest))
    return shown


def stacked_chart(
    title: str,
    groups: Sequence[GroupStats],
    part: Callable[[GroupStats], Pairs],
    keys: Sequence[tuple[str, str]],
) -> QChart:
    """One horizontal bar per group, stacked by ``keys`` (value, label) counted by ``part``."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    categories = _categories(groups)[::-1]  # the first category is drawn at the bottom
    series = QHorizontalStackedBarSeries()
    totals = [0] * len(categories)
    for key, label in keys:
        counts = [sum(count_of(part(g), key) for g in members) for _name, members in categories]
        if not any(counts):
            continue
        totals = [t + n for t, n in zip(totals, counts, strict=True)]
        bar_set = QBarSet(label)
        bar_set.append([float(n) for n in counts])
        series.append(bar_set)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([name for name, _members in categories])
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    values = QValueAxis()
    values.setLabelFormat("%d")
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    top = max([1, *totals])
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if top / s <= 8), top // 8)
    values.setRange(0, -(-top // step) * step)  # an empty chart would get a NaN range
    values.setTickType(QValueAxis.TickType.TicksDynamic)
    values.setTickAnchor(0)
    values.setTickInterval(step)  # whole companies only
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart
