"""Importing ministries' tables into the registry: counts, rejections, one transaction, undo."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import Product
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.exporters import demo_companies
from res_desktop.services.exporters.export import export_fields
from res_desktop.services.exporters.export import write_csv as export_csv
from res_desktop.services.exporters.import_flow import CHUNK_ROWS
from res_desktop.services.exporters.importer import ImportCancelled
from res_desktop.services.exporters.importer import ImportResult
from tests.services.exporters.exporters_import_helpers import HEADER
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B
from tests.services.exporters.exporters_import_helpers import INN_C
from tests.services.exporters.exporters_import_helpers import INN_IP
from tests.services.exporters.exporters_import_helpers import INN_ORG
from tests.services.exporters.exporters_import_helpers import OGRNIP_REMAINDER_10
from tests.services.exporters.exporters_import_helpers import TITLE_ROWS
from tests.services.exporters.exporters_import_helpers import data_rows
from tests.services.exporters.exporters_import_helpers import ministry_csv
from tests.services.exporters.exporters_import_helpers import registry
from tests.services.exporters.exporters_import_helpers import snapshot
from tests.services.exporters.exporters_import_helpers import write_csv
from tests.services.exporters.exporters_import_helpers import write_ods
from tests.services.exporters.exporters_import_helpers import write_xlsx


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More rows than one write chunk, so an import can be stopped half-way."""
    path = tmp_path_factory.mktemp("big") / "большой.csv"
    export_csv(demo_companies(dt.date(2026, 11, 24), CHUNK_ROWS + 500), path, export_fields([2025]))
    return path


def test_cp1251_semicolon_file_with_title_rows(workspace: Workspace, tmp_path: Path) -> None:
    path = ministry_csv(tmp_path)
    preview = workspace.exporter_import.preview(path)
    assert (preview.encoding, preview.separator, preview.header_row) == ("cp1251", ";", 3)
    assert preview.encoding_label == "Windows-1251"
    assert preview.separator_label == "точка с запятой"
    assert preview.mapping == {
        "ИНН": "inn",
        "Наименование организации": "full_name",
        "Объём экспорта 2025, тыс. долл. США": "volume:2025",
        "Страны экспорта": "countries",
        "Коды ТН ВЭД": "products",
    }
    assert preview.rows[0][2] == "г. Смоленск, ул. Ленина, д. 1, оф. 2"  # commas kept in one cell

    plan = workspace.exporter_import.dry_run(path)
    assert (plan.added, plan.updated, plan.rejected) == (3, 0, 2)
    assert plan.summary == "Будет добавлено 3, обновлено 0, отклонено 2"
    assert registry(workspace) == {}  # the dry run wrote nothing

    result = workspace.exporter_import.run(path)
    assert (result.added, result.updated, result.rejected) == (3, 0, 2)
    assert result.summary == "Добавлено 3, обновлено 0, отклонено 2"
    found = registry(workspace)
    assert set(found) == {INN_A, INN_B, INN_IP}
    linen = found[INN_A]
    assert linen.full_name == "ООО «Смоленский лён»"
    assert linen.export_volume == ((2025, 1234567.89),)  # «1 234 567,89» with NBSP
    assert linen.countries == ("BY", "KZ")
    assert linen.products == (Product("530911", "ткани льняные"),)  # 10 digits cut to 6
    assert found[INN_B].export_volume == ((2025, 12500.0),)
    assert [p.tnved for p in found[INN_B].products] == ["843359", "870899"]
    assert found[INN_IP].status is ExporterStatus.POTENTIAL


def test_bad_rows_reported_with_file_row_numbers(workspace: Workspace, tmp_path: Path) -> None:
    path = ministry_csv(tmp_path)
    result = workspace.exporter_import.run(path)
    rows = {r.row: r for r in result.rejections}
    assert sorted(rows) == [7, 8]  # 2 title rows + header + 3 good rows before them
    assert rows[7].field == "ИНН"
    assert "«1234567890»" in rows[7].reason
    assert "«сто» — не число" in rows[8].reason
    assert "страна «Нарния» не найдена" in rows[8].reason
    assert result.rejected_file == tmp_path / "реестр ФТС.отклонено.csv"
    with result.rejected_file.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle, delimiter=";"))
    assert written[0] == ["Строка", *HEADER, "Причина"]
    assert [r[0] for r in written[1:]] == ["7", "8"]
    assert written[2][1:3] == [INN_C, "ООО «Нарния»"]
    assert "Нарния" in written[2][-1]
    # Fixed in the rejected file and imported again: the extra columns are ignored.
    written[2][4], written[2][5] = "100", "Китай"
    with result.rejected_file.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(written[:1] + written[2:])
    again = workspace.exporter_import.run(result.rejected_file)
    assert (again.added, again.rejected) == (1, 0)
    assert registry(workspace)[INN_C].countries == ("CN",)


