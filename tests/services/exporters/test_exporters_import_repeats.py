"""Issue 15 part 1: repeated ИНН as the user chooses, updates field by field, the volume year.

Each case in a CSV (Windows-1251 «;» and UTF-8), an XLSX and an ODS.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters import import_flow
from res_desktop.services.exporters.import_plan import detail_lines
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B
from tests.services.exporters.exporters_import_helpers import INN_C
from tests.services.exporters.exporters_import_helpers import REPEAT_EXPECTED
from tests.services.exporters.exporters_import_helpers import REPEAT_HEADER
from tests.services.exporters.exporters_import_helpers import REPEATED
from tests.services.exporters.exporters_import_helpers import registry
from tests.services.exporters.exporters_import_helpers import write_csv
from tests.services.exporters.exporters_import_helpers import write_table

KINDS = ["cp1251", "utf-8", "xlsx", "ods"]


def _file(kind: str, folder: Path, rows: list[list[str]], name: str = "реестр") -> Path:
    if kind in ("xlsx", "ods"):
        return write_table(kind, folder / name, rows)
    return write_csv(folder / f"{name}.csv", rows, encoding=kind)


def _a(company: Company) -> tuple[object, ...]:
    return (dict(company.export_volume)[2025], company.countries, company.contact_email)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("choice", ["first", "last", "combine"])
def test_repeated_inn_gives_what_the_user_chose(
    workspace: Workspace, tmp_path: Path, kind: str, choice: str
) -> None:
    path = _file(kind, tmp_path, [REPEAT_HEADER, *REPEATED])
    plan = workspace.exporter_import.dry_run(path, repeats=choice)
    assert (plan.added, plan.duplicates, plan.data_rows) == (2, 1, 3) and plan.accounted
    assert [g.rows for g in plan.repeats] == [(2, 4)]
    result = workspace.exporter_import.run(path, repeats=choice)
    assert (result.added, result.duplicates, result.accounted) == (2, 1, True)
    assert _a(registry(workspace)[INN_A]) == REPEAT_EXPECTED[choice]
    assert registry(workspace)[INN_B].full_name == "АО «Завод»"


@pytest.mark.parametrize("kind", KINDS)
def test_the_dry_run_shows_what_each_choice_gives(
    workspace: Workspace, tmp_path: Path, kind: str
) -> None:
    path = _file(kind, tmp_path, [REPEAT_HEADER, *REPEATED])
    plan = workspace.exporter_import.dry_run(path, repeats="last")
    volume = "Объём экспорта 2025, тыс. долл. США"
    assert detail_lines(plan) == [
        "ИНН, повторённые в файле (выбрано: оставить последнюю строку): 1",
        f"  ИНН {INN_A} — строки 2, 4:",
        f"    оставить первую строку: Страны экспорта: «Китай; Турция»; {volume}: "
        "«12345678,9»; E-mail: не указано",
        f"    оставить последнюю строку: Страны экспорта: «Китай»; {volume}: «1»; "
        "E-mail: «info@len.ru»",
        f"    объединить строки: Страны экспорта: «Китай; Турция»; {volume}: «12345678,9»; "
        "E-mail: «info@len.ru»",
    ]
    assert "повторы ИНН (оставлена последняя строка) 1" in plan.accounting
    assert registry(workspace) == {}  # a dry run writes nothing


@pytest.mark.parametrize("choice", ["first", "last", "combine"])
def test_repeats_across_chunks_give_the_same_registry(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    """The import holds one chunk of rows: a ИНН whose rows are chunks apart must give what
    it gives in one chunk, for a company the registry holds and for a new one alike."""
    known = write_csv(
        tmp_path / "было.csv",
        [["ИНН", "Наименование", "Страны экспорта", "Телефон"],
         [INN_C, "ООО «Старое»", "Армения", "+7 (4812) 00-00-00"]],
    )  # fmt: skip
    rows = [
        [*REPEAT_HEADER, "Телефон"],
        [INN_A, "ООО «Лён»", "12 345 678,9", "Китай; Турция", "", ""],
        [INN_C, "", "10", "Китай", "", ""],
        [INN_B, "АО «Завод»", "500", "", "", "+7 (4812) 11-11-11"],
        [INN_A, "ООО «Лён»", "1,0", "Китай", "info@len.ru", ""],
        [INN_C, "ООО «Новое имя»", "20", "Казахстан", "c@example.ru", ""],
        [INN_C, "", "", "Беларусь", "", "+7 (4812) 22-22-22"],
    ]
    path = write_csv(tmp_path / "повторы.csv", rows)
    registries = []
    for chunk in (5000, 1):
        ws = Workspace.open(tmp_path / f"реестр-{chunk}.sqlite3", clock=workspace.clock)
        try:
            ws.exporter_import.run(known)
            before = registry(ws)
            monkeypatch.setattr(import_flow, "CHUNK_ROWS", chunk)
            result = ws.exporter_import.run(path, repeats=choice)
            assert (result.data_rows, result.duplicates, result.accounted) == (6, 3, True)
            registries.append(registry(ws))
            ws.exporter_import.undo(result.batch_id)
            assert registry(ws) == before  # the undo restores what the file changed
        finally:
            ws.close()
    assert registries[0] == registries[1]
    assert _a(registries[0][INN_A]) == REPEAT_EXPECTED[choice]
    old = registries[0][INN_C]
    assert {
        "first": ("ООО «Старое»", ("AM", "CN"), "+7 (4812) 00-00-00"),
        "last": ("ООО «Старое»", ("AM", "BY"), "+7 (4812) 22-22-22"),
        "combine": ("ООО «Новое имя»", ("AM", "CN", "KZ", "BY"), "+7 (4812) 22-22-22"),
    }[choice] == (old.full_name, old.countries, old.contact_phone)


@pytest.mark.parametrize("kind", KINDS)
def test_the_dry_run_shows_each_update_field_by_field(
    workspace: Workspace, tmp_path: Path, kind: str
) -> None:
    """The issue's mixed record: another company's full name beside the old short name is
    shown and flagged; a blank cell keeps the value, countries are added."""
    first = _file(kind, tmp_path, [
        ["ИНН", "Полное наименование", "Краткое наименование", "Страны экспорта", "E-mail"],
        [INN_A, "ООО «Смоленский лён»", "Смоленский лён", "Беларусь", "len@len.ru"],
        [INN_B, "АО «Завод»", "", "", ""],
    ], "было")  # fmt: skip
    workspace.exporter_import.run(first)
    update = _file(kind, tmp_path, [
        ["ИНН", "Полное наименование", "Страны экспорта", "E-mail"],
        [INN_A, "АО «Вяземский машзавод»", "Китай", ""],
        [INN_B, "АО «Завод»", "", ""],
    ], "обновление")  # fmt: skip
    plan = workspace.exporter_import.dry_run(update)
    assert (plan.updated, plan.unchanged, plan.diff_count) == (1, 1, 1)
    assert detail_lines(plan) == [
        "Изменения записей реестра по полям: 1",
        f"  Строка 2, ИНН {INN_A} («ООО «Смоленский лён»»):",
        "    Полное наименование: «ООО «Смоленский лён»» → «АО «Вяземский машзавод»»",
        "    Страны экспорта: «Беларусь» → «Беларусь; Китай»",
        "    Внимание: полное наименование изменено, а краткое «Смоленский лён» осталось от "
        "прежней записи: проверьте, что это одна организация",
    ]
    workspace.exporter_import.run(update)
    linen = registry(workspace)[INN_A]
    assert (linen.countries, linen.contact_email) == (("BY", "CN"), "len@len.ru")


@pytest.mark.parametrize("kind", KINDS)
def test_a_volume_without_a_year_is_asked_for(
    workspace: Workspace, tmp_path: Path, kind: str
) -> None:
    title = "Объём экспорта, тыс. долл. США"
    path = _file(kind, tmp_path, [["ИНН", "Наименование", title], [INN_A, "ООО «Лён»", "150"]])
    preview = workspace.exporter_import.preview(path)
    year = workspace.today().year - 1
    assert preview.guessed_years == (title,)
    assert preview.mapping[title] == f"volume:{year}"  # proposed: the previous year
    with pytest.raises(ValidationFailed) as refused:
        workspace.exporter_import.dry_run(path)
    assert f"Столбец «{title}»: объём экспорта без года" in str(refused.value)
    result = workspace.exporter_import.run(path, mapping={title: "volume:2024"})
    assert result.added == 1
    assert registry(workspace)[INN_A].export_volume == ((2024, 150.0),)
    # the year is not remembered: next year's file of this template is asked again
    with pytest.raises(ValidationFailed):
        workspace.exporter_import.run(path)
    skipped = workspace.exporter_import.run(path, mapping={title: ""})
    assert skipped.unchanged == 1


def test_an_unknown_repeats_choice_is_a_russian_message(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "r.csv", [REPEAT_HEADER, *REPEATED])
    with pytest.raises(ValidationFailed) as refused:
        workspace.exporter_import.dry_run(path, repeats="middle")
    assert "Неизвестный вариант для повторов ИНН «middle»" in str(refused.value)
