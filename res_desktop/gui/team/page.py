"""«Управленческая команда»: composition, training, qualification and the yearly report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common import texts
from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.team.confirmations_tab import ConfirmationsTab
from res_desktop.gui.team.members_tab import MembersTab
from res_desktop.gui.team.training_tab import TrainingTab
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.errors import StorageError


class TeamPage(RecordPage):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.heading = QLabel("Управленческая команда (инструмент 3)")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        self.members = MembersTab(ws)
        self.training = TrainingTab(ws)
        self.confirmations = ConfirmationsTab(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members, "Сост&ав")
        self.tabs.addTab(self.training, "&Обучение")
        self.tabs.addTab(self.confirmations, "Подтвер&ждение квалификации")
        self.report_year = QSpinBox()
        self.report_button = QPushButton("Отчёт о повышении &квалификации (PDF)…")
        self.report_button.clicked.connect(self.choose_report_path)
        for tab in (self.members, self.training, self.confirmations):
            tab.changed.connect(self._edited)
        self._build_layout()
        self._set_years()
        self._show_warning()

    def _build_layout(self) -> None:
        bottom = widget_row(("&Год отчёта:", self.report_year), self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _set_years(self) -> None:
        today = self._ws.today()
        start = self._ws.region.require_profile().start_year
        self.report_year.setRange(min(start, today.year), today.year)
        self.report_year.setValue(today.year)

    def _show_warning(self) -> None:
        text = self._ws.team.page_warning(self._ws.today()) or ""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _edited(self) -> None:
        """Every tab reads the others' records (names, participants): refresh them all."""
        for tab in (self.members, self.training, self.confirmations):
            tab.refresh()
        self._show_warning()
        self.changed.emit()

    def refresh(self) -> None:
        for tab in (self.members, self.training, self.confirmations):
            tab.refresh()
        self._show_warning()

    def save_development_report(self, path: Path, year: int | None = None) -> Path:
        """Build «Отчёт о повышении профессионального уровня…» for ``year`` at ``path``."""
        data = self._ws.team.development_report(year or self.report_year.value())
        from res_desktop.reports.team.docs import build_development_report_pdf  # reportlab's

        return build_development_report_pdf(data, path)

    def choose_report_path(self) -> None:
        year = self.report_year.value()
        suggested = Path.home() / f"Отчёт о повышении квалификации команды {year}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, "Сохранить отчёт", str(suggested), "PDF (*.pdf)"
        )
        if not name:
            return
        try:
            self.save_development_report(Path(name), year)
        except (StorageError, OSError) as error:
            QMessageBox.warning(self, "Отчёт не сохранён", texts.error_text(error))
