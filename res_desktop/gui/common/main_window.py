"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from res_desktop import __version__
from res_desktop.gui.activities.page import ActivitiesPage
from res_desktop.gui.checklist.page import InstrumentsPage
from res_desktop.gui.common import texts
from res_desktop.gui.common.app import demo_db_path
from res_desktop.gui.common.background import run_in_background
from res_desktop.gui.common.help import (
    HelpDialog,
    guide_markdown,
    shortcuts_html,
    standard_passage_html,
)
from res_desktop.gui.common.history_dialog import HistoryDialog
from res_desktop.gui.common.maintenance_dialogs import (
    BackupSettingsDialog,
    choose_backup_to_restore,
    confirm_restore,
    make_backup,
    restore_into,
    run_check,
    write_closing_backup,
)
from res_desktop.gui.common.read_only import ReadOnlyGuard, read_only_banner
from res_desktop.gui.common.recent import recent_databases, remember_database
from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.common.region_settings import RegionSettingsDialog, journal_name
from res_desktop.gui.common.setup_wizard import run_first_start
from res_desktop.gui.common.widgets import tab_moves_on
from res_desktop.gui.common.window_geometry import (
    default_geometry,
    fit_to_screen,
    restore_splitters,
    save_splitters,
)
from res_desktop.gui.council.page import CouncilPage
from res_desktop.gui.exporters.page import ExportersPage
from res_desktop.gui.programme.page import ProgrammePage
from res_desktop.gui.records.indicators_page import IndicatorsPage
from res_desktop.gui.records.page import RecordsPage
from res_desktop.gui.reporting.dashboard_page import DashboardPage
from res_desktop.gui.reporting.reports_page import ReportsPage
from res_desktop.gui.team.page import TeamPage
from res_desktop.services.common.workspace import Workspace, default_db_path
from res_desktop.storage.common.database import checked_at_open, checkpoint, quick_check_ok
from res_desktop.storage.common.errors import DatabaseCorrupt, StorageError

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
MIN_SIZE = QSize(1024, 640)
DATABASE_FILTER = "База данных res_desktop (*.sqlite3 *.sqlite *.db);;Все файлы (*)"
RECORD_PAGES: tuple[type[RecordPage], ...] = (
    CouncilPage,
    TeamPage,
    ExportersPage,
    ProgrammePage,
    ActivitiesPage,
    RecordsPage,
    IndicatorsPage,
)  # the pages between the checklist and the reports, in PAGES' order


Shortcut = str | QKeySequence.StandardKey
P = TypeVar("P", bound=QWidget)


