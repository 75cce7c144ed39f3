"""«Сводка»: figures computed on the pool once per change of the data, bars aligned."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QProgressBar

from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.reporting.dashboard import DashboardService
from tests.gui.helpers import settled_dashboard


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The thread of every computation of the dashboard's figures (asked for before the
    window, so that its first computation is counted too)."""
    seen: list[str] = []
    original = DashboardService.build

    def counted(self: DashboardService, *args: object, **kwargs: object) -> object:
        seen.append(threading.current_thread().name)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DashboardService, "build", counted)
    return seen


def test_figures_are_computed_off_the_gui_thread(qtbot, builds, window: MainWindow) -> None:
    page = window.dashboard
    assert page.is_busy and page.busy.isVisible()  # the indicator while the pool computes
    settled_dashboard(qtbot, window)
    assert not page.busy.isVisible()
    assert builds and threading.main_thread().name not in builds
    assert "Внедрено 0 инструментов из 15" in page.headline.text()


def test_requests_while_computing_fold_into_one_more(qtbot, builds, window: MainWindow) -> None:
    settled_dashboard(qtbot, window)
    before = len(builds)
    for _ in range(4):
        window.dashboard.refresh()
    settled_dashboard(qtbot, window)
    assert len(builds) == before + 2  # the one running, then one for all the later requests


def test_computed_once_per_change_of_the_data(qtbot, builds, window: MainWindow) -> None:
    settled_dashboard(qtbot, window)
    before = len(builds)
    window.show_page(window.council)
    window.show_page(window.dashboard)
    settled_dashboard(qtbot, window)
    assert len(builds) == before  # nothing changed: the figures on screen stand
    window.show_page(window.council)
    window._data_changed()
    window._data_changed()
    assert len(builds) == before  # hidden: recomputed when it is next shown, not now
    window.show_page(window.dashboard)
    settled_dashboard(qtbot, window)
    assert len(builds) == before + 1


def test_progress_bars_line_up_across_blocks(qtbot, window: MainWindow) -> None:
    page = settled_dashboard(qtbot, window)
    bars = page.findChildren(QProgressBar)
    bars = [bar for bar in bars if bar is not page.busy_bar]
    assert len(bars) >= 15
    lefts = {bar.mapTo(page, QPoint(0, 0)).x() for bar in bars}
    rights = {bar.mapTo(page, QPoint(bar.width(), 0)).x() for bar in bars}
    assert len(lefts) == 1 and len(rights) == 1
