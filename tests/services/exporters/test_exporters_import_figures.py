"""The importer reads figures with the program's one Russian parser, exactly, and refuses
non-finite and absurd ones row by row (the window and `res-desktop exporters import`)."""

from __future__ import annotations

from pathlib import Path

from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_import_helpers import HEADER
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B
from tests.services.exporters.exporters_import_helpers import INN_C
from tests.services.exporters.exporters_import_helpers import INN_IP
from tests.services.exporters.exporters_import_helpers import registry
from tests.services.exporters.exporters_import_helpers import write_csv
from tests.services.exporters.exporters_import_helpers import write_xlsx

GOOD = {
    INN_A: ("9 876 543", 9876543.0),
    INN_B: ("12\u00a0345\u00a0678,25", 12345678.25),  # under 100 billion USD (issue 15)
    INN_IP: ("1\u202f234,5678", 1234.5678),
}


def _rows(volumes: dict[str, str]) -> list[list[str]]:
    return [HEADER, *([inn, f"ООО «{n}»", "", text, "", ""] for n, (inn, text) in
                      enumerate(volumes.items()))]  # fmt: skip


def test_csv_volumes_are_exact(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "объёмы.csv", _rows({i: t for i, (t, _v) in GOOD.items()}), encoding="utf-8-sig"
    )
    result = workspace.exporter_import.run(path)
    assert result.rejected == 0, result.rejections
    found = registry(workspace)
    assert {inn: found[inn].export_volume for inn in GOOD} == {
        inn: ((2025, value),) for inn, (_t, value) in GOOD.items()
    }


def test_non_finite_and_absurd_volumes_are_rejected(workspace: Workspace, tmp_path: Path) -> None:
    for text in ("inf", "nan", "1e400", "-inf", "1 000 000 000 000 000 000"):
        path = write_csv(tmp_path / "плохие.csv", _rows({INN_C: text}), encoding="utf-8-sig")
        result = workspace.exporter_import.run(path)
        [rejection] = result.rejections
        assert f"«{text}» — " in rejection.reason
        assert "число" in rejection.reason
        assert registry(workspace) == {}


def test_xlsx_number_cells_keep_every_digit(workspace: Workspace, tmp_path: Path) -> None:
    rows: list[list[object]] = [list(HEADER), [INN_A, "ООО «Точность»", "", 98765432.125, "", ""],
                                [INN_B, "ООО «Доля»", "", 0.1, "", ""]]  # fmt: skip
    result = workspace.exporter_import.run(
        write_xlsx(tmp_path / "числа.xlsx", rows), sheet="Реестр"
    )
    assert result.rejected == 0, result.rejections
    found = registry(workspace)
    assert found[INN_A].export_volume == ((2025, 98765432.125),)
    assert found[INN_B].export_volume == ((2025, 0.1),)