class _Page(Generic[P]):
    """A window's page by its row in PAGES, built on first use."""

    def __init__(self, row: int, kind: type[P]) -> None:
        self._row, self._kind = row, kind

    def __get__(self, window: MainWindow, owner: object = None) -> P:
        page = window.page(self._row)
        assert isinstance(page, self._kind)
        return page


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        ws.audit.user_name = journal_name()
        self.undo = QUndoStack(self)
        self._closed_once = False
        self._instruments_stale = False
        self.setMinimumSize(MIN_SIZE)
        self.nav = QListWidget()
        self.nav.addItems(PAGES)
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        self._built: dict[int, QWidget] = {}
        self._placeholders = [QWidget() for _ in PAGES]  # until each page is first opened
        for placeholder in self._placeholders:
            self.stack.addWidget(placeholder)
        self.undo.indexChanged.connect(self._data_changed)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        if ws.region.is_demo():
            outer.addWidget(self._demo_banner())
        self.read_only_guard = ReadOnlyGuard(self) if ws.read_only else None
        if ws.read_only:
            outer.addWidget(read_only_banner(ws.path))
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)
        self._build_menus()
        if self.read_only_guard is not None:
            self.read_only_guard.disable(self.restore_action)
        self._update_title()
        self.statusBar().showMessage(f"База данных: {ws.path}")
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.setCurrentRow(0)
        self._restore_geometry()
        if ws.path.resolve() != demo_db_path().resolve():
            remember_database(ws.path)
        if not checked_at_open(ws.path):
            self._quick_check_job = run_in_background(
                lambda _progress: quick_check_ok(ws.path),
                on_done=self._quick_checked,
                on_error=lambda _error: None,  # logged by the job; the file opened fine
            )

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
            dashboard = DashboardPage(ws)
            dashboard.instrument_requested.connect(self.open_instrument)
            return dashboard
        if row == 1:
            instruments = InstrumentsPage(ws, self.undo)
            instruments.panel.changed.connect(self._data_changed)
            instruments.panel.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            return instruments
        if row == len(PAGES) - 1:
            reports = ReportsPage(ws)
            reports.archive_changed.connect(self._refresh_dashboard)
            return reports
        record_page = RECORD_PAGES[row - 2](ws)
        record_page.changed.connect(self._data_changed)
        return record_page

    dashboard = _Page(0, DashboardPage)
    council = _Page(2, CouncilPage)
    team = _Page(3, TeamPage)
    exporters = _Page(4, ExportersPage)
    programme = _Page(5, ProgrammePage)
    activities = _Page(6, ActivitiesPage)
    records = _Page(7, RecordsPage)
    indicators = _Page(8, IndicatorsPage)
    reports = _Page(len(PAGES) - 1, ReportsPage)

    @property
    def instruments(self) -> InstrumentsPage:
        """The checklist page, brought up to date first if the data changed while hidden."""
        self._update_instruments()
        return cast(InstrumentsPage, self.page(1))

    def _update_instruments(self) -> None:
        page = cast(InstrumentsPage, self.page(1))
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

    def _demo_banner(self) -> QWidget:
        """The demo started with --demo is copied afresh at every start; a copy of it opened
        with --db keeps its changes and must not be said to lose them."""
        banner = QWidget()
        banner.setStyleSheet("background: #fff4d6; border-radius: 4px;")
        if self.ws.path.resolve() == demo_db_path().resolve():
            kept = "Изменения в ней не сохраняются между запусками."
        else:
            kept = f"Изменения сохраняются в файле {self.ws.path}."
        label = QLabel(f"Открыта демонстрационная база «Демонстрационная область». {kept}")
        self.demo_label = label
        label.setWordWrap(True)
        button = QPushButton("Настроить свой регион…")
        button.clicked.connect(self.start_own_region)
        layout = QHBoxLayout(banner)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return banner

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        """The menus from one table of actions; None is a separator."""
        own = self._action("&Настроить свой регион…", self.start_own_region)
        self.backup_action = self._action("&Резервная копия…", lambda: make_backup(self.ws, self))
        self.restore_action = self._action("&Восстановить из копии…", self.restore_from_backup)
        self.check_action = self._action("&Проверка базы", self.check_database)
        self.backup_settings_action = self._action(
            "&Резервные копии…", lambda: BackupSettingsDialog(self).exec()
        )
        self.history_action = self._action("&Журнал изменений…", self.show_history)
        self.undo_action = self._undo_action("&Отменить", "Отмена", redo=False)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self._undo_action("&Повторить", "Повтор", redo=True)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        pages = [  # the tenth page is Ctrl+0
            self._action(name, partial(self.nav.setCurrentRow, number), f"Ctrl+{(number + 1) % 10}")
            for number, name in enumerate(PAGES)
        ]
        self.recent_menu = QMenu("Недавние &базы", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menus: tuple[tuple[str, Sequence[QAction | QMenu | None]], ...] = (
            (
                "&Файл",
                (
                    self._action("&Параметры региона…", self.edit_region),
                    *([own] if self.ws.region.is_demo() else []),
                    self._action(
                        "&Открыть базу данных…", self.choose_database, QKeySequence.StandardKey.Open
                    ),
                    self.recent_menu,
                    None,
                    self.backup_action,
                    self.restore_action,
                    None,
                    self._action("В&ыход", self.close, QKeySequence.StandardKey.Quit),
                ),
            ),
            ("&Правка", (self.undo_action, self.redo_action)),
            ("&Вид", pages),
            # every letter of «Сервис» is taken on some page (Alt, then arrows)
            ("Сервис", (self.check_action, self.backup_settings_action, self.history_action)),
            (
                "&Справка",
                (
                    self._action(
                        "&Руководство пользователя",
                        self.show_guide,
                        QKeySequence.StandardKey.HelpContents,
                    ),
                    self._action(
                        "&Текст Стандарта по инструменту", self.show_standard_passage, "Shift+F1"
                    ),
                    self._action("&Сочетания клавиш", self.show_shortcuts),
                    None,
                    self._action("&О программе", self.about),
                ),
            ),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                elif isinstance(action, QMenu):
                    menu.addMenu(action)
                else:
                    menu.addAction(action)

    def _undo_action(self, text: str, word: str, *, redo: bool) -> QAction:
        """The QUndoStack's own action (its text and state kept by Qt), triggering the step
        under a word the history of changes shows («Отмена: изменение пункта чек-листа»)."""
        stack = self.undo
        action = stack.createRedoAction(self, text) if redo else stack.createUndoAction(self, text)
        action.triggered.disconnect()  # Qt's own connection to QUndoStack.undo/redo

        def run() -> None:
            label = stack.redoText() if redo else stack.undoText()
            with self.ws.audit.acting(f"{word}: {label}"):
                stack.redo() if redo else stack.undo()

        action.triggered.connect(run)
        return action

    def show_history(self) -> None:
        HistoryDialog(self.ws, self).exec()

    def _update_title(self) -> None:
        profile = self.ws.region.profile()
        region = profile.region_name if profile else ""
        self.setWindowTitle(f"{region} — {texts.APP_TITLE}")

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

    def edit_region(self) -> None:
        if RegionSettingsDialog(self.ws, self).exec() == QDialog.DialogCode.Accepted:
            self._update_title()
            self._data_changed()
            self._refresh_dashboard()
            if self.is_built(2):
                self.council.refresh()
            if self.is_built(3):
                self.team.refresh()
            if self.is_built(len(PAGES) - 1):
                self.reports.region_changed()

    def start_own_region(self) -> None:
        """Leave the demo: set up the user's own database and reopen the window on it."""
        self.open_database(default_db_path())

    def open_database(self, path: Path) -> None:
        """Reopen the window on ``path`` (a new file is set up by the first-start wizard)."""
        if not self._confirm_leave():
            return
        try:
            ws = Workspace.open(path)
        except StorageError as error:
            QMessageBox.critical(self, texts.APP_TITLE, error.message)
            return
        if ws.region.profile() is None and not run_first_start(ws, self):
            ws.close()
            return
        self.replacement = MainWindow(ws)
        self.replacement.show()
        self.close()

    def choose_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Открыть базу данных", str(self.ws.path.parent), DATABASE_FILTER
        )
        if name:
            self.open_database(Path(name))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        here = self.ws.path.resolve()
        for number, path in enumerate(p for p in recent_databases() if p.resolve() != here):
            action = self.recent_menu.addAction(f"&{number + 1} {path}")
            action.triggered.connect(lambda _=False, p=path: self.open_database(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("Других баз не открывалось").setEnabled(False)

    def show_guide(self) -> None:
        HelpDialog("Руководство пользователя", markdown=guide_markdown(), parent=self).exec()

    def show_shortcuts(self) -> None:
        actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
        HelpDialog("Сочетания клавиш", html=shortcuts_html(actions), parent=self).exec()

    def show_standard_passage(self) -> None:
        """The open instrument's wording in the Standard (instrument 1 before any is opened)."""
        code = self.instruments.current_code() if self.is_built(1) else None
        instrument = self.ws.checklists.instrument(code or "01")
        html = standard_passage_html(instrument)
        HelpDialog("Текст Стандарта по инструменту", html=html, parent=self).exec()

    def _quick_checked(self, ok: bool) -> None:
        """A big file's background quick_check found damage: stop writing, offer the backup."""
        if ok:
            return
        self.stack.setEnabled(False)  # no edit goes into a damaged file
        QMessageBox.critical(
            self, texts.APP_TITLE, DatabaseCorrupt.MESSAGE.format(where=f" {self.ws.path}")
        )

    def check_database(self) -> None:
        dialog = run_check(self.ws, self)
        if dialog is not None:
            dialog.exec()
            self._data_changed()

    def restore_from_backup(self) -> None:
        """Close the database, restore over it, reopen the window on the restored data."""
        archive = choose_backup_to_restore(self)
        if archive is None or not confirm_restore(self, archive, self.ws.path):
            return
        if not self.instruments.panel.confirm_leave():
            return
        path = self.ws.path
        self.ws.close()
        restore_into(self, archive, path)
        try:  # restored or not (a refused archive leaves the files as they were), reopen
            ws = Workspace.open(path)
        except StorageError as error:
            QMessageBox.critical(self, texts.APP_TITLE, error.message)
            self._closed_once = True  # its connection is closed: no closing backup of it
            self.close()
            return
        self.replacement = MainWindow(ws)
        self.replacement.show()
        self.close()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "О программе",
            f"<b>{texts.APP_LONG_TITLE}</b><br>Версия {__version__}<br><br>"
            "Работает без подключения к интернету; данные хранятся в файле "
            f"базы данных:<br>{self.ws.path}<br><br>Шрифт PT Sans © ParaType.",
        )

    def _confirm_leave(self) -> bool:
        return not self.is_built(1) or self.instruments.panel.confirm_leave()

    def _restore_geometry(self) -> None:
        """The stored size and place if they still fit a screen, else the screen's own size."""
        geometry = QSettings().value("main_window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            fit_to_screen(self)
        else:
            self.setGeometry(default_geometry(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_leave():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        for row, page in self._built.items():
            save_splitters(page, f"main_window/splitters/{row}", settings)
        super().closeEvent(event)
        if getattr(self, "replacement", None) is not None:
            self.ws.close()  # the demo's connection, once the user's own window is up
        elif not self._closed_once:
            self._closed_once = True
            write_closing_backup(self.ws)
            checkpoint(self.ws.db.conn)  # the main file is complete once the app has closed
