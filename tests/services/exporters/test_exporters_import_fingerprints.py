"""Issue 15 part 6: a re-import skips the rows it has read before, never a changed company.

A row is read again whenever skipping it could give another result: its company changed
since (an edit, an undo, a rename of its industry), another mapping, a repeated ИНН, or a
note (a value read other than as written).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import pytest
import python_calamine

from res_desktop.domain.exporters.import_rows import Column
from res_desktop.domain.exporters.import_rows import parse_row
from res_desktop.domain.exporters.import_rows import parse_rows
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters import import_flow
from res_desktop.services.exporters.importer import ImportCancelled
from res_desktop.storage.exporters import files
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B
from tests.services.exporters.exporters_import_helpers import INN_C
from tests.services.exporters.exporters_import_helpers import INN_ZERO
from tests.services.exporters.exporters_import_helpers import registry
from tests.services.exporters.exporters_import_helpers import write_csv
from tests.services.exporters.exporters_import_helpers import write_table

KINDS = ["cp1251", "utf-8", "xlsx", "ods"]
HEADER = ["ИНН", "Наименование", "Отрасль", "Страны экспорта", "Телефон"]
ROWS = [
    [INN_A, "ООО «Лён»", "Текстиль", "Китай; Турция", "+7 (4812) 11-11-11"],
    [INN_B, "АО «Завод»", "Машиностроение", "", ""],
    [INN_C, "ООО «Сыры»", "Пищевая промышленность", "Беларусь", ""],
]


def _file(kind: str, folder: Path, rows: Sequence[Sequence[object]]) -> Path:
    if kind in ("xlsx", "ods"):
        return write_table(kind, folder / "реестр", rows)
    return write_csv(folder / "реестр.csv", [[str(c) for c in r] for r in rows], encoding=kind)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The numbers of the rows the import parses."""
    rows: list[int] = []

    def counting(cells: Sequence[object], columns: Sequence[Column], row: int) -> object:
        rows.append(row)
        return parse_row(cells, columns, row)  # type: ignore[arg-type]

    def counting_chunk(
        chunk: Sequence[tuple[int, Sequence[object]]], columns: Sequence[Column]
    ) -> object:
        rows.extend(number for number, _cells in chunk)
        return parse_rows(chunk, columns)  # type: ignore[arg-type]

    monkeypatch.setattr(import_flow, "parse_row", counting)
    monkeypatch.setattr(import_flow, "parse_rows", counting_chunk)
    return rows


@pytest.mark.parametrize("kind", KINDS)
def test_an_unchanged_file_is_not_parsed_again(
    workspace: Workspace, tmp_path: Path, parsed: list[int], kind: str
) -> None:
    path = _file(kind, tmp_path, [HEADER, *ROWS])
    first = workspace.exporter_import.run(path)
    assert (first.added, parsed) == (3, [2, 3, 4])
    before = registry(workspace)
    parsed.clear()
    again = workspace.exporter_import.run(path)
    assert (again.added, again.updated, again.unchanged, again.accounted) == (0, 0, 3, True)
    assert parsed == []
    assert registry(workspace) == before
    dry = workspace.exporter_import.dry_run(path)
    assert (dry.unchanged, parsed) == (3, [])


@pytest.mark.parametrize("kind", KINDS)
def test_a_changed_row_or_company_is_read_again(
    workspace: Workspace, tmp_path: Path, parsed: list[int], kind: str
) -> None:
    path = _file(kind, tmp_path, [HEADER, *ROWS])
    workspace.exporter_import.run(path)
    linen = registry(workspace)[INN_A]
    workspace.exporters.save_company(company=dataclasses.replace(linen, contact_phone=""))
    changed = [ROWS[0], [*ROWS[1][:4], "+7 (4812) 22-22-22"], ROWS[2]]
    path = _file(kind, tmp_path, [HEADER, *changed])
    parsed.clear()
    result = workspace.exporter_import.run(path)
    assert sorted(parsed) == [2, 3]  # the edited company's row and the changed row
    assert (result.updated, result.unchanged) == (2, 1)
    after = registry(workspace)
    assert after[INN_A].contact_phone == "+7 (4812) 11-11-11"  # the file's value, as before
    assert after[INN_B].contact_phone == "+7 (4812) 22-22-22"