def test_rows_with_a_known_inn_update_the_company(workspace: Workspace, tmp_path: Path) -> None:
    workspace.exporter_import.run(ministry_csv(tmp_path, with_bad=False))
    before = registry(workspace)
    update = write_csv(
        tmp_path / "ФНС.csv",
        [
            ["ИНН", "Статус", "Страны экспорта", "Объём экспорта 2024, тыс. долл. США"],
            [INN_A, "действующий экспортёр", "Армения", "900,5"],
            [INN_B, "", "", ""],  # nothing to change
            [INN_C, "потенциальный", "", ""],  # unknown ИНН without a name
        ],
        encoding="utf-8",
    )
    plan = workspace.exporter_import.dry_run(update)
    assert (plan.added, plan.updated, plan.unchanged, plan.rejected) == (0, 1, 1, 1)
    assert "Полное наименование: не указано" in plan.rejections[0].reason
    result = workspace.exporter_import.run(update)
    assert (result.added, result.updated, result.rejected) == (0, 1, 1)
    after = registry(workspace)
    linen = after[INN_A]
    assert linen.status is ExporterStatus.ACTIVE
    assert linen.countries == ("BY", "KZ", "AM")  # countries are added, not replaced
    assert linen.export_volume == ((2024, 900.5), (2025, 1234567.89))  # other years kept
    assert linen.full_name == before[INN_A].full_name  # not in the file: kept
    assert after[INN_B] == before[INN_B]


def test_a_repeated_inn_fills_in_the_earlier_row(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "повтор.csv",
        [
            ["ИНН", "Полное наименование", "Телефон", "E-mail"],
            [INN_A, "ООО «Первая запись»", "+7 (4812) 11-22-33", ""],
            [INN_A, "", "", "info@example.ru"],
        ],
    )
    result = workspace.exporter_import.run(path)
    assert (result.added, result.updated, result.rejected) == (1, 0, 0)
    company = registry(workspace)[INN_A]
    assert (company.full_name, company.contact_phone) == (
        "ООО «Первая запись»",
        "+7 (4812) 11-22-33",
    )
    assert company.contact_email == "info@example.ru"


def test_ogrnip_with_remainder_ten_is_accepted(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "ип.csv",
        [["ИНН", "ОГРНИП", "Наименование"], [INN_IP, OGRNIP_REMAINDER_10, "ИП Петров И. С."]],
    )
    assert workspace.exporter_import.run(path).added == 1
    assert registry(workspace)[INN_IP].ogrn == OGRNIP_REMAINDER_10


def test_xlsx_sheet_chosen_by_name(workspace: Workspace, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Реестр экспортёров"],
        [],
        ["ИНН", "Полное наименование", "Объём экспорта 2025, тыс. долл. США", "Дата проверки"],
        [int(INN_ORG), "ПАО «Газпром»", 1500.25, dt.datetime(2026, 3, 5)],
        [INN_A, "ООО «Смоленский лён»", "1 000,5", "05.04.2026"],
    ]
    path = write_xlsx(tmp_path / "реестр.xlsx", rows)
    preview = workspace.exporter_import.preview(path)
    assert preview.sheets == ("Пояснения", "Реестр")
    assert preview.sheet == "Пояснения"
    preview = workspace.exporter_import.preview(path, sheet="Реестр")
    assert preview.header_row == 3
    result = workspace.exporter_import.run(path, sheet="Реестр")
    assert (result.added, result.rejected) == (2, 0)
    found = registry(workspace)
    assert found[INN_ORG].export_volume == ((2025, 1500.25),)  # a number cell; ИНН as number
    assert found[INN_ORG].last_checked == dt.date(2026, 3, 5)
    assert found[INN_A].last_checked == dt.date(2026, 4, 5)
    with pytest.raises(ValidationFailed, match="нет листа «Лист9»"):
        workspace.exporter_import.preview(path, sheet="Лист9")


