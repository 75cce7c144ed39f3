"""«База экспортёров»: the registry and its yearly analysis, with import, export and history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common import texts
from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.exporters.analysis_page import ExporterAnalysisPage
from res_desktop.gui.exporters.export_progress import ExportJob
from res_desktop.gui.exporters.import_dialog import ImportDialog
from res_desktop.gui.exporters.import_history import ImportHistoryDialog
from res_desktop.gui.exporters.registry_page import RegistryPage
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.errors import StorageError


class ExportersPage(RecordPage):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.registry = RegistryPage(ws)
        self.analysis = ExporterAnalysisPage(ws, background=True)  # computed when shown
        self.tabs = QTabWidget()
        self.tabs.addTab(self.registry, "Р&еестр")
        self.tabs.addTab(self.analysis, "Анали&з")
        self.history_button = QPushButton("История и&мпорта…")
        self.history_button.clicked.connect(self.show_history)
        self.registry.import_requested.connect(self.import_file)
        self.registry.export_requested.connect(self.choose_export_file)
        self.registry.changed.connect(self._edited)
        self.analysis.changed.connect(self._edited)
        self.tabs.currentChanged.connect(self._tab_changed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)

    def _edited(self) -> None:
        self.changed.emit()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.analysis:
            self.analysis.refresh()

    def refresh(self) -> None:
        self.registry.refresh()
        if self.tabs.currentWidget() is self.analysis:  # else when its tab is next shown
            self.analysis.refresh()

    def _after_import(self, *_: object) -> None:
        # The year's snapshot follows the registry, so that next year this year's Table 1
        # still reads this year's counts (issue 15).
        self._ws.records.take_snapshot(year=self._ws.today().year)
        self.refresh()
        self.changed.emit()

    def import_file(self, path: Path | None = None) -> None:
        dialog = ImportDialog(self._ws, path, self)
        dialog.imported.connect(self._after_import)
        dialog.exec()

    def show_history(self) -> None:
        dialog = ImportHistoryDialog(self._ws, self)
        dialog.undone.connect(self._after_import)
        dialog.exec()

    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Экспорт реестра",
            str(Path.home() / "реестр экспортёров.xlsx"),
            "Книга Excel (*.xlsx);;CSV (*.csv)",
        )
        if name:
            self.export_view(Path(name))

    def export_view(self, path: Path) -> ExportJob | None:
        """The current filtered and sorted view, as the table shows it, in the background."""
        try:
            ids = self._ws.exporters.company_ids(self.registry.query())
        except StorageError as error:
            QMessageBox.warning(self, "Экспорт не выполнен", texts.error_text(error))
            return None
        self.export_job = ExportJob(self._ws, path, ids, self)
        return self.export_job
