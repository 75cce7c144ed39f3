"""«Целевые показатели»: Table 1 for a year, hand values through the dialog, the chart."""

from __future__ import annotations

from PySide6.QtCharts import QLineSeries
from PySide6.QtGui import QBrush

from res_desktop.gui.records.indicators_dialog import IndicatorDialog
from res_desktop.gui.records.indicators_model import IndicatorsModel
from res_desktop.gui.records.indicators_page import IndicatorsPage
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.helpers import indicators_computed
from tests.gui.helpers import shown_page
from tests.gui.helpers import typed_run

Y = TODAY.year


def _select(page: IndicatorsPage, number: int) -> int:
    for n, row in enumerate(page.model.rows()):
        if row.indicator.number == number:
            page.table.selectRow(page.proxy.mapFromSource(page.model.index(n, 0)).row())
            return n
    raise AssertionError(number)


def test_indicators_page_plan_decides_met(qtbot, workspace: Workspace) -> None:
    page = indicators_computed(
        qtbot, shown_page(qtbot, lambda host: IndicatorsPage(workspace, host))
    )
    assert page.model.rowCount() == 7
    row = _select(page, 4)
    page.run_dialog = typed_run(IndicatorDialog, {"actual": "11,5", "plan": "12,0"})
    with qtbot.waitSignal(page.changed):
        page.edit_selected()
        indicators_computed(qtbot, page)
    assert page.model.data(page.model.index(row, 3)) == "11,5"
    assert page.model.data(page.model.index(row, 4)) == "введено вручную"
    assert page.model.data(page.model.index(row, 6)) == "не выполнен"
    _select(page, 4)
    page.run_dialog = typed_run(IndicatorDialog, {"plan": "11,2"})
    page.edit_selected()
    indicators_computed(qtbot, page)
    assert page.model.data(page.model.index(row, 6)) == "выполнен"
    assert workspace.records.indicators(Y).row(4).met_plan is True
    brush = page.model.data(page.model.index(row, 6), 9)  # ForegroundRole
    assert isinstance(brush, QBrush)
    assert brush.color().name() == "#1e7b34"


def test_indicators_page_rejects_bad_values(qtbot, workspace: Workspace) -> None:
    page = indicators_computed(
        qtbot, shown_page(qtbot, lambda host: IndicatorsPage(workspace, host))
    )
    _select(page, 4)
    seen: list[str] = []
    page.run_dialog = typed_run(IndicatorDialog, {"actual": "сто"}, seen)
    page.edit_selected()
    indicators_computed(qtbot, page)
    page.run_dialog = typed_run(IndicatorDialog, {"actual": "120"}, seen)
    page.edit_selected()
    indicators_computed(qtbot, page)
    assert "Введите число" in seen[0]
    assert seen[1] == "Доля не может превышать 100%."
    assert workspace.records.indicators(Y).row(4).actual is None


def test_indicators_page_base_and_growth(qtbot, workspace: Workspace) -> None:
    page = indicators_computed(
        qtbot, shown_page(qtbot, lambda host: IndicatorsPage(workspace, host))
    )
    page.year.setValue(2021)
    row = _select(page, 3)
    page.run_dialog = typed_run(IndicatorDialog, {"base": "200", "actual": "230", "plan": "110"})
    page.edit_selected()
    indicators_computed(qtbot, page)
    assert page.model.data(page.model.index(row, 3)) == "115"
    assert page.model.data(page.model.index(row, 8)) == "выполнен"  # reference 110
    assert workspace.records.indicators(2021).row(3).base == 200


def test_indicators_page_chart_follows_selection(qtbot, workspace: Workspace) -> None:
    workspace.records.set_indicator_value(number=7, year=2025, kind="plan", value=82.5)
    page = indicators_computed(
        qtbot, shown_page(qtbot, lambda host: IndicatorsPage(workspace, host))
    )
    _select(page, 7)
    chart = page.chart.chart()
    assert chart.title().startswith("7. ")
    series = {s.name(): s for s in chart.series() if isinstance(s, QLineSeries)}
    assert set(series) == {"Факт", "План региона", "Эталон Стандарта"}
    assert [(p.x(), p.y()) for p in series["План региона"].points()] == [(2025.0, 82.5)]
    assert len(series["Эталон Стандарта"].points()) == 11


def test_indicators_page_model(qtmodeltester, workspace: Workspace) -> None:
    model = IndicatorsModel()
    model.set_rows(workspace.records.indicators(Y).rows)
    qtmodeltester.check(model)
