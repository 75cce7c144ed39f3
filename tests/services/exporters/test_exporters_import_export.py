"""Export to XLSX/CSV and back: the same registry; the demo's companies."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import is_valid_inn
from res_desktop.domain.exporters.model import is_valid_ogrn
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.exporters import fill_exporters_demo
from res_desktop.services.exporters.export import companies_by_ids
from res_desktop.services.exporters.export import export_companies
from res_desktop.storage.exporters import bulk
from tests.conftest import TODAY
from tests.services.exporters.exporters_company import FULL as REGISTRY_FULL
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import OGRN_A
from tests.services.exporters.exporters_import_helpers import registry

FULL = dataclasses.replace(
    REGISTRY_FULL,
    inn=INN_A,  # leading zeros: an export must keep them as text
    ogrn=OGRN_A,
    countries=("BY", "KZ", "CN"),
    export_volume=((2024, 120.5), (2025, 1234567.89)),
    notes="Участник выставки «ИННОПРОМ»; строка с «кавычками» и ; точкой с запятой",
)


def _add(ws: Workspace, companies: list[Company]) -> None:
    with ws.db.atomic():
        bulk.insert_companies(ws.db, companies, "2026-11-24T10:00:00")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_gives_the_same_registry(
    workspace: Workspace, tmp_path: Path, suffix: str
) -> None:
    fill_exporters_demo(workspace, TODAY, count=60)
    _add(workspace, [FULL])
    original = registry(workspace)
    out = export_companies(workspace.db, tmp_path / f"реестр{suffix}")
    assert out.count == 61
    other = Workspace.open(tmp_path / "другая.sqlite3", clock=lambda: TODAY)
    try:
        result = other.exporter_import.run(out.path)
        assert (result.added, result.rejected) == (61, 0)
        assert registry(other) == original
        again = other.exporter_import.run(out.path)  # the same file once more: nothing to do
        assert (again.added, again.updated, again.unchanged) == (0, 0, 61)
    finally:
        other.close()


def test_xlsx_has_russian_titles_and_typed_cells(workspace: Workspace, tmp_path: Path) -> None:
    _add(workspace, [FULL])
    path = export_companies(workspace.db, tmp_path / "реестр.xlsx").path
    sheet = load_workbook(path, read_only=True)["Реестр экспортёров"]
    rows = list(sheet.iter_rows(values_only=True))
    header, row = rows[0], rows[1]
    assert header[:3] == ("ИНН", "ОГРН/ОГРНИП", "Полное наименование")
    assert "Объём экспорта 2025, тыс. долл. США" in header
    values = dict(zip(header, row, strict=True))
    assert values["ИНН"] == INN_A  # text: leading zeros kept
    assert values["Объём экспорта 2025, тыс. долл. США"] == 1234567.89
    assert values["Дата проверки"] == dt.datetime(2026, 10, 1)
    assert values["Статус"] == "действующий экспортёр"
    assert values["Страны экспорта"] == "Беларусь; Казахстан; Китай"


def test_export_of_a_given_list_and_a_bad_suffix(workspace: Workspace, tmp_path: Path) -> None:
    other = dataclasses.replace(FULL, full_name="ООО «Другое»", export_volume=())
    result = export_companies(workspace.db, tmp_path / "выбор.csv", [other], years=[2023])
    assert result.count == 1
    text = result.path.read_text("utf-8-sig")
    assert text.splitlines()[0].count(";") == 20  # 20 fields and one volume column
    assert "Объём экспорта 2023, тыс. долл. США" in text
    assert "ООО «Другое»" in text
    with pytest.raises(ValidationFailed, match="XLSX или CSV"):
        export_companies(workspace.db, tmp_path / "реестр.pdf")


def test_export_of_a_view_by_ids(workspace: Workspace, tmp_path: Path) -> None:
    fill_exporters_demo(workspace, TODAY, count=30)
    ids = [r[0] for r in workspace.db.conn.execute("SELECT id FROM company ORDER BY id DESC")]
    chosen = ids[:5]
    companies = list(companies_by_ids(workspace.db, chosen))
    assert [c.id for c in companies] == chosen
    result = export_companies(
        workspace.db, tmp_path / "вид.csv", companies_by_ids(workspace.db, chosen)
    )
    assert result.count == 5


def test_demo_companies(workspace: Workspace) -> None:
    assert fill_exporters_demo(workspace, TODAY) == 300
    companies = list(bulk.iter_companies(workspace.db))
    assert len(companies) == 300
    assert len({c.inn for c in companies}) == 300
    assert all(is_valid_inn(c.inn) and is_valid_ogrn(c.ogrn) for c in companies)
    assert any(len(c.inn) == 12 and len(c.ogrn) == 15 for c in companies)
    statuses = {c.status for c in companies}
    assert statuses == set(ExporterStatus)
    assert len({c.industry for c in companies}) == 6
    assert all(len(p.tnved) == 6 for c in companies for p in c.products)
    active = [c for c in companies if c.status is ExporterStatus.ACTIVE]
    assert all(c.countries and c.export_volume for c in active)
    assert {y for c in active for y, _v in c.export_volume} == {2023, 2024, 2025}
    dates = [d for c in companies for _s, d in c.sources if d]
    assert all(d.year == TODAY.year and d <= TODAY for d in dates)
    supported = workspace.db.conn.execute("SELECT count(DISTINCT company_id) FROM support_record")
    assert 20 < supported.fetchone()[0] < 120
    assert fill_exporters_demo(workspace, TODAY) == 0  # a second call adds nothing


def test_demo_is_the_same_every_time(tmp_path: Path) -> None:
    found = []
    for name in ("a", "b"):
        ws = Workspace.open(tmp_path / f"{name}.sqlite3", clock=lambda: TODAY)
        try:
            fill_exporters_demo(ws, TODAY, count=40)
            found.append(sorted(registry(ws).items()))
        finally:
            ws.close()
    assert found[0] == found[1]
