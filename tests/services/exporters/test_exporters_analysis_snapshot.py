"""A past year's registry figures are its snapshot's, in the report section as in Table 1."""

from __future__ import annotations

import datetime as dt

from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_analysis_helpers import add_company

LINES = (
    "Экспортёры — субъекты МСП (действующие; микро-, малые и средние)",
    "Страны экспорта действующих экспортёров",
    "Товарные позиции экспорта (6 знаков ТН ВЭД ЕАЭС)",
)


def _counts(ws: Workspace, year: int) -> tuple[str, ...]:
    section = ws.exporter_analysis.report_extract(year, dt.date(year, 12, 31))
    assert section is not None
    lines = dict(section.indicators)
    return tuple(lines[label] for label in LINES)


def test_the_past_years_section_reads_its_snapshot(workspace: Workspace) -> None:
    """Issue 15: a company changed after 2025's snapshot leaves 2025's figures as they were."""
    assert workspace.today().year == 2026
    add_company(workspace.db, "Альфа", status="active", sme="small", products=["847130"],
                countries=["CN", "KZ"], volumes={2025: 600})  # fmt: skip
    add_company(workspace.db, "Бета", status="active", sme="medium", products=["040690"],
                countries=["BY"], volumes={2025: 400})  # fmt: skip
    workspace.records.take_snapshot(year=2025)
    assert _counts(workspace, 2025) == ("2", "3", "2")
    with workspace.db.conn:  # after the snapshot: Альфа grows large and sells to Turkey too
        workspace.db.execute(
            "UPDATE company SET sme_category = 'large' WHERE full_name LIKE '%Альфа%'"
        )
        workspace.db.execute(
            "INSERT INTO company_country (company_id, country)"
            " SELECT id, 'TR' FROM company WHERE full_name LIKE '%Альфа%'"
        )
    assert _counts(workspace, 2025) == ("2", "3", "2")
    assert _counts(workspace, 2026) == ("1", "4", "2")
    table = workspace.records.indicators(2025)
    assert (table.row(3).raw, table.row(5).raw, table.row(8).raw) == (2, 3, 2)
