"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
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
from res_desktop.gui.common.background import run_in_background
from res_desktop.gui.common.maintenance_dialogs import (
    BackupSettingsDialog,
    choose_backup_to_restore,
    confirm_restore,
    make_backup,
    restore_into,
    run_check,
    write_closing_backup,
)
from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.common.region_settings import RegionSettingsDialog
from res_desktop.gui.common.setup_wizard import run_first_start
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


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.undo = QUndoStack(self)
        self._closed_once = False
        self.setMinimumSize(MIN_SIZE)
        self.nav = QListWidget()
        self.nav.addItems(PAGES)
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }"
        )
        self.dashboard = DashboardPage(ws)
        self.instruments = InstrumentsPage(ws, self.undo)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.dashboard)
        self.stack.addWidget(self.instruments)
        self.council = CouncilPage(ws)
        self.team = TeamPage(ws)
        self.exporters = ExportersPage(ws)
        self.programme = ProgrammePage(ws)
        self.activities = ActivitiesPage(ws)
        self.records = RecordsPage(ws)
        self.indicators = IndicatorsPage(ws)
        self.reports = ReportsPage(ws)
        record_pages: tuple[RecordPage, ...] = (
            self.council,
            self.team,
            self.exporters,
            self.programme,
            self.activities,
            self.records,
            self.indicators,
        )
        for page in (*record_pages, self.reports):
            self.stack.addWidget(page)
        for page in record_pages:
            page.changed.connect(self._data_changed)
        self.reports.archive_changed.connect(self.dashboard.refresh)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.dashboard.instrument_requested.connect(self.open_instrument)
        self.instruments.panel.changed.connect(self._data_changed)
        self.instruments.panel.message.connect(
            lambda text: self.statusBar().showMessage(text, 5000)
        )
        self.undo.indexChanged.connect(self._data_changed)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        if ws.region.is_demo():
            outer.addWidget(self._demo_banner())
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._update_title()
        self.statusBar().showMessage(f"База данных: {ws.path}")
        self.nav.setCurrentRow(0)
        self._restore_geometry()
        if not checked_at_open(ws.path):
            self._quick_check_job = run_in_background(
                lambda _progress: quick_check_ok(ws.path),
                on_done=self._quick_checked,
                on_error=lambda _error: None,  # logged by the job; the file opened fine
            )

    def _demo_banner(self) -> QWidget:
        banner = QWidget()
        banner.setStyleSheet("background: #fff4d6; border-radius: 4px;")
        label = QLabel(
            "Открыта демонстрационная база «Демонстрационная область». Изменения в "
            "ней не сохраняются между запусками."
        )
        label.setWordWrap(True)
        button = QPushButton("Настроить свой регион…")
        button.clicked.connect(self.start_own_region)
        layout = QHBoxLayout(banner)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return banner

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Файл")
        settings = QAction("&Параметры региона…", self)
        settings.triggered.connect(self.edit_region)
        file_menu.addAction(settings)
        if self.ws.region.is_demo():
            own = QAction("&Настроить свой регион…", self)
            own.triggered.connect(self.start_own_region)
            file_menu.addAction(own)
        file_menu.addSeparator()
        self.backup_action = QAction("&Резервная копия…", self)
        self.backup_action.triggered.connect(lambda: make_backup(self.ws, self))
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction("&Восстановить из копии…", self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        quit_action = QAction("В&ыход", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu("&Правка")
        undo = self.undo.createUndoAction(self, "&Отменить")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, "&Повторить")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        view_menu = self.menuBar().addMenu("&Вид")
        for number, name in enumerate(PAGES):
            action = QAction(name, self)
            action.setShortcut(f"Ctrl+{number + 1}")
            action.triggered.connect(lambda _=False, n=number: self.nav.setCurrentRow(n))
            view_menu.addAction(action)
        service_menu = self.menuBar().addMenu(
            "Сервис"
        )  # every letter of it is taken on some page (Alt, then arrows)
        self.check_action = QAction("&Проверка базы", self)
        self.check_action.triggered.connect(self.check_database)
        service_menu.addAction(self.check_action)
        self.backup_settings_action = QAction("&Резервные копии…", self)
        self.backup_settings_action.triggered.connect(lambda: BackupSettingsDialog(self).exec())
        service_menu.addAction(self.backup_settings_action)
        help_menu = self.menuBar().addMenu("&Справка")
        about = QAction("&О программе", self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _update_title(self) -> None:
        profile = self.ws.region.profile()
        region = profile.region_name if profile else ""
        self.setWindowTitle(f"{region} — {texts.APP_TITLE}")

    def _page_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if row == 0:
            self.dashboard.refresh()

    def _data_changed(self, *_: object) -> None:
        """Council and team records change derived items: the open checklist too."""
        if self.stack.currentIndex() == 0:
            self.dashboard.refresh()
        self.instruments.refresh_tree()
        self.instruments.panel.reload()

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def open_instrument(self, code: str) -> None:
        self.show_page(self.instruments)
        self.instruments.open_instrument(code)

    def edit_region(self) -> None:
        if RegionSettingsDialog(self.ws, self).exec() == QDialog.DialogCode.Accepted:
            self._update_title()
            self._data_changed()
            self.dashboard.refresh()
            for page in (self.council, self.team):
                page.refresh()
            self.reports.region_changed()

    def start_own_region(self) -> None:
        """Leave the demo: set up the user's own database and reopen the window on it."""
        if not self.instruments.panel.confirm_leave():
            return
        try:
            ws = Workspace.open(default_db_path())
        except StorageError as error:
            QMessageBox.critical(self, texts.APP_TITLE, error.message)
            return
        if ws.region.profile() is None and not run_first_start(ws, self):
            ws.close()
            return
        self.replacement = MainWindow(ws)
        self.replacement.show()
        self.close()

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

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.instruments.panel.confirm_leave():
            event.ignore()
            return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
        if getattr(self, "replacement", None) is not None:
            self.ws.close()  # the demo's connection, once the user's own window is up
        elif not self._closed_once:
            self._closed_once = True
            write_closing_backup(self.ws)
            checkpoint(self.ws.db.conn)  # the main file is complete once the app has closed
