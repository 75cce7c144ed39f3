"""«Региональная программа»: the document, events and budget through the dialogs."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog

from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.russian import exact
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Kpi
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.programme.dialogs import BudgetDialog
from res_desktop.gui.programme.dialogs import EventDialog
from res_desktop.gui.programme.dialogs import KpiFactDialog
from res_desktop.gui.programme.dialogs import ProgrammeDialog
from res_desktop.gui.programme.models import budget_model
from res_desktop.gui.programme.models import events_model
from res_desktop.gui.programme.models import execution_model
from res_desktop.gui.programme.page import ProgrammePage
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.programme import fill_programme_demo
from tests.conftest import TODAY

Y = TODAY.year


def _page(qtbot, ws: Workspace) -> ProgrammePage:
    page = ProgrammePage(ws)
    qtbot.addWidget(page)
    return page


def _fill_programme(dialog: QDialog) -> int:
    assert isinstance(dialog, ProgrammeDialog)
    dialog.title.setText("Региональная программа развития экспорта")
    dialog.act_type.setText("Постановление Губернатора")
    dialog.act_number.setText("45-пг")
    dialog.act_date.set_value(dt.date(2024, 3, 12), TODAY)
    dialog.goals.setPlainText("Рост экспорта\n\nНовые экспортёры")
    dialog.accept()
    return dialog.result()


def _event_run(title: str, deadline: dt.date, done_on: dt.date | None):
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, EventDialog)
        dialog.title.setText(title)
        dialog.instrument.setCurrentIndex(dialog.instrument.findData("11"))
        dialog.responsible.setText("ЦПЭ")
        dialog.deadline.setDate(to_qdate(deadline))
        dialog.funding.planned[0].setValue(1_000_000)
        if done_on is not None:
            dialog.status.setCurrentIndex(dialog.status.findData(EventStatus.DONE))
            dialog.done_count.setValue(1)
            dialog.done_on.set_value(done_on, TODAY)
        dialog.accept()
        return dialog.result()

    return run


def test_programme_and_events_fill_instrument_4(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    assert "не внесены" in page.details.text()
    page.run_dialog = _fill_programme
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert "45-пг" in page.details.text() and "Новые экспортёры" in page.details.text()
    assert workspace.programme.programme().goals == ("Рост экспорта", "Новые экспортёры")

    tab = page.events
    tab.run_dialog = _event_run("Бизнес-миссия", dt.date(Y, 6, 30), dt.date(Y, 7, 3))
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert "«Бизнес-миссия» (срок 30.06.2026, выполнено 03.07.2026)" in tab.summary.text()
    view = workspace.checklists.checklist("04", Y).view("programme_events_executed")
    assert view.status is not Status.DONE and "Бизнес-миссия" in view.derived_note

    tab.table.selectRow(0)
    tab.run_dialog = _event_run("Бизнес-миссия", dt.date(Y, 6, 30), dt.date(Y, 6, 28))
    with qtbot.waitSignal(page.changed):
        tab.edit_selected()
    view = workspace.checklists.checklist("04", Y).view("programme_events_executed")
    assert view.status is Status.DONE

    tab.table.selectRow(0)
    tab.confirm = lambda _title, _text: True
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and workspace.programme.events() == []


def test_bad_event_keeps_the_dialog_open_with_messages(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    shown: list[str] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, EventDialog)
        dialog.status.setCurrentIndex(dialog.status.findData(EventStatus.DONE))
        dialog.accept()
        shown.append(dialog.errors.text())
        assert dialog.isVisible() is False and dialog.result() == 0
        return 0

    page.events.run_dialog = run
    qtbot.mouseClick(page.events.add_button, Qt.MouseButton.LeftButton)
    assert "Укажите наименование мероприятия." in shown[0]
    assert "Укажите дату выполнения." in shown[0]
    assert workspace.programme.events() == []


def test_budget_colours_and_threshold(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    tab = page.budget

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, BudgetDialog)
        dialog.grp.setValue(600e9)
        dialog.budget.setValue(59_999_999)
        dialog.accept()
        return dialog.result()

    tab.run_dialog = run
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    index = tab.model.index(0, 4)
    assert tab.model.data(index) == "ниже ориентира"
    brush = tab.model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    colour = brush.color().name()
    assert colour == "#b3261e"
    assert "требуется 60\u00a0000\u00a0000\u00a0₽" in tab.summary.text()
    workspace.programme.save_budget(budget=BudgetYear(year=Y, grp=600 * 10**9, budget=60_000_000))
    tab.refresh()
    assert tab.model.data(index) == "соответствует"


def test_quarter_view_of_the_demo(qtbot, workspace: Workspace) -> None:
    fill_programme_demo(workspace, TODAY)
    page = _page(qtbot, workspace)
    tab = page.execution
    assert tab.quarter.currentData() == 4
    assert tab.model.rowCount() == 12
    assert "выполнено с нарушением срока — 1" in tab.summary.text()
    tab.quarter.setCurrentIndex(0)
    assert tab.model.rowCount() == 1
    assert "выполнено в срок — 1" in tab.summary.text()


def test_programme_models_pass_the_model_tester(qtmodeltester, workspace: Workspace) -> None:
    fill_programme_demo(workspace, TODAY)
    events, budget, execution = events_model(), budget_model(), execution_model()
    events.set_rows(workspace.programme.events(Y))
    budget.set_rows(workspace.programme.budgets())
    execution.set_rows(list(workspace.programme.quarter_execution(Y, 4).rows))
    for model in (events, budget, execution):
        qtmodeltester.check(model)


def test_event_of_the_strategy_or_a_regional_project_through_the_dialog(
    qtbot, workspace: Workspace
) -> None:
    """«рекомендовано включить в Региональную программу детализированные мероприятия по
    реализации экспортной стратегии»: an event need not belong to instruments 10-15."""
    page = _page(qtbot, workspace)
    tab = page.events

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, EventDialog)
        labels = [dialog.instrument.itemText(i) for i in range(dialog.instrument.count())]
        assert labels[0] == "Инструмент 1" and labels[14] == "Инструмент 15"
        assert labels[15:] == [
            "Мероприятие экспортной стратегии",
            "Мероприятие регионального проекта",
        ]
        dialog.title.setText("Отраслевая стратегическая сессия")
        dialog.instrument.setCurrentIndex(dialog.instrument.findData("strategy"))
        dialog.responsible.setText("РОИВ-координатор")
        dialog.deadline.setDate(to_qdate(dt.date(Y, 10, 15)))
        dialog.accept()
        return dialog.result()

    tab.run_dialog = run
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [e.instrument for e in workspace.programme.events()] == ["strategy"]
    assert tab.model.index(0, 0).data() == "Стратегия"


def _with_kpi(ws: Workspace) -> Kpi:
    return ws.programme.save_kpi(kpi=Kpi("Объём экспорта", "млн долл. США", {Y - 1: 1240}))


def test_kpi_fact_saved_through_the_dialog(qtbot, workspace: Workspace) -> None:
    kpi = _with_kpi(workspace)
    page = _page(qtbot, workspace)
    seen: list[str] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, KpiFactDialog)
        assert dialog.year.value() == Y - 1 and dialog.no_data.isChecked()
        assert not dialog.value.isEnabled()  # «нет данных» until a value is entered
        seen.append(dialog.plan.text())
        dialog.no_data.setChecked(False)
        dialog.value.setValue(1262.5)
        dialog.accept()
        return dialog.result()

    page.run_dialog = run
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.fact_button, Qt.MouseButton.LeftButton)
    assert seen == [f"План на {Y - 1} год: {exact(1240)}"]
    assert workspace.programme.kpis() == [dataclasses.replace(kpi, fact={Y - 1: 1262.5})]
    assert f"факт: {Y - 1} — {exact(1262.5)}" in page.kpis.text()

    def clear(dialog: QDialog) -> int:  # «нет данных» removes the fact entered
        assert isinstance(dialog, KpiFactDialog)
        assert not dialog.no_data.isChecked() and dialog.value.value() == 1262.5
        dialog.no_data.setChecked(True)
        dialog.accept()
        return dialog.result()

    page.run_dialog = clear
    page.enter_fact()
    assert workspace.programme.kpis() == [kpi]


def test_kpi_fact_dialog_cancelled_keeps_the_records(qtbot, workspace: Workspace) -> None:
    kpi = _with_kpi(workspace)
    page = _page(qtbot, workspace)

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, KpiFactDialog)
        dialog.no_data.setChecked(False)
        dialog.value.setValue(99)
        dialog.reject()  # the Cancel path: nothing is saved
        return dialog.result()

    page.run_dialog = run
    page.enter_fact()
    assert workspace.programme.kpis() == [kpi]


def test_kpi_fact_button_waits_for_a_kpi(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    assert not page.fact_button.isEnabled()