def test_undo_rename_and_mapping_make_rows_read_again(
    workspace: Workspace, tmp_path: Path, parsed: list[int]
) -> None:
    path = _file("cp1251", tmp_path, [HEADER, *ROWS])
    workspace.exporter_import.run(path)
    update = write_csv(tmp_path / "телефон.csv", [["ИНН", "Телефон"], [INN_B, "8 800"]])
    undone = workspace.exporter_import.run(update)
    workspace.exporter_import.undo(undone.batch_id)  # the undo stamps INN_B anew
    parsed.clear()
    assert workspace.exporter_import.run(path).unchanged == 3
    assert parsed == [3]
    workspace.exporters.rename_industry(old="Текстиль", new="Текстильное производство")
    parsed.clear()
    result = workspace.exporter_import.run(path)
    assert (parsed, result.updated) == ([2], 1)  # the file's value comes back, as before
    assert registry(workspace)[INN_A].industry == "Текстиль"
    parsed.clear()
    result = workspace.exporter_import.run(path, mapping={"Телефон": ""})
    assert (sorted(parsed), result.unchanged) == ([2, 3, 4], 3)


def test_repeats_and_notes_are_always_read(
    workspace: Workspace, tmp_path: Path, parsed: list[int]
) -> None:
    rows: list[Sequence[object]] = [
        HEADER,
        [INN_A, "ООО «Лён»", "", "Китай", ""],
        [INN_A, "", "", "Турция", ""],
        [float(INN_ZERO), "ООО «Уфимское»", "", "", ""],  # a number cell: a note each time
        [INN_C, "ООО «Сыры»", "", "", "+7 (4812) 11-11-11"],
    ]
    path = write_table("xlsx", tmp_path / "повторы", rows)
    workspace.exporter_import.run(path)
    assert registry(workspace)[INN_A].countries == ("CN", "TR")
    parsed.clear()
    again = workspace.exporter_import.run(path)
    assert parsed == [2, 3, 4]
    assert (again.unchanged, again.duplicates, again.accounted) == (3, 1, True)
    assert [str(n) for n in again.notes] == [
        "Строка 4: ИНН 274062111 дополнен ведущим нулём: 0274062111"
    ]


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_workbook_is_read_once_per_import(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """calamine reads a whole sheet at once: the head and the rows come from one reading."""
    path = _file(kind, tmp_path, [HEADER, *ROWS])
    opened: list[str] = []
    book = python_calamine.CalamineWorkbook

    def counting(name: str) -> object:
        opened.append(name)
        return book.from_path(name)

    monkeypatch.setattr(files, "_open_book", lambda p: counting(str(p)))
    assert workspace.exporter_import.run(path).added == 3
    assert opened == [str(path)]


def _indexes(ws: Workspace) -> list[tuple[str, str]]:
    return ws.db.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).fetchall()


def test_indexes_built_after_a_load_into_an_empty_registry_are_the_same(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The import drops them, loads, builds them again: the schema is as it was, also when
    the import is cancelled, and the registry is searchable and sorted by them."""
    path = _file("cp1251", tmp_path, [HEADER, *ROWS])
    before = _indexes(workspace)
    with pytest.raises(ImportCancelled):
        workspace.exporter_import.run(path, cancelled=lambda: True)
    assert _indexes(workspace) == before
    workspace.exporter_import.run(path)
    assert _indexes(workspace) == before
    used = workspace.db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM company WHERE industry = ? ORDER BY sort_name",
        ["Текстиль"],
    ).fetchall()
    assert "company_industry" in str(used)
