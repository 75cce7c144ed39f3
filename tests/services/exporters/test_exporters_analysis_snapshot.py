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


def test_a_past_years_volume_is_judged_by_its_snapshots_products(workspace: Workspace) -> None:
    """A company whose products became fuel after 2025's snapshot still counts in 2025's
    non-commodity volume; 2026 and a year without a snapshot judge by today's products."""
    add_company(workspace.db, "Альфа", status="active", products=["847130"],
                volumes={2024: 100, 2025: 600, 2026: 700})  # fmt: skip
    add_company(workspace.db, "Гамма", status="active", products=["847130"],
                volumes={2024: 50, 2025: 300, 2026: 200})  # fmt: skip
    workspace.records.take_snapshot(year=2025)
    with workspace.db.conn:  # after the snapshot: Гамма sells only crude oil (chapter 27)
        workspace.db.execute(
            "UPDATE company_product SET tnved = '270900' WHERE company_id IN"
            " (SELECT id FROM company WHERE full_name LIKE '%Гамма%')"
        )
    found = workspace.exporter_analysis.indicator_figures_for([2024, 2025, 2026])
    assert dict(found[2025].volume_by_year) == {2024: 100, 2025: 900, 2026: 700}
    assert found[2025].export_volume_kusd == 900
    assert workspace.records.indicators(2025).row(1).raw == 900
    assert workspace.records.indicators(2026).row(1).raw == 700
