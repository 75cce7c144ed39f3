"""A non-finite figure already in an old database reads as «no data»; no page breaks on it.

SQLite stores ``9e999`` as a REAL infinity, which older versions of the program let in.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from res_desktop.domain.common.progress import Status
from res_desktop.domain.records.model import CentreKpi
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY

Y = TODAY.year
INF = "9e999"  # SQLite's literal for +infinity


@pytest.mark.parametrize("column", ["fact_volume_kusd", "plan_volume_kusd"])
def test_instrument_6_checklist_opens_with_a_stored_infinity(
    workspace: Workspace, column: str
) -> None:
    workspace.records.save_kpi(
        kpi=CentreKpi(Y, 10, 12, 5, 6, plan_volume_kusd=100.0, fact_volume_kusd=90.0)
    )
    workspace.db.execute(f"UPDATE cpe_kpi SET {column} = {INF}")
    workspace.db.conn.commit()
    assert workspace.db.execute(f"SELECT {column} FROM cpe_kpi").fetchone()[0] == float("inf")
    for _ in range(2):  # every time, not only the first
        view = workspace.checklists.checklist("06", Y)
        item = view.view("kpi_supported_export_volume")
        assert item.status is not Status.DONE
        assert "inf" not in item.derived_note and "∞" not in item.derived_note
        assert view.view("kpi_companies_supported").status is Status.DONE


def _poison(ws: Workspace) -> None:
    """Every REAL figure of every table: infinity, as an old version might have stored."""
    for table, column in (
        ("cpe_kpi", "fact_volume_kusd"),
        ("cpe_kpi", "plan_volume_kusd"),
        ("company_export_volume", "volume_kusd"),
        ("company", "last_volume_kusd"),
        ("support_record", "amount_kusd"),
        ("activity", "contracts_kusd"),
        ("programme_kpi_plan", "value"),
        ("indicator_value", "value"),
    ):
        ws.db.execute(f"UPDATE {table} SET {column} = {INF}")
    ws.db.conn.commit()


def test_no_page_breaks_on_stored_infinities(tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        _poison(ws)
        for instrument in ws.checklists.instruments():
            ws.checklists.checklist(instrument.code, Y)
        ws.dashboard.build()
        ws.records.indicators(Y)
        ws.exporter_analysis.analysis(Y)
        ws.exporter_analysis.indicator_figures(Y)
        for kind, quarter in ((ReportKind.QUARTERLY, 3), (ReportKind.ANNUAL, None)):
            out = tmp_path / f"{kind.value}.pdf"
            ws.reports.write_pdf(kind=kind, year=Y, quarter=quarter, out=out)
            text = " ".join(page.extract_text() for page in PdfReader(out).pages)
            assert not re.search(r"\b(inf|nan)\b|∞", text, re.IGNORECASE)
    finally:
        ws.close()
