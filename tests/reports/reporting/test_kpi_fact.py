"""The programme's KPI table prints the fact entered for the year (m0018), «нет данных» where
none is."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from res_desktop.domain.common.russian import number
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.quarterly import build_report
from res_desktop.services.demo.region import build_demo
from tests.reports.common.helpers import read_pdf

TODAY = dt.date(2026, 12, 1)


def test_fact_entered_for_the_year_is_printed_against_the_plan(tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        export, sme = ws.programme.kpis()
        ws.programme.save_kpi(kpi=dataclasses.replace(export, fact={2025: 62.5, 2026: 1}))
        ws.programme.save_kpi(kpi=dataclasses.replace(sme, fact={}))
        data = ws.reports.report_data(kind=ReportKind.ANNUAL, year=2025)
    finally:
        ws.close()
    rows = {r.name: r for r in data.extras["programme_kpis"].rows}  # type: ignore[attr-defined]
    assert rows[export.name].fact == 62.5 and rows[sme.name].fact is None
    text = read_pdf(build_report(data, tmp_path / "2025.pdf")).text
    at = text.rindex("Показатели региональной программы: план и факт")
    part = text[at : text.index("Центр поддержки", at)]
    assert "План 2025 Факт 2025 План 2026" in part
    assert f"{export.name} {export.unit} {number(70)} {number(62.5)} {number(78)}" in part
    assert f"{sme.name} {sme.unit} {number(92)} нет данных {number(100)}" in part
    assert "в учёте не внесены" not in part  # one fact is: the note would be wrong
