"""The main window's pages: the navigation's rows, each page built when first opened, and
the refreshes a change of the data sends to the pages already built."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING
from typing import Generic
from typing import TypeVar
from typing import cast

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.read_only import ReadOnlyGuard
from res_desktop.gui.common.widgets import tab_moves_on
from res_desktop.gui.common.window_geometry import restore_splitters
from res_desktop.services.common.workspace import Workspace

if TYPE_CHECKING:
    from res_desktop.gui.activities.page import ActivitiesPage
    from res_desktop.gui.checklist.page import InstrumentsPage
    from res_desktop.gui.common.record_page import RecordPage
    from res_desktop.gui.council.page import CouncilPage
    from res_desktop.gui.exporters.page import ExportersPage
    from res_desktop.gui.programme.page import ProgrammePage
    from res_desktop.gui.records.indicators_page import IndicatorsPage
    from res_desktop.gui.records.page import RecordsPage
    from res_desktop.gui.reporting.dashboard_page import DashboardPage
    from res_desktop.gui.reporting.reports_page import ReportsPage
    from res_desktop.gui.team.page import TeamPage

PAGES = (
    "Сводка",
    "Инструменты",
    "Экспортный совет",
    "Команда",
    "База экспортёров",
    "Программа",
    "Мероприятия",
    "Инструменты 6–8",
    "Целевые показатели",
    "Отчёты",
)
RECORD_PAGES = (  # module, class: imported when the page is first opened, not at start-up
    ("res_desktop.gui.council.page", "CouncilPage"),
    ("res_desktop.gui.team.page", "TeamPage"),
    ("res_desktop.gui.exporters.page", "ExportersPage"),
    ("res_desktop.gui.programme.page", "ProgrammePage"),
    ("res_desktop.gui.activities.page", "ActivitiesPage"),
    ("res_desktop.gui.records.page", "RecordsPage"),
    ("res_desktop.gui.records.indicators_page", "IndicatorsPage"),
)  # the pages between the checklist and the reports, in PAGES' order

P = TypeVar("P", bound=QWidget)


class _Page(Generic[P]):
    """A window's page by its row in PAGES, built on first use."""

    def __init__(self, row: int) -> None:
        self._row = row

    def __get__(self, window: WindowPages, owner: object = None) -> P:
        return cast(P, window.page(self._row))


class WindowPages(QMainWindow):
    """The part of the main window that owns its pages (set up by MainWindow.__init__)."""

    ws: Workspace
    undo: QUndoStack
    nav: QListWidget
    stack: QStackedWidget
    read_only_guard: ReadOnlyGuard | None
    _built: dict[int, QWidget]
    _placeholders: list[QWidget]
    _instruments_stale: bool

    def page(self, row: int) -> QWidget:
        """The page at ``row``, built on first use: a hidden page costs nothing at start-up."""
        built = self._built.get(row)
        if built is not None:
            return built
        page = self._make_page(row)
        if self.read_only_guard is not None:
            self.read_only_guard.watch(page)
        self._built[row] = page
        placeholder = self._placeholders[row]
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        restore_splitters(page, f"main_window/splitters/{row}")
        tab_moves_on(page)
        return page

    def _make_page(self, row: int) -> QWidget:
        ws = self.ws
        if row == 0:
            from res_desktop.gui.reporting.dashboard_page import DashboardPage

            dashboard = DashboardPage(ws)
            dashboard.instrument_requested.connect(self.open_instrument)
            return dashboard
        if row == 1:
            from res_desktop.gui.checklist.page import InstrumentsPage

            instruments = InstrumentsPage(ws, self.undo)
            instruments.panel.changed.connect(self._data_changed)
            instruments.panel.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            return instruments
        if row == len(PAGES) - 1:
            from res_desktop.gui.reporting.reports_page import ReportsPage

            reports = ReportsPage(ws)
            reports.archive_changed.connect(self._refresh_dashboard)
            return reports
        module, name = RECORD_PAGES[row - 2]
        kind: type[RecordPage] = getattr(import_module(module), name)
        record_page = kind(ws)
        record_page.changed.connect(self._data_changed)
        return record_page

    dashboard: _Page[DashboardPage] = _Page(0)
    council: _Page[CouncilPage] = _Page(2)
    team: _Page[TeamPage] = _Page(3)
    exporters: _Page[ExportersPage] = _Page(4)
    programme: _Page[ProgrammePage] = _Page(5)
    activities: _Page[ActivitiesPage] = _Page(6)
    records: _Page[RecordsPage] = _Page(7)
    indicators: _Page[IndicatorsPage] = _Page(8)
    reports: _Page[ReportsPage] = _Page(len(PAGES) - 1)

    @property
    def instruments(self) -> InstrumentsPage:
        """The checklist page, brought up to date first if the data changed while hidden."""
        self._update_instruments()
        return cast("InstrumentsPage", self.page(1))

    def _update_instruments(self) -> None:
        page = cast("InstrumentsPage", self.page(1))
        if self._instruments_stale:
            self._instruments_stale = False
            page.refresh_tree()
            page.panel.reload()

    def is_built(self, row: int) -> bool:
        return row in self._built

    def _refresh_dashboard(self) -> None:
        """Once per change of the data: now if it is on screen, else when it is next shown."""
        if not self.is_built(0):
            return
        if self.stack.currentIndex() == 0:
            self.dashboard.refresh()
        else:
            self.dashboard.mark_stale()

    def _page_changed(self, row: int) -> None:
        self.ws.audit.place = PAGES[row]  # the history says from which window a write came
        fresh = not self.is_built(row)
        self.page(row)
        if row == 1:
            self._update_instruments()
        self.stack.setCurrentIndex(row)
        if row == 0 and not fresh:
            self.dashboard.refresh_if_stale()

    def _data_changed(self, *_: object) -> None:
        """Council and team records change derived items: the open checklist too, now if it
        is on screen, else once when it is next opened (see ``instruments``)."""
        self._refresh_dashboard()
        if self.is_built(1):
            self._instruments_stale = True
            if self.stack.currentIndex() == 1:
                self._update_instruments()
        if self.is_built(8):  # Table 1 reads the registry: an import changes its figures
            self.indicators.refresh()

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def open_instrument(self, code: str) -> None:
        self.show_page(self.instruments)
        self.instruments.open_instrument(code)
