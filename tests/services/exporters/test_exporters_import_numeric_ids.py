"""ИНН and ОГРН kept by Excel as numbers (issue 10.3): read as the text Excel shows, a lost
leading zero put back only when the check digits hold, and the rest refused with a reason.

Every test builds a real file of each kind: XLSX (openpyxl), XLS (xlwt), ODS (by hand) with
number cells, and the CSV that Russian Excel saves from them (Windows-1251, «;»)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.import_plan import NOTES_SHOWN
from res_desktop.services.exporters.import_plan import note_lines
from tests.services.exporters.exporters_import_helpers import INN_B
from tests.services.exporters.exporters_import_helpers import INN_ORG
from tests.services.exporters.exporters_import_helpers import INN_PERSON
from tests.services.exporters.exporters_import_helpers import INN_PERSON_ZERO
from tests.services.exporters.exporters_import_helpers import INN_ZERO
from tests.services.exporters.exporters_import_helpers import OGRN_ORG
from tests.services.exporters.exporters_import_helpers import OGRNIP_REMAINDER_10
from tests.services.exporters.exporters_import_helpers import registry
from tests.services.exporters.exporters_import_helpers import write_csv
from tests.services.exporters.exporters_import_helpers import write_table

KINDS = ("xlsx", "xls", "ods", "csv")
HEADER = ["ИНН", "ОГРН", "Наименование"]
Table = Callable[[str, list[list[object]]], Path]


@pytest.fixture(params=KINDS)
def table(request: pytest.FixtureRequest, tmp_path: Path) -> Table:
    """Writes rows under HEADER as a file of each kind in turn (a test may narrow the kinds)."""
    return lambda name, rows: write_table(request.param, tmp_path / name, [HEADER, *rows])


def _reasons(workspace: Workspace, path: Path) -> dict[int, str]:
    return {r.row: r.reason for r in workspace.exporter_import.dry_run(path).rejections}


def test_numbers_read_as_the_text_excel_shows(table: Table, workspace: Workspace) -> None:
    path = table("реестр", [
        [int(INN_ORG), int(OGRN_ORG), "ПАО «Газпром»"],
        [float(INN_PERSON), float(OGRNIP_REMAINDER_10), "ИП Сидоров С. С."],
        [INN_B, "", "ООО «Текстовый ИНН»"],  # a text cell keeps its zeros
    ])  # fmt: skip
    result = workspace.exporter_import.run(path)
    assert (result.added, result.rejected, result.notes) == (3, 0, ())
    found = registry(workspace)
    assert set(found) == {INN_ORG, INN_PERSON, INN_B}
    assert found[INN_ORG].ogrn == OGRN_ORG
    assert found[INN_PERSON].ogrn == OGRNIP_REMAINDER_10


def test_lost_leading_zero_put_back_when_the_check_digits_hold(
    table: Table, workspace: Workspace
) -> None:
    path = table("башкирия", [
        [float(INN_ZERO), "", "ООО «Уфимское»"],  # 274062111
        [int(INN_PERSON_ZERO), "", "ИП Галиев Р. Р."],  # 27406211167
        [274062112, "", "ООО «Опечатка»"],  # 0274062112 fails the check
    ])  # fmt: skip
    expected = [
        "Строка 2: ИНН 274062111 дополнен ведущим нулём: 0274062111",
        "Строка 3: ИНН 27406211167 дополнен ведущим нулём: 027406211167",
    ]
    plan = workspace.exporter_import.dry_run(path)
    assert [str(n) for n in plan.notes] == expected
    assert (plan.added, plan.rejected) == (2, 1)
    refused = plan.rejections[0]
    assert (refused.row, refused.field) == (4, "ИНН")
    assert refused.reason == (
        "ИНН: «274062112» — 9 цифр; с ведущим нулём, отброшенным Excel, ИНН был бы "
        "0274062112, но контрольная сумма не сходится: проверьте цифры"
    )
    assert registry(workspace) == {}

    result = workspace.exporter_import.run(path)
    assert [str(n) for n in result.notes] == expected
    assert (result.added, result.rejected) == (2, 1)
    found = registry(workspace)
    assert set(found) == {INN_ZERO, INN_PERSON_ZERO}  # stored as text with the zero
    assert found[INN_ZERO].full_name == "ООО «Уфимское»"
    stored = workspace.db.conn.execute("SELECT inn FROM company ORDER BY inn").fetchall()
    assert stored == [(INN_ZERO,), (INN_PERSON_ZERO,)]


def test_ogrn_short_of_a_digit_is_refused(table: Table, workspace: Workspace) -> None:
    """ОГРН begins with 1 or 5 and ОГРНИП with 3: 12 or 14 digits are never a lost zero."""
    path = table("огрн", [
        [int(INN_ORG), int(OGRN_ORG[:-1]), "ПАО «Газпром»"],  # 12 digits
        [int(INN_PERSON), int(OGRNIP_REMAINDER_10[:-1]), "ИП Сидоров С. С."],  # 14 digits
        [int(INN_ZERO), int(OGRN_ORG), "ООО «Уфимское»"],
    ])  # fmt: skip
    reasons = _reasons(workspace, path)
    assert set(reasons) == {2, 3}
    assert reasons[2] == (
        "ОГРН/ОГРНИП: «102770007051» — 12 цифр, а нужно 13 цифр (ОГРН) или 15 (ОГРНИП); "
        "ОГРН и ОГРНИП не начинаются с нуля, поэтому это не потерянный ведущий ноль: "
        "проверьте цифры"
    )
    assert reasons[3].startswith("ОГРН/ОГРНИП: «30000000023757» — 14 цифр, а нужно")
    workspace.exporter_import.run(path)
    assert registry(workspace)[INN_ZERO].ogrn == OGRN_ORG


@pytest.mark.parametrize("table", ["xlsx", "xls", "ods"], indirect=True)
def test_a_number_that_is_no_inn_is_refused(table: Table, workspace: Workspace) -> None:
    path = table("числа", [
        [7736050003.5, "", "ООО «Дробь»"],
        [1.5e13, "", "ООО «Велико»"],
        [int(INN_ORG), 1.0277000705185e12, "ПАО «Газпром»"],
        [-7736050003, "", "ООО «Минус»"],
    ])  # fmt: skip
    reasons = _reasons(workspace, path)
    assert reasons == {
        2: "ИНН: «7736050003,5» — дробное число, а ИНН — целое: нужно 10 цифр (организация) "
        "или 12 (ИП, физическое лицо)",
        3: "ИНН: «15000000000000» — число больше, чем ИНН: нужно 10 цифр (организация) "
        "или 12 (ИП, физическое лицо)",
        4: "ОГРН/ОГРНИП: «1027700070518,5» — дробное число, а ОГРН/ОГРНИП — целое: нужно "
        "13 цифр (ОГРН) или 15 (ОГРНИП)",
        5: "ИНН: «-7736050003» — отрицательное число, а не ИНН",
    }


def test_scientific_form_in_a_csv_is_refused_not_guessed(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Excel shows a long number in a narrow column as «7,73605E+09» and saves just that."""
    path = write_csv(tmp_path / "сохранён из Excel.csv", [
        HEADER,
        ["7,73605E+09", "", "ПАО «Газпром»"],
        [INN_ORG, "1,0277E+12", "ПАО «Газпром»"],
        ["5,00101E+11", "", "ИП Сидоров С. С."],
        ["274062111", "", "ООО «Уфимское»"],  # digits lost with the zero: put back
    ])  # fmt: skip
    plan = workspace.exporter_import.dry_run(path)
    reasons = {r.row: (r.field, r.reason) for r in plan.rejections}
    assert set(reasons) == {2, 3, 4}
    assert reasons[2] == (
        "ИНН",
        "ИНН: «7,73605E+09» — ИНН записан в экспоненциальном виде: Excel сократил число при "
        "сохранении, и цифры номера потеряны. Задайте столбцу ИНН в исходной таблице формат "
        "«Текстовый» (или загрузите саму таблицу XLSX) и сохраните файл заново",
    )
    assert reasons[3][0] == "ОГРН/ОГРНИП"
    assert "цифры номера потеряны" in reasons[3][1]
    assert "экспоненциальном" in reasons[4][1]
    assert [str(n) for n in plan.notes] == [
        "Строка 5: ИНН 274062111 дополнен ведущим нулём: 0274062111"
    ]
    workspace.exporter_import.run(path)
    assert set(registry(workspace)) == {INN_ZERO}


