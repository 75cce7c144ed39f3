"""Issue 17 on the exporters page: the analysis is computed off the GUI thread, when shown;
issue 15: Table 1 re-reads the registry after an import."""

from __future__ import annotations

from benchmarks.registry_table import inn_for
from res_desktop.domain.exporters.model import Company
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.gui.exporters.page import ExportersPage
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.helpers import indicators_computed
from tests.gui.helpers import shown_page
from tests.services.exporters.exporters_analysis_fixture import small_registry


def test_the_analysis_waits_for_its_tab_and_runs_in_the_background(
    qtbot, workspace: Workspace
) -> None:
    small_registry(workspace.db)
    page = shown_page(qtbot, lambda host: ExportersPage(workspace, host))
    assert page.analysis.analysis is None  # opening the page computed nothing
    with qtbot.waitSignal(page.analysis.computed, timeout=20_000):
        page.tabs.setCurrentWidget(page.analysis)
        assert not page.analysis.busy.isHidden()  # the busy line while it runs
    assert page.analysis.busy.isHidden()
    assert page.analysis.analysis is not None and page.analysis.analysis.total > 0
    assert page.analysis.summary.text()


def test_a_result_for_a_year_no_longer_asked_for_is_dropped(qtbot, workspace: Workspace) -> None:
    small_registry(workspace.db)
    page = shown_page(qtbot, lambda host: ExportersPage(workspace, host))
    analysis = page.analysis
    applied: list[int] = []
    analysis.computed.connect(lambda: applied.append(analysis.analysis.year))
    page.tabs.setCurrentWidget(analysis)  # asks for this year
    with qtbot.waitSignal(analysis.computed, timeout=20_000):
        analysis.year.setValue(TODAY.year - 1)  # asked before the first result came
    qtbot.wait(300)  # the first job's result, if it came later, is not applied either
    assert applied == [TODAY.year - 1]
    assert analysis.analysis is not None and analysis.analysis.year == TODAY.year - 1


def test_the_indicators_page_refreshes_after_an_import(qtbot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(8)
    indicators_computed(qtbot, window.indicators)
    year = window.indicators.year.value()
    assert window.indicators._tables[year].row(1).raw is None
    window.nav.setCurrentRow(4)
    workspace.exporters.save_company(
        company=Company(inn=inn_for(1), full_name="ООО «Лён»", export_volume=((year, 150.0),))
    )
    window.exporters._after_import()  # what the import dialog's «imported» signal runs
    indicators_computed(qtbot, window.indicators)
    assert window.indicators._tables[year].row(1).raw == 150.0
    snapshot = "SELECT count(*) FROM registry_snapshot WHERE year = ?"
    assert workspace.db.execute(snapshot, [TODAY.year]).fetchone()[0] == 1  # this year's kept
