"""The registry's section of the quarterly report, read back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from res_desktop.domain.exporters.analysis import MINEC, BarrierDispatch
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.quarterly import QUARTERLY_SECTIONS, build_report, with_sections
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.exporters.data import ExporterReportData
from res_desktop.reports.exporters.section import exporter_section
from res_desktop.services.common.workspace import Workspace
from tests.reports.common.helpers import read_pdf
from tests.services.exporters.exporters_analysis_fixture import small_registry


def _report_with_registry(ws: Workspace, tmp_path: Path) -> str:
    data = ws.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    extract = ws.exporter_analysis.report_extract(2026, data.as_of)
    assert isinstance(extract, ExporterReportData)
    data = dataclasses.replace(data, extras={**data.extras, "exporters": extract})
    sections = with_sections(QUARTERLY_SECTIONS, exporter_section)
    return read_pdf(build_report(data, tmp_path / "q3.pdf", sections)).text


def test_section_shows_counts_groups_indicators_and_dispatch(
    workspace: Workspace, tmp_path: Path
) -> None:
    small_registry(workspace.db)
    workspace.exporter_analysis.save_dispatch(
        dispatch=BarrierDispatch(
            year=2026, sent_on=dt.date(2026, 9, 1), outgoing_number="01-12/345", recipient=MINEC
        )
    )
    text = _report_with_registry(workspace, tmp_path)
    assert "База экспортёров (инструмент 9)" in text
    assert "В реестре экспортёров и потенциальных экспортёров на 30.09.2026 — 5 компаний" in text
    assert "действующий экспортёр 3 60,0%" in text
    assert "регулярный экспорт 1 20,0%" in text
    assert "Компании по этапам" in text
    assert "По отраслям" in text and "По муниципальным образованиям" in text
    assert "Металлургия" in text and "Вязьма" in text
    assert "Потребности в мерах поддержки" in text
    assert "Экспортёры — субъекты МСП (действующие; микро-, малые и средние) 2" in text
    assert "Страны экспорта действующих экспортёров 4" in text
    assert "Доля ведущей отрасли (Металлургия) в объёме экспорта 50,0%" in text
    assert "таможенное администрирование 2" in text
    assert "Направлено 01.09.2026, исх. № 01-12/345, в адрес: Минэкономразвития России." in text
    assert "Сформирована база (реестр) экспортеров" in text
    assert "Не направлено в РЭЦ." in text


def test_section_is_empty_without_registry_data(workspace: Workspace) -> None:
    data = workspace.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    assert "exporters" not in data.extras or data.extras["exporters"] is None
    assert exporter_section(data, make_styles()) == []
    assert workspace.exporter_analysis.report_extract(2026, data.as_of) is None