def test_a_note_of_a_row_refused_for_another_reason_is_dropped(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_table("xlsx", tmp_path / "без имени", [
        [*HEADER, "Страны экспорта"],
        [int(INN_ZERO), "", "", "Китай"],  # a new company without a name: refused
        [int(INN_PERSON_ZERO), "", "ИП Галиев Р. Р.", "Атлантида"],  # bad country
    ])  # fmt: skip
    plan = workspace.exporter_import.dry_run(path)
    assert (plan.rejected, plan.notes) == (2, ())


def test_repeated_inn_keeps_the_notes_of_both_rows(workspace: Workspace, tmp_path: Path) -> None:
    path = write_table("ods", tmp_path / "повтор", [
        HEADER,
        [int(INN_ZERO), "", "ООО «Уфимское»"],
        [INN_ZERO, "", ""],  # text: as written
        [float(INN_ZERO), int(OGRN_ORG), ""],
    ])  # fmt: skip
    result = workspace.exporter_import.run(path)
    assert (result.added, result.rejected) == (1, 0)
    assert [n.row for n in result.notes] == [2, 4]
    assert registry(workspace)[INN_ZERO].ogrn == OGRN_ORG


def _region_02_inns(count: int) -> list[str]:
    """Valid 10-digit ИНН of region 02 (Башкортостан): every one loses its zero in Excel."""
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    found = []
    for serial in range(count):
        body = f"0274{serial:05d}"
        check = sum(w * int(d) for w, d in zip(weights, body, strict=True)) % 11 % 10
        found.append(body + str(check))
    return found


def test_a_region_of_restored_zeros_does_not_bury_the_summary(
    workspace: Workspace, tmp_path: Path
) -> None:
    inns = _region_02_inns(NOTES_SHOWN + 5)
    path = write_table("xls", tmp_path / "район", [
        ["ИНН", "Наименование"], *([int(inn), f"ООО № {n}"] for n, inn in enumerate(inns)),
    ])  # fmt: skip
    result = workspace.exporter_import.run(path)
    assert (result.added, len(result.notes)) == (NOTES_SHOWN + 5, NOTES_SHOWN + 5)
    lines = note_lines(result.notes)
    assert len(lines) == NOTES_SHOWN + 1
    assert lines[0] == f"Строка 2: ИНН {inns[0][1:]} дополнен ведущим нулём: {inns[0]}"
    assert lines[-1] == "…и ещё примечаний: 5"
    assert set(registry(workspace)) == set(inns)
