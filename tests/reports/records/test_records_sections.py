"""The records and indicators sections, read back from the PDF (issue 7)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.quarterly import QUARTERLY_SECTIONS, build_report, with_sections
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.records.indicators_section import indicators_section
from res_desktop.reports.records.section import records_section
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.records import fill_records_demo
from tests.conftest import TODAY
from tests.reports.common.helpers import flat, read_pdf


def test_records_sections_absent_without_extras(workspace: Workspace) -> None:
    data = workspace.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    assert records_section(data, make_styles()) == []
    assert indicators_section(data, make_styles()) == []


def test_records_sections_in_the_pdf(workspace: Workspace, tmp_path: Path) -> None:
    fill_records_demo(workspace, TODAY)
    data = workspace.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    extras = {
        **data.extras,
        "records": workspace.records.report_extract(2026, data.as_of),
        "indicators": workspace.records.indicators_extract(2026),
    }
    data = dataclasses.replace(data, extras=extras)
    sections = with_sections(QUARTERLY_SECTIONS, records_section, indicators_section)
    text = flat(read_pdf(build_report(data, tmp_path / "q3.pdf", sections)).text)
    assert "Центр поддержки экспорта, присутствие за рубежом, кадры (инструменты 6–8)" in text
    assert "компаний, заключивших экспортные контракты 30 28 не исполнен" in text
    assert "Индия —" in text
    assert "нет присутствия: Индия" in text
    assert "Стажировку прошли 13 из 41 обученных (31,7%)" in text
    assert "Целевые показатели (таблица 1 Стандарта), 2026 год" in text
    assert "эталон Стандарта" in text and "план региона" in text
    assert "Доля МСП в несырьевом экспорте, %" in text
