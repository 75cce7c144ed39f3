"""«Отчёты»: generate in the background, preview, print, save, keep the archive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.calendar import ROMAN_QUARTERS
from res_desktop.domain.common.calendar import quarter_of
from res_desktop.domain.common.calendar import quarterly_report_due
from res_desktop.domain.common.russian import date_short
from res_desktop.gui.common import texts
from res_desktop.gui.common.background import ProgressFn
from res_desktop.gui.common.background import run_on_own_connection
from res_desktop.gui.common.headers import keep_last_header
from res_desktop.gui.common.record_tab import ask_yes_no
from res_desktop.gui.common.widgets import pane
from res_desktop.gui.common.widgets import splitter
from res_desktop.gui.reporting.archive_model import ArchiveModel
from res_desktop.gui.reporting.archive_model import report_due
from res_desktop.gui.reporting.mark_sent_dialog import MarkSentDialog
from res_desktop.gui.reporting.printing import print_pdf
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.reporting.archive_repo import ArchivedReport


class ReportsPage(QWidget):
    report_generated = Signal(int)
    archive_changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.kind = QComboBox()
        self.kind.addItem("Квартальный отчёт", ReportKind.QUARTERLY)
        self.kind.addItem("Годовой отчёт", ReportKind.ANNUAL)
        self.year = QSpinBox()
        self.quarter = QComboBox()
        for number, roman in ROMAN_QUARTERS.items():
            self.quarter.addItem(f"{roman} квартал", number)
        self.due = QLabel()
        self.generate_button = QPushButton("Сформироват&ь")
        self.progress = QProgressBar()
        self.progress.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        self.model = ArchiveModel(parent=self)
        self.table = self._make_table()
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton("Пе&чать…")
        self.save_button = QPushButton("Сохр&анить PDF…")
        self.docx_button = QPushButton("Сохранить &DOCX…")
        self.docx_button.setToolTip(
            "Редактируемая копия для правки перед подписанием; в архиве хранится PDF"
        )
        self.sent_button = QPushButton("Отметить &отправленным…")
        self.delete_button = QPushButton("&Удалить черновик")
        # Replaced in tests: how a question is asked.
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        self._wire()
        self._build_layout()
        self._set_defaults()
        self.reload()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        keep_last_header(table)
        return table

    def _wire(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._show_due)
        self.quarter.currentIndexChanged.connect(self._show_due)
        self.generate_button.clicked.connect(self.generate)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.docx_button.clicked.connect(self.save_selected_docx)
        self.sent_button.clicked.connect(self.mark_selected_sent)
        self.delete_button.clicked.connect(self.delete_selected)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow("Ви&д отчёта:", self.kind)
        form.addRow("&Год:", self.year)
        form.addRow("&Квартал:", self.quarter)
        form.addRow("", self.due)
        form.addRow("", self.generate_button)
        form.addRow("", self.progress)
        actions = QGridLayout()
        for n, button in enumerate(
            (self.print_button, self.save_button, self.docx_button, self.sent_button,
             self.delete_button)
        ):  # fmt: skip
            actions.addWidget(button, n // 2, n % 2)
        left = pane(form, QLabel("<b>Архив отчётов</b>"), (self.table, 1), self.problem, actions)
        split = splitter(Qt.Orientation.Horizontal, (left, 0), (self.preview, 1), sizes=[460, 800])
        layout = QHBoxLayout(self)
        layout.addWidget(split)

    def _set_defaults(self) -> None:
        today = self._ws.today()
        profile = self._ws.region.require_profile()
        self.year.setRange(min(profile.start_year, today.year), today.year)
        last_year, last_quarter = (
            (today.year - 1, 4) if quarter_of(today) == 1 else (today.year, quarter_of(today) - 1)
        )
        self.year.setValue(last_year)
        self.quarter.setCurrentIndex(last_quarter - 1)
        self._show_due()

    def region_changed(self) -> None:
        """The start year bounds the years offered."""
        self._set_defaults()

    def _kind_changed(self) -> None:
        self.quarter.setEnabled(self.current_kind() is ReportKind.QUARTERLY)
        self._show_due()

    def current_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    def _show_due(self) -> None:
        if self.current_kind() is not ReportKind.QUARTERLY:
            self.due.setText("")
            return
        due = quarterly_report_due(self.year.value(), int(self.quarter.currentData()))
        late = due < self._ws.today()
        self.due.setText(f"Срок представления: не позднее {date_short(due)}")
        self.due.setStyleSheet(f"color: {texts.OVERDUE_COLOR};" if late else "")

    # -- archive ---------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.model.problems = self._ws.reports.file_problems()
        self.model.set_rows(self._ws.reports.list())
        row = self.model.row_where(lambda r: r.id == select_id) if select_id is not None else 0
        if self.model.rowCount() and row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._selection_changed()

    def selected(self) -> ArchivedReport | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selection_changed(self, *_: object) -> None:
        report = self.selected()
        for button in (self.print_button, self.save_button, self.docx_button):
            button.setEnabled(report is not None)
        self.sent_button.setEnabled(report is not None and not report.is_sent)
        self.delete_button.setEnabled(report is not None and not report.is_sent)
        self.document.close()
        self.problem.clear()
        if report is None:
            return
        try:
            self.document.load(str(self._ws.reports.path(report)))
        except StorageError as error:
            self.problem.setText(error.message)  # no modal box: this runs at start-up too

    # -- generating ------------------------------------------------------------------
    def sent_already(self, kind: ReportKind, year: int, quarter: int | None) -> str:
        """The question to ask when the period already has a sent report, else ""."""
        for report in self._ws.reports.list():
            same = (report.kind, report.year, report.quarter) == (kind.value, year, quarter)
            if same and report.sent_on is not None:
                return (
                    f"Отчёт за {report.period_label} уже отправлен "
                    f"{date_short(report.sent_on)}, исх. № {report.outgoing_number}. "
                    "Новый отчёт будет сформирован как черновик; отправленный останется в "
                    "архиве без изменений. Сформировать новый отчёт?"
                )
        return ""

    def generate(self) -> None:
        kind, year = self.current_kind(), self.year.value()
        quarter = int(self.quarter.currentData()) if kind is ReportKind.QUARTERLY else None
        question = self.sent_already(kind, year, quarter)
        if question and not self.confirm("Отчёт уже отправлен", question):
            return
        self.generate_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()

        def work(ws: Workspace, progress: ProgressFn) -> int:
            return ws.reports.generate(kind=kind, year=year, quarter=quarter, progress=progress).id

        self._job = run_on_own_connection(
            self._ws, work, self._generated, self._failed, self._progressed
        )

    def _progressed(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"{text} %p%")

    def _generated(self, report_id: int) -> None:
        self.progress.hide()
        self.generate_button.setEnabled(True)
        self.reload(select_id=report_id)
        self.report_generated.emit(report_id)
        self.archive_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.generate_button.setEnabled(True)
        message = texts.error_text(error)
        QMessageBox.warning(self, "Отчёт не сформирован", message)

    # -- actions on the selected report ----------------------------------------------
    def print_selected(self) -> None:
        report = self.selected()
        if report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self._ws.reports.path(report), printer)
        except StorageError as error:
            QMessageBox.warning(self, "Печать", error.message)

    def save_selected(self) -> None:
        report = self.selected()
        if report is not None:
            where = Path.home() / Path(report.file_name).name  # never a stored path
            self._save_copy(report, where, "PDF (*.pdf)", self._ws.reports.save_copy)

    def save_selected_docx(self) -> None:
        """The editable copy, for the wording a ministry changes before the head signs."""
        report = self.selected()
        if report is not None:
            where = Path.home() / Path(report.file_name).with_suffix(".docx").name
            self._save_copy(
                report, where, "Документ Word (*.docx)", self._ws.reports.save_docx_copy
            )

    def _save_copy(
        self,
        report: ArchivedReport,
        where: Path,
        kinds: str,
        save: Callable[[ArchivedReport, Path], object],
    ) -> None:
        """Asks for the file name (``where`` offered), then ``save(report, name)``."""
        pdf = kinds.startswith("PDF")
        title = "Сохранить отчёт" if pdf else "Сохранить редактируемую копию"
        name, _ = QFileDialog.getSaveFileName(self, title, str(where), kinds)
        if not name:
            return
        try:
            save(report, Path(name))
        except (StorageError, OSError) as error:
            failed = "Отчёт не сохранён" if pdf else "Копия не сохранена"
            QMessageBox.warning(self, failed, texts.error_text(error))

    def mark_selected_sent(self) -> None:
        report = self.selected()
        if report is None:
            return
        dialog = MarkSentDialog(report.period_label, self._ws.today(), self, due=report_due(report))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        sent_on, number = dialog.values()
        self.mark_sent(report, sent_on=sent_on, number=number)

    def mark_sent(self, report: ArchivedReport, *, sent_on: dt.date, number: str) -> bool:
        try:
            self._ws.reports.mark_sent(report.id, sent_on=sent_on, outgoing_number=number)
        except ValidationFailed as error:
            QMessageBox.warning(self, "Отметка не сохранена", str(error))
            return False
        except StorageError as error:
            QMessageBox.warning(self, "Отметка не сохранена", error.message)
            return False
        self.reload(select_id=report.id)
        self.archive_changed.emit()
        return True

    def delete_selected(self) -> None:
        report = self.selected()
        if report is None or report.is_sent:
            return
        answer = QMessageBox.question(
            self, "Удаление", f"Удалить черновик отчёта за {report.period_label}?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.document.close()
            try:
                self._ws.reports.delete_draft(report.id)
            except (ValidationFailed, StorageError) as error:
                QMessageBox.warning(self, "Удаление", str(error))
            self.reload()
            self.archive_changed.emit()
