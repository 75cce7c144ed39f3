"""The registry analysis page with real widgets: charts, files, the dispatch dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QHorizontalStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from res_desktop.domain.exporters.analysis import REC
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.domain.exporters.model import Barrier
from res_desktop.gui.exporters.analysis_models import BarriersModel
from res_desktop.gui.exporters.analysis_models import DispatchesModel
from res_desktop.gui.exporters.analysis_models import GroupsModel
from res_desktop.gui.exporters.analysis_page import ExporterAnalysisPage
from res_desktop.gui.exporters.dispatch_dialog import DispatchDialog
from res_desktop.services.common.workspace import Workspace
from tests.gui.helpers import shown_page
from tests.reports.common.helpers import read_pdf
from tests.services.exporters.exporters_analysis_fixture import small_registry


@pytest.fixture
def shown(qtbot, workspace: Workspace) -> Iterator[ExporterAnalysisPage]:
    yield shown_page(qtbot, lambda host: ExporterAnalysisPage(workspace, host))


def _page(shown: ExporterAnalysisPage, ws: Workspace) -> ExporterAnalysisPage:
    small_registry(ws.db)
    shown.refresh()
    return shown


def _bar_sets(page_view) -> dict[str, list[float]]:
    (series,) = page_view.chart().series()
    assert isinstance(series, QHorizontalStackedBarSeries)
    return {s.label(): [s.at(n) for n in range(s.count())] for s in series.barSets()}


def _categories(page_view) -> list[str]:
    (axis,) = page_view.chart().axes(Qt.Orientation.Vertical)
    return list(axis.categories())


def test_empty_registry_page(shown: ExporterAnalysisPage) -> None:
    page = shown
    assert "Реестр экспортёров пуст" in page.summary.text()
    assert "отмечается вручную" in page.verdicts.text()
    assert page.groups_model.rowCount() == 0 and page.barriers_model.rowCount() == 0


def test_charts_by_industry_and_municipality(
    shown: ExporterAnalysisPage, workspace: Workspace
) -> None:
    page = _page(shown, workspace)
    assert "В реестре <b>5 компаний</b>" in page.summary.text()
    assert _categories(page.stage_view) == [
        "не указано", "Металлургия", "Лесопромышленный комплекс", "АПК",
    ]  # fmt: skip
    stages = _bar_sets(page.stage_view)
    assert stages["регулярный экспорт"] == [0.0, 0.0, 0.0, 1.0]
    assert stages["этап не определён"] == [1.0, 0.0, 0.0, 0.0]
    assert _bar_sets(page.needs_view)["финансовая поддержка (кредит, страхование, субсидии)"] == [
        0.0, 1.0, 0.0, 1.0,
    ]  # fmt: skip
    page.grouping.setCurrentIndex(1)
    assert _categories(page.barriers_view) == ["не указано", "Смоленск", "Вязьма"]
    assert _bar_sets(page.barriers_view)["таможенное администрирование"] == [0.0, 2.0, 0.0]
    assert page.groups_model.row(0).name in {"Вязьма", "Смоленск"}


def test_barrier_files_follow_the_checked_kinds(
    shown: ExporterAnalysisPage, workspace: Workspace, tmp_path: Path
) -> None:
    page = _page(shown, workspace)
    assert page.barriers_model.rowCount() == 4
    assert page.selected_kinds() == [
        Barrier.CUSTOMS, Barrier.CERTIFICATION, Barrier.LOGISTICS, Barrier.PAYMENTS,
        Barrier.NON_TARIFF,
    ]  # fmt: skip
    other = page.kinds.item(list(Barrier).index(Barrier.OTHER))
    other.setCheckState(Qt.CheckState.Checked)
    assert page.barriers_model.rowCount() == 5
    xlsx = page.save_barriers_xlsx(tmp_path / "барьеры.xlsx")
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert len(rows) == 4 + 5 and "иное" in [r[1] for r in rows[4:]]
    pdf = read_pdf(page.save_annex_pdf(tmp_path / "приложение.pdf"))
    assert "Нет вагонов на станции отправления" in pdf.text
    for n in range(page.kinds.count()):
        page.kinds.item(n).setCheckState(Qt.CheckState.Unchecked)
    assert not page.xlsx_button.isEnabled() and not page.pdf_button.isEnabled()


def test_dispatch_dialog_records_the_letter(
    qtbot, shown: ExporterAnalysisPage, workspace: Workspace
) -> None:
    page = _page(shown, workspace)
    assert "не направлялись" in page.verdicts.text()
    dialog = DispatchDialog(workspace, 2026, page)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Укажите исходящий номер письма."
    assert dialog.result() == 0 and workspace.exporter_analysis.dispatches() == []
    dialog.number.setText("01-12/350")
    dialog.recipient.setCurrentText(REC)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        page.dispatch_saved()
    assert dialog.saved is not None and dialog.saved.sent_on == dt.date(2026, 11, 24)
    assert page.dispatches_model.rowCount() == 1
    assert page.dispatches_model.index(0, 1).data() == "01-12/350"
    assert "Не направлено в профильный федеральный орган" in page.verdicts.text()


def test_analysis_models_are_valid_qt_models(qtmodeltester, workspace: Workspace) -> None:
    small_registry(workspace.db)
    workspace.exporter_analysis.save_dispatch(
        dispatch=BarrierDispatch(
            year=2026, sent_on=dt.date(2026, 11, 1), outgoing_number="7", recipient=REC
        )
    )
    analysis = workspace.exporter_analysis
    groups, barriers, dispatches = GroupsModel(), BarriersModel(), DispatchesModel()
    groups.set_rows(analysis.analysis(2026).by_industry)
    barriers.set_rows(analysis.barriers_to_send(2026))
    dispatches.set_rows(analysis.dispatches(2026))
    for model in (groups, barriers, dispatches):
        qtmodeltester.check(model)
    assert groups.index(3, 0).data() == "не указано"