def test_ods_file(workspace: Workspace, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ИНН", "Наименование", "Дата проверки", "Объём экспорта 2024, тыс. долл. США"],
        [INN_C, "ООО «Рославльский хлеб»", dt.date(2026, 2, 1), 75.5],
    ]
    path = write_ods(tmp_path / "реестр.ods", rows)
    result = workspace.exporter_import.run(path)
    assert (result.added, result.rejected) == (1, 0)
    company = registry(workspace)[INN_C]
    assert company.last_checked == dt.date(2026, 2, 1)
    assert company.export_volume == ((2024, 75.5),)


def test_unknown_titles_need_a_mapping_which_is_remembered(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "свой формат.csv",
        [["Налоговый номер", "Фирма", "Куда везут"], [INN_A, "ООО «Лён»", "KZ BY"]],
        encoding="utf-8-sig",
        separator="\t",
    )
    preview = workspace.exporter_import.preview(path)
    assert (preview.encoding, preview.separator) == ("utf-8-sig", "\t")
    assert preview.mapping == {"Фирма": "full_name"}
    with pytest.raises(ValidationFailed, match="Не указан столбец с ИНН"):
        workspace.exporter_import.dry_run(path)
    mapping = {"Налоговый номер": "ИНН", "Куда везут": "countries"}  # a title or a field key
    assert workspace.exporter_import.run(path, mapping=mapping).added == 1
    assert registry(workspace)[INN_A].countries == ("KZ", "BY")
    again = workspace.exporter_import.preview(path)
    assert again.remembered
    assert again.mapping == {
        "Налоговый номер": "inn",
        "Фирма": "full_name",
        "Куда везут": "countries",
    }


def test_header_row_override(workspace: Workspace, tmp_path: Path) -> None:
    path = ministry_csv(tmp_path, with_bad=False)
    preview = workspace.exporter_import.preview(path, header_row=1)
    assert preview.header_row == 1
    assert preview.mapping == {}
    with pytest.raises(ValidationFailed, match="Строка заголовков должна быть от 1 до"):
        workspace.exporter_import.preview(path, header_row=500)


def test_a_cancelled_import_changes_nothing(workspace: Workspace, big_csv: Path) -> None:
    before = snapshot(workspace)
    reported: list[int] = []
    # Cancelled once the first chunk of rows has been written inside the transaction.
    with pytest.raises(ImportCancelled, match="реестр не изменён"):
        workspace.exporter_import.run(
            big_csv,
            progress=lambda percent, _text: reported.append(percent),
            cancelled=lambda: bool(reported),
        )
    assert reported  # it was mid-way
    assert snapshot(workspace) == before


