"""Issue 17: «Инструменты» lays its tree out at once and computes the percentages on the
pool (at 100,000 companies they froze the window for a second); a newer refresh drops an
older computation's answer."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from res_desktop.gui.checklist.page import CODE_ROLE
from res_desktop.gui.checklist.page import COUNTING
from res_desktop.gui.checklist.page import InstrumentsPage
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.reporting.dashboard import DashboardService
from tests.conftest import TODAY

SUMMARIES = DashboardService.summaries


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Each computation's thread; the first one waits for ``release`` (patched before the
    page opens its reader: a workspace wraps its services' methods when it opens)."""
    seen: dict[str, object] = {"threads": [], "release": threading.Event()}
    started = threading.Event()
    seen["started"] = started

    def summaries(self: DashboardService, year: int, on: object = None) -> object:
        threads = seen["threads"]
        assert isinstance(threads, list)
        threads.append(threading.current_thread())
        if len(threads) == 1:
            started.set()
            release = seen["release"]
            assert isinstance(release, threading.Event)
            release.wait(10)
        return SUMMARIES(self, year, on)  # type: ignore[arg-type]

    monkeypatch.setattr(DashboardService, "summaries", summaries)
    return seen


def _percent_column(page: InstrumentsPage) -> dict[str, str]:
    return {row.data(0, CODE_ROLE): row.text(1) for row in page._rows()}


def test_the_tree_is_shown_at_once_and_its_percentages_arrive_from_the_pool(
    qtbot, gate: dict[str, object], workspace: Workspace
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    page = InstrumentsPage(workspace, QUndoStack(host), host)
    answers: list[int] = []
    page.counted.connect(lambda: answers.append(1))
    shown = _percent_column(page)
    assert len(shown) >= 15 and set(shown.values()) == {COUNTING} and page.counting
    assert page.current_code() == "01"  # the checklist opens while the figures are computed
    release = gate["release"]
    assert isinstance(release, threading.Event) and isinstance(gate["started"], threading.Event)
    assert gate["started"].wait(10)
    page.refresh_tree()  # the data changed meanwhile: the first answer is stale
    with qtbot.waitSignal(page.counted, timeout=10_000):
        release.set()
    expected = {
        s.instrument.code: f"{s.progress.percent}%"
        for s in workspace.dashboard.summaries(TODAY.year)
    }
    assert _percent_column(page) == expected and not page.counting
    threads = gate["threads"]
    assert isinstance(threads, list) and len(threads) == 3  # two on the pool, one just above
    assert threading.main_thread() not in threads[:2]
    qtbot.wait(50)
    assert _percent_column(page) == expected and answers == [1]  # the stale one was dropped
