"""The registry's section of the quarterly report, read back from the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from res_desktop.domain.exporters.analysis import MINEC
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.styles import make_styles
from res_desktop.reports.exporters.data import ExporterReportData
from res_desktop.reports.exporters.section import exporter_section
from res_desktop.services.common.workspace import Workspace
from tests.reports.common.helpers import missing
from tests.reports.common.helpers import section_pdf_text
from tests.services.exporters.exporters_analysis_fixture import small_registry


def _report_with_registry(ws: Workspace, tmp_path: Path) -> str:
    data = ws.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    extract = ws.exporter_analysis.report_extract(2026, data.as_of)
    assert isinstance(extract, ExporterReportData)
    return section_pdf_text(data, tmp_path / "q3.pdf", exporter_section, exporters=extract)


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
    assert (
        missing(
            text,
            "База экспортёров (инструмент 9)",
            "В реестре экспортёров и потенциальных экспортёров на 30.09.2026 — 5 компаний",
            "действующий экспортёр 3 60,0%",
            "регулярный экспорт 1 20,0%",
            "Компании по этапам",
            "По отраслям",
            "По муниципальным образованиям",
            "Металлургия",
            "Вязьма",
            "Потребности в мерах поддержки",
            "Экспортёры — субъекты МСП (действующие; микро-, малые и средние) 2",
            "Страны экспорта действующих экспортёров 4",
            "Доля ведущей отрасли (Металлургия) в объёме экспорта 50,0%",
            "таможенное администрирование 2",
            "Направлено 01.09.2026, исх. № 01-12/345, в адрес: Минэкономразвития России.",
            "Сформирована база (реестр) экспортёров",
            "В РЭЦ не направлено",
        )
        == []
    )


def test_section_is_empty_without_registry_data(workspace: Workspace) -> None:
    data = workspace.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
    assert "exporters" not in data.extras or data.extras["exporters"] is None
    assert exporter_section(data, make_styles()) == []
    assert workspace.exporter_analysis.report_extract(2026, data.as_of) is None