class _FailingProgress:
    """A hand-written fake: fails on its first report, as a full disk might."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, percent: int, text: str) -> None:
        self.calls += 1
        raise RuntimeError("сбой при записи")


def test_a_failed_import_changes_nothing(workspace: Workspace, big_csv: Path) -> None:
    workspace.exporter_import.run(write_csv(big_csv.with_name("малый.csv"), [HEADER, *data_rows()]))
    before = snapshot(workspace)
    progress = _FailingProgress()
    with pytest.raises(RuntimeError, match="сбой при записи"):
        workspace.exporter_import.run(big_csv, progress=progress)
    assert progress.calls == 1
    assert snapshot(workspace) == before


def test_undo_removes_added_and_restores_updated(workspace: Workspace, tmp_path: Path) -> None:
    first = workspace.exporter_import.run(ministry_csv(tmp_path, with_bad=False))
    after_first = registry(workspace)
    fts_before = snapshot(workspace)[-1]
    update = write_csv(
        tmp_path / "обновление.csv",
        [
            ["ИНН", "Полное наименование", "Коды ТН ВЭД"],
            [INN_A, "ООО «Смоленский лён и конопля»", "530911; 530919"],
            [INN_C, "ООО «Новая»", "190531"],
        ],
    )
    second = workspace.exporter_import.run(update)
    assert (second.added, second.updated) == (1, 1)
    with pytest.raises(ValidationFailed, match=f"Сначала отмените импорт № {second.batch_id}"):
        workspace.exporter_import.undo(first.batch_id)
    undone = workspace.exporter_import.undo(second.batch_id)
    assert undone.undone_at is not None
    assert registry(workspace) == after_first
    assert snapshot(workspace)[-1] == fts_before  # the search index is restored too
    with pytest.raises(ValidationFailed, match="уже отменён"):
        workspace.exporter_import.undo(second.batch_id)
    workspace.exporter_import.undo(first.batch_id)
    assert registry(workspace) == {}
    assert [b.is_undone for b in workspace.exporter_import.batches()] == [True, True]


def _first_import_then_an_update_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[ImportResult, Path]:
    """Every write of the test lands in a new second, as on a slow machine."""
    ticks = iter(dt.datetime(2026, 11, 2, 10, 0, 0) + dt.timedelta(seconds=n) for n in range(10**6))
    monkeypatch.setattr("res_desktop.storage.common.convert.timestamp", lambda: next(ticks))
    first = workspace.exporter_import.run(ministry_csv(tmp_path, with_bad=False))
    update = write_csv(
        tmp_path / "обновление.csv",
        [["ИНН", "Полное наименование"], [INN_A, "ООО «Смоленский лён и конопля»"]],
    )
    return first, update


def test_undo_in_reverse_order_seconds_apart(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undoing the later import restores its companies with the undo's stamp: that is not
    an edit after the first import, so the first can then be undone too (every write of
    this test lands in a new second, as on a slow machine)."""
    first, update = _first_import_then_an_update_file(workspace, tmp_path, monkeypatch)
    second = workspace.exporter_import.run(update)
    assert second.updated == 1
    workspace.exporter_import.undo(second.batch_id)
    workspace.exporter_import.undo(first.batch_id)
    assert registry(workspace) == {}


def test_an_edit_after_the_undo_of_a_later_import_still_blocks(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, update = _first_import_then_an_update_file(workspace, tmp_path, monkeypatch)
    workspace.exporter_import.undo(workspace.exporter_import.run(update).batch_id)
    workspace.db.conn.execute(
        "UPDATE company SET updated_at = ? WHERE inn = ?", ("2026-11-03T09:00:00", INN_A)
    )
    with pytest.raises(ValidationFailed, match="Отмена невозможна"):
        workspace.exporter_import.undo(first.batch_id)


def test_bad_files(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="не найден"):
        workspace.exporter_import.preview(tmp_path / "нет.csv")
    (tmp_path / "отчёт.pdf").write_bytes(b"%PDF")
    with pytest.raises(ValidationFailed, match="не поддерживается"):
        workspace.exporter_import.preview(tmp_path / "отчёт.pdf")
    (tmp_path / "пусто.csv").write_bytes(b"")
    with pytest.raises(ValidationFailed, match="пуст"):
        workspace.exporter_import.preview(tmp_path / "пусто.csv")
    (tmp_path / "битый.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ValidationFailed, match="Не удалось прочитать"):
        workspace.exporter_import.preview(tmp_path / "битый.xlsx")


def test_title_rows_are_not_taken_for_the_header(workspace: Workspace, tmp_path: Path) -> None:
    rows = [*TITLE_ROWS, HEADER, *data_rows()]
    path = write_csv(tmp_path / "utf8.csv", rows, encoding="utf-8")
    preview = workspace.exporter_import.preview(path)
    assert (preview.encoding, preview.header_row) == ("utf-8", 3)
    assert len(preview.rows) == 3


def test_an_absurd_volume_is_refused_with_its_row(workspace: Workspace, tmp_path: Path) -> None:
    """Issue 15: 1.2 quadrillion dollars (1 200 000 000 000 тыс.) was stored and summed."""
    rows = data_rows()
    rows[1][3] = "1 200 000 000 000"
    result = workspace.exporter_import.run(write_csv(tmp_path / "объёмы.csv", [HEADER, *rows]))
    [refused] = result.rejections
    assert refused.row == 3 and "100 млрд долл. США" in refused.reason
    assert INN_B not in registry(workspace) and result.added == 2
