"""The main window's «Файл» and «Сервис» work: the region, other databases, backups, checks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox

from res_desktop.gui.common import texts
from res_desktop.gui.common.history_dialog import HistoryDialog
from res_desktop.gui.common.maintenance_dialogs import choose_backup_to_restore
from res_desktop.gui.common.maintenance_dialogs import confirm_restore
from res_desktop.gui.common.maintenance_dialogs import restore_into
from res_desktop.gui.common.maintenance_dialogs import run_check
from res_desktop.gui.common.recent import recent_databases
from res_desktop.gui.common.region_settings import RegionSettingsDialog
from res_desktop.gui.common.setup_wizard import run_first_start
from res_desktop.gui.common.window_pages import PAGES
from res_desktop.gui.common.window_pages import WindowPages
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import default_db_path
from res_desktop.storage.common.errors import DatabaseCorrupt
from res_desktop.storage.common.errors import StorageError

if TYPE_CHECKING:
    from res_desktop.gui.common.main_window import MainWindow

DATABASE_FILTER = "База данных res_desktop (*.sqlite3 *.sqlite *.db);;Все файлы (*)"


class WindowDatabase(WindowPages):
    """Each action either changes this window's data or reopens the window on another file."""

    recent_menu: QMenu
    replacement: MainWindow
    _closed_once: bool

    def _update_title(self) -> None:
        profile = self.ws.region.profile()
        region = profile.region_name if profile else ""
        self.setWindowTitle(f"{region} — {texts.APP_TITLE}")

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

    def _reopen_on(self, ws: Workspace) -> None:
        """A new window on ``ws`` replaces this one."""
        from res_desktop.gui.common.main_window import MainWindow  # the whole window

        self.replacement = MainWindow(ws)
        self.replacement.show()
        self.close()

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
        self._reopen_on(ws)

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

    def show_history(self) -> None:
        HistoryDialog(self.ws, self).exec()

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
        self._reopen_on(ws)

    def _confirm_leave(self) -> bool:
        return not self.is_built(1) or self.instruments.panel.confirm_leave()
