"""«Отчёты»: background generation, preview, printing, marking sent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.reporting.archive_model import ArchiveColumn
from res_desktop.gui.reporting.archive_model import report_due
from res_desktop.gui.reporting.mark_sent_dialog import MarkSentDialog
from res_desktop.gui.reporting.printing import print_pdf
from res_desktop.gui.reporting.reports_page import ReportsPage
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.helpers import settled_dashboard


def _generate(qtbot, page) -> int:
    # the PDF and its DOCX copy; a shared machine under load needs the room
    with qtbot.waitSignal(page.report_generated, timeout=90_000) as blocker:
        page.generate()
    return blocker.args[0]


def test_generate_preview_and_mark_sent(qtbot, window) -> None:
    window.show_page(window.reports)
    page = window.reports
    assert page.year.value() == 2026
    assert page.quarter.currentData() == 3
    assert "08.10.2026" in page.due.text()
    report_id = _generate(qtbot, page)
    assert page.model.rowCount() == 1
    assert page.selected().id == report_id
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready)
    assert page.document.pageCount() == page.selected().pages
    assert page.sent_button.isEnabled() and page.delete_button.isEnabled()
    assert page.mark_sent(page.selected(), sent_on=TODAY, number="01-12/77")
    assert "отправлен 24.11.2026, исх. № 01-12/77" in page.model.index(0, 4).data()
    assert not page.sent_button.isEnabled() and not page.delete_button.isEnabled()
    window.show_page(window.dashboard)
    assert "IV квартал 2026 года" in settled_dashboard(qtbot, window).deadline.text()


def test_printing_renders_every_page(qtbot, window, tmp_path: Path) -> None:
    page = window.reports
    _generate(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "печать.pdf"
    printer.setOutputFileName(str(target))
    source = window.ws.reports.path(page.selected())
    assert print_pdf(source, printer) == page.selected().pages
    assert len(PdfReader(target).pages) == page.selected().pages


def test_copy_for_monitoring_fills_the_clipboard(qtbot, window) -> None:
    window.open_instrument("09")
    text = window.instruments.panel.copy_for_monitoring()
    assert QGuiApplication.clipboard().text() == text
    assert text.startswith("Инструмент 9. ")


def test_save_docx_copy_and_cancel(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    """«Сохранить DOCX…» writes the editable copy where the user says; cancelling writes none."""
    page = window.reports
    _generate(qtbot, page)
    assert page.docx_button.isEnabled()
    asked: list[str] = []

    def choose(target: str):
        def dialog(_parent, _title, suggested, kinds):
            asked.append(f"{Path(suggested).suffix} {kinds}")
            return target, kinds

        return dialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose(""))
    page.docx_button.click()
    assert list(tmp_path.glob("**/*.docx")) == [window.ws.reports.docx_path(page.selected())]
    target = tmp_path / "для правки.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose(str(target)))
    page.docx_button.click()
    assert asked == [".docx Документ Word (*.docx)"] * 2
    cells = [c.text for t in Document(str(target)).tables for row in t.rows for c in row.cells]
    assert "АО\u00a0«Российский экспортный\u00a0центр»" in cells


def test_the_archive_shows_a_report_whose_file_no_longer_matches(
    qtbot, workspace: Workspace
) -> None:
    report = workspace.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    path = workspace.reports.folder / report.file_name
    path.write_bytes(path.read_bytes() + b"%% edited")
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.reload()
    status = page.model.index(0, ArchiveColumn.STATUS).data()
    assert status == "черновик; файл изменён (SHA-256 не совпадает)"


def test_a_sent_period_is_named_before_another_report_and_lateness_is_noted(qtbot, window) -> None:
    page = window.reports
    asked: list[str] = []

    def refuse(_title: str, question: str) -> bool:
        asked.append(question)
        return False

    page.confirm = refuse
    _generate(qtbot, page)
    assert asked == []  # a draft alone: nothing to warn of
    dialog = MarkSentDialog("III квартал 2026 года", TODAY, due=report_due(page.selected()))
    qtbot.addWidget(dialog)
    assert "позже срока: не позднее 08.10.2026, опоздание 47 дн." in dialog.late.text()
    dialog.sent_on.setDate(to_qdate(dt.date(2026, 10, 8)))
    assert dialog.late.text() == ""
    assert page.mark_sent(page.selected(), sent_on=TODAY, number="01-12/77")
    status = page.model.index(0, 4).data()
    assert status.endswith("(позже срока: не позднее 08.10.2026, опоздание 47 дн.)")
    page.generate()
    [question] = asked
    assert question.startswith(
        "Отчёт за III квартал 2026 года уже отправлен 24.11.2026, исх. № 01-12/77."
    )
    assert page.model.rowCount() == 1 and page.generate_button.isEnabled()
