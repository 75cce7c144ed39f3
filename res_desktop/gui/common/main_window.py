"""The main window: navigation on the left, one page at a time on the right.

Its parts live by purpose: the pages (window_pages), the menus (window_menus), «Файл» and
«Сервис» (window_database), «Справка» (window_help); here the frame is put together.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QSettings
from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.calendar import is_working_day
from res_desktop.gui.common.app import demo_db_path
from res_desktop.gui.common.background import run_in_background
from res_desktop.gui.common.maintenance_dialogs import write_closing_backup
from res_desktop.gui.common.read_only import ReadOnlyGuard
from res_desktop.gui.common.read_only import read_only_banner
from res_desktop.gui.common.recent import remember_database
from res_desktop.gui.common.region_settings import journal_name
from res_desktop.gui.common.window_database import DATABASE_FILTER
from res_desktop.gui.common.window_geometry import default_geometry
from res_desktop.gui.common.window_geometry import fit_to_screen
from res_desktop.gui.common.window_geometry import save_splitters
from res_desktop.gui.common.window_menus import WindowMenus
from res_desktop.gui.common.window_pages import PAGES
from res_desktop.gui.common.window_pages import RECORD_PAGES
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.database import checked_at_open
from res_desktop.storage.common.database import checkpoint
from res_desktop.storage.common.database import quick_check_ok

__all__ = ["DATABASE_FILTER", "MIN_SIZE", "PAGES", "RECORD_PAGES", "MainWindow"]

MIN_SIZE = QSize(1024, 640)


class MainWindow(WindowMenus):
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
        year = ws.today().year
        self._calendar_job = run_in_background(  # a second on first use: not on a page's
            lambda _progress: [is_working_day(dt.date(y, 1, 1)) for y in (year, year + 1)],
            on_done=lambda _days: None,
            on_error=lambda _error: None,  # logged by the job; a page computes it then
        )

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
