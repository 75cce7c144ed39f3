"""Issue 17: «Целевые показатели» computes Table 1 on the pool (at 100,000 companies the
registry's figures froze the window for seconds at every opening); the last tables stay
shown meanwhile and a newer refresh drops an older computation's answer."""

from __future__ import annotations

import threading

import pytest

from res_desktop.gui.records.indicators_page import IndicatorsPage
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.records.service import RecordsService
from tests.gui.helpers import indicators_computed
from tests.gui.helpers import shown_page

INDICATORS = RecordsService.indicators


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of every Table 1 computation (patched before the page's reader opens)."""
    seen: list[threading.Thread] = []

    def indicators(self: RecordsService, year: int) -> object:
        seen.append(threading.current_thread())
        return INDICATORS(self, year)

    monkeypatch.setattr(RecordsService, "indicators", indicators)
    return seen


def test_table_1_arrives_from_the_pool_and_a_stale_answer_is_dropped(
    qtbot, threads: list[threading.Thread], workspace: Workspace
) -> None:
    page = shown_page(qtbot, lambda host: IndicatorsPage(workspace, host))
    assert page.computing and page.model.rowCount() == 0
    assert page.summary.text() == "Показатели таблицы 1 рассчитываются по данным базы…"
    answers: list[int] = []
    page.computed.connect(lambda: answers.append(page.model.rowCount()))
    indicators_computed(qtbot, page)
    assert answers == [7] and page.table.currentIndex().row() == 0
    assert threads and threading.main_thread() not in threads

    workspace.records.set_indicator_value(number=4, year=page.year.value(), kind="plan", value=12)
    page.refresh()
    page.refresh()  # asked again before the first answer: only the last one is shown
    assert page.model.rowCount() == 7  # the last tables stay shown meanwhile
    indicators_computed(qtbot, page)
    qtbot.wait(50)
    assert answers == [7, 7]
    assert page._tables[page.year.value()].row(4).plan == 12
