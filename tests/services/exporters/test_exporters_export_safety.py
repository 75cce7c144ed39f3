"""Issue 15 part 3: an export you can open safely (suffix, formulas, ИНН as text, progress)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.export import ExportCancelled
from res_desktop.services.exporters.export import done_message
from res_desktop.services.exporters.export import export_companies
from res_desktop.storage.exporters import bulk
from tests.services.exporters.exporters_company import FULL
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B
from tests.services.exporters.exporters_import_helpers import OGRN_A
from tests.services.exporters.exporters_import_helpers import registry

HOSTILE = dataclasses.replace(
    FULL, inn=INN_A, ogrn=OGRN_A, full_name='=HYPERLINK("http://x.example","Жми")',
    short_name="+7 завод", contact_person="-Иванов", notes="@SUM(A1)",
)  # fmt: skip


def _add(ws: Workspace, count: int = 1) -> None:
    companies = [HOSTILE]
    if count > 1:
        companies.append(dataclasses.replace(FULL, inn=INN_B, ogrn=""))
    with ws.db.atomic():
        bulk.insert_companies(ws.db, companies, "2026-11-24T10:00:00")


def test_a_name_without_a_suffix_gets_xlsx(workspace: Workspace, tmp_path: Path) -> None:
    _add(workspace)
    result = export_companies(workspace.db, tmp_path / "реестр")
    assert result.path == tmp_path / "реестр.xlsx"
    assert result.path.is_file()
    assert done_message(result) == f"Экспорт завершён: 1 строка. Файл: {result.path}"


def test_formulas_and_ids_are_text_cells(workspace: Workspace, tmp_path: Path) -> None:
    _add(workspace)
    path = export_companies(workspace.db, tmp_path / "реестр.xlsx").path
    sheet = load_workbook(path).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    row = {title: cell for title, cell in zip(header, sheet[2], strict=True)}
    for title in ("Полное наименование", "Краткое наименование", "Контактное лицо", "Примечание"):
        assert row[title].data_type == "s", title
        assert str(row[title].value)[0] in "=+-@"
    assert row["Полное наименование"].value == HOSTILE.full_name
    assert (row["ИНН"].data_type, row["ИНН"].value) == ("s", INN_A)
    assert (row["ОГРН/ОГРНИП"].data_type, row["ОГРН/ОГРНИП"].value) == ("s", OGRN_A)
    assert row["ИНН"].number_format == "@"
    xml = Path(path).read_bytes()
    assert b"<f>" not in xml  # no formula anywhere in the file


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_hostile_registry_exports_and_imports_back(
    workspace: Workspace, tmp_path: Path, suffix: str
) -> None:
    _add(workspace)
    path = export_companies(workspace.db, tmp_path / f"реестр{suffix}").path
    if suffix == ".csv":
        text = path.read_text("utf-8-sig")
        assert "\"'=HYPERLINK(" in text and ";'+7 завод;" in text
    other = Workspace.open(tmp_path / "другая.sqlite3")
    try:
        assert other.exporter_import.run(path).added == 1
        assert registry(other) == registry(workspace)
    finally:
        other.close()


def test_progress_and_cancel(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from res_desktop.services.exporters import export

    monkeypatch.setattr(export, "PROGRESS_EVERY", 1)
    _add(workspace, 2)
    seen: list[tuple[int, int]] = []
    export_companies(workspace.db, tmp_path / "р.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
    with pytest.raises(ExportCancelled):
        export_companies(workspace.db, tmp_path / "отмена.xlsx", cancelled=lambda: True)
    assert not (tmp_path / "отмена.xlsx").exists()
