"""The records and indicators sections, read back from the PDF (issue 7)."""

from __future__ import annotations

from pathlib import Path

from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.records.indicators_section import indicators_section
from res_desktop.reports.records.section import records_section
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.records import fill_records_demo
from tests.conftest import TODAY
from tests.reports.common.helpers import missing
from tests.reports.common.helpers import section_pdf_text


def test_records_sections_absent_without_extras(workspace: Workspace) -> None:
    data = workspace.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    assert records_section(data, make_styles()) == []
    assert indicators_section(data, make_styles()) == []


def test_records_sections_in_the_pdf(workspace: Workspace, tmp_path: Path) -> None:
    fill_records_demo(workspace, TODAY)
    data = workspace.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    text = section_pdf_text(
        data,
        tmp_path / "q3.pdf",
        records_section,
        indicators_section,
        records=workspace.records.report_extract(2026, data.as_of),
        indicators=workspace.records.indicators_extract(2026),
    )
    assert (
        missing(
            text,
            "Центр поддержки экспорта, присутствие за рубежом, кадры (инструменты 6–8)",
            "компаний, заключивших экспортные контракты 30 28 не исполнен",
            "Индия —",
            "нет присутствия: Индия",
            "Стажировку прошли 13 из 41 обученного (31,7%)",
            "Целевые показатели (таблица 1 Стандарта), 2026 год",
            "эталон Стандарта",
            "план региона",
            "Доля МСП в несырьевом экспорте, %",
            "Номера строк — по таблице 1 Стандарта (строки 2 в ней нет).",
        )
        == []
    )
