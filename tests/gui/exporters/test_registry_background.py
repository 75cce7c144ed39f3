"""Issue 17: the registry's search, sort and scroll query SQLite on the pool, never on the
GUI thread; the page shows it is busy meanwhile, and a superseded answer is dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from benchmarks.registry_table import generate_registry
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.query import SortColumn
from res_desktop.gui.exporters.registry_page import RegistryPage
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.service import ExporterService
from tests.gui.exporters.registry_wait import rows_arrived

COUNT, PAGE = ExporterService.count, ExporterService.page
SLOW = RegistryQuery(sort=SortColumn.INN)


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of every registry count and page read."""
    seen: list[threading.Thread] = []

    def count(self: ExporterService, query: RegistryQuery) -> int:
        seen.append(threading.current_thread())
        return COUNT(self, query)

    def page(self: ExporterService, query: RegistryQuery, *, offset: int, limit: int) -> object:
        seen.append(threading.current_thread())
        return PAGE(self, query, offset=offset, limit=limit)

    monkeypatch.setattr(ExporterService, "count", count)
    monkeypatch.setattr(ExporterService, "page", page)
    return seen


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """(started, release): counting SLOW waits for ``release`` (patched before any page
    exists: the workspace wraps its services' methods when it opens)."""
    started, release = threading.Event(), threading.Event()

    def count(self: ExporterService, query: RegistryQuery) -> int:
        if query == SLOW:
            started.set()
            release.wait(10)  # still counting when the user asks for something else
        return COUNT(self, query)

    monkeypatch.setattr(ExporterService, "count", count)
    return started, release


@pytest.fixture
def page(qtbot, workspace: Workspace) -> Iterator[RegistryPage]:
    generate_registry(workspace.db.conn, 1000)
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1280, 800)
    shown = RegistryPage(workspace, host)
    shown.resize(1280, 800)
    host.show()
    yield shown
    rows_arrived(qtbot, shown)


def test_search_sort_and_scroll_read_on_the_pool_with_a_busy_line(
    qtbot, threads: list[threading.Thread], page: RegistryPage
) -> None:
    model = page.model
    assert model.loading and page.busy.isVisible()  # the first query is on its way
    assert page.status.text() == "Выполняется запрос к реестру…"
    with qtbot.waitSignal(model.loading_changed) as done:
        pass
    assert done.args == [False] and not page.busy.isVisible()
    assert model.rowCount() == 1000 and page.status.text() == "Показано 1\u00a0000 из 1\u00a0000"

    page.filters.search.setText("экспорт")
    with qtbot.waitSignal(page.filters.query_changed):
        pass
    assert model.loading and page.busy.isVisible() and model.rowCount() == 1000  # old rows kept
    rows_arrived(qtbot, page)
    assert 0 < model.rowCount() < 1000
    with qtbot.waitSignal(page.filters.query_changed):  # debounced like the typing
        page.filters.search.clear()
    rows_arrived(qtbot, page)
    assert model.rowCount() == 1000

    model.sort(list(SortColumn).index(SortColumn.VOLUME))
    assert model.loading and model.query().sort is SortColumn.VOLUME
    rows_arrived(qtbot, page)
    assert model.row(999) is None  # not read yet: asked of the pool, shown empty meanwhile
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.row(999) is not None
    assert threads and threading.main_thread() not in threads


def test_an_answer_to_a_superseded_query_is_dropped(
    qtbot, gate: tuple[threading.Event, threading.Event], page: RegistryPage
) -> None:
    rows_arrived(qtbot, page)
    model, (started, release) = page.model, gate
    resets: list[RegistryQuery] = []
    model.modelReset.connect(lambda: resets.append(model.query()))
    model.set_query(SLOW)
    assert started.wait(10)
    wanted = RegistryQuery(search="экспорт", sort=SortColumn.NAME)
    model.set_query(wanted)
    release.set()
    rows_arrived(qtbot, page)
    assert resets == [wanted]  # the slow answer came back and was never shown
    assert model.rowCount() == page._ws.exporters.count(wanted) < 1000
