"""Issue 15 part 1: every data row of the file accounted for, and the cases that lost rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B
from tests.services.exporters.exporters_import_helpers import INN_C
from tests.services.exporters.exporters_import_helpers import registry
from tests.services.exporters.exporters_import_helpers import write_csv
from tests.services.exporters.exporters_import_helpers import write_table

HEADER = ["ИНН", "Наименование", "Страны экспорта", "E-mail", "Дата проверки"]
ROWS = [
    [INN_A, "ООО «Лён»", "Китай, Турция", "yandex@", "31.02.2026"],
    [INN_B, "АО «Завод»", "", "info@zavod.ru", "01.10.2026"],
    [INN_A, "ООО «Лён»", "Китай", "", ""],  # a repeat: merged, counted
    ["1234567890", "ООО «Неверный ИНН»", "", "", ""],  # rejected
    [INN_C, "", "", "", ""],  # new without a name: rejected
]


@pytest.mark.parametrize("kind", ["cp1251", "utf-8", "xlsx", "ods"])
def test_every_row_accounted_for(workspace: Workspace, tmp_path: Path, kind: str) -> None:
    rows = [HEADER, *ROWS]
    if kind in ("xlsx", "ods"):
        path = write_table(kind, tmp_path / "реестр", rows)
    else:
        path = write_csv(tmp_path / "реестр.csv", rows, encoding=kind)
    plan = workspace.exporter_import.dry_run(path)
    assert (plan.added, plan.updated, plan.unchanged, plan.duplicates, plan.rejected) == (
        2, 0, 0, 1, 2,
    )  # fmt: skip
    assert plan.data_rows == len(ROWS) and plan.accounted
    result = workspace.exporter_import.run(path)
    assert (result.added, result.duplicates, result.rejected, result.data_rows) == (2, 1, 2, 5)
    assert result.accounted
    lena = registry(workspace)[INN_A]
    # an invalid optional field leaves the field empty and is listed, the row is imported
    assert (lena.contact_email, lena.last_checked) == ("", None)
    notes = [str(n) for n in result.notes]
    assert (
        "Строка 2: E-mail: «yandex@» — не адрес электронной почты; поле оставлено пустым" in notes
    )
    assert "Строка 2: Дата проверки: «31.02.2026» — нет такой даты; поле оставлено пустым" in notes
    # exporting to countries: not a potential exporter; none given: potential as before
    assert lena.status is ExporterStatus.ACTIVE
    assert registry(workspace)[INN_B].status is ExporterStatus.POTENTIAL
    again = workspace.exporter_import.run(path)
    assert (again.added, again.updated, again.unchanged, again.duplicates) == (0, 0, 2, 1)
    assert again.accounted


def test_a_stray_quote_is_refused_naming_the_lines(workspace: Workspace, tmp_path: Path) -> None:
    lines = ["ИНН;Наименование;Страны экспорта", f'{INN_A};"ООО Лён;Китай']
    lines += [f"{INN_B};АО «Завод {n}»;Турция" for n in range(50)]
    path = tmp_path / "кавычка.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    with pytest.raises(ValidationFailed, match=r"Строки 2–52 файла прочитаны как одна запись"):
        workspace.exporter_import.dry_run(path)
    with pytest.raises(ValidationFailed, match=r"кавычку в строке 2"):
        workspace.exporter_import.run(path)
    assert registry(workspace) == {}


def test_a_line_break_inside_quotes_is_still_a_cell(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "адрес.csv"
    text = f'ИНН;Наименование\r\n{INN_A};"ООО\r\nЛён"\r\n{INN_B};АО «Завод»\r\n'
    path.write_bytes(text.encode("cp1251"))
    result = workspace.exporter_import.run(path)
    assert (result.added, result.data_rows) == (2, 2)


def test_a_huge_cell_or_line_is_a_russian_message(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "большая.csv"
    rows = ["ИНН;Наименование", f"{INN_A};ООО «Лён»", f"{INN_B};" + "Я" * 200_000]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))
    with pytest.raises(ValidationFailed, match=r"Строка 3 файла не прочитана: ячейка длиннее"):
        workspace.exporter_import.run(path)
    line = tmp_path / "строка.csv"
    big = ";".join(["x" * 1000] * 10_000)  # a 10 MB line
    line.write_bytes(("ИНН;Наименование\r\n" + f"{INN_A};ООО\r\n" + big + "\r\n").encode())
    assert registry(workspace) == {}
    result = workspace.exporter_import.run(line)  # many cells, none over the limit
    assert (result.added, result.rejected, result.data_rows) == (1, 1, 2)
    assert result.rejections[0].row == 3
