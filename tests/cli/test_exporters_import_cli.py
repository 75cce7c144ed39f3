"""`res-desktop exporters import|export`: counts printed, rejected rows beside the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from res_desktop.cli import EXIT_USAGE
from res_desktop.cli import main
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_ORG
from tests.services.exporters.exporters_import_helpers import INN_ZERO
from tests.services.exporters.exporters_import_helpers import REPEAT_EXPECTED
from tests.services.exporters.exporters_import_helpers import REPEAT_HEADER
from tests.services.exporters.exporters_import_helpers import REPEATED
from tests.services.exporters.exporters_import_helpers import accounting
from tests.services.exporters.exporters_import_helpers import ministry_csv
from tests.services.exporters.exporters_import_helpers import registry
from tests.services.exporters.exporters_import_helpers import write_csv
from tests.services.exporters.exporters_import_helpers import write_table


def test_dry_run_then_import_then_export(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    source = ministry_csv(tmp_path)
    assert main(["exporters", "import", str(source), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Будет добавлено 3, обновлено 0, отклонено 2"
    assert out[1] == "  " + accounting(5, 3, 0, 0, 0, 2)
    assert out[2].startswith("  Строка 7: ИНН: «1234567890»")
    assert not (tmp_path / "реестр ФТС.отклонено.csv").exists()

    assert main(["exporters", "import", str(source), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        "Добавлено 3, обновлено 0, отклонено 2",
        "  " + accounting(5, 3, 0, 0, 0, 2),
    ]
    assert out[2].startswith("  Строка 7: ИНН: «1234567890»")
    assert out[4:] == [
        f"Отклонённые строки с причинами: {tmp_path / 'реестр ФТС.отклонено.csv'}",
    ]
    target = tmp_path / "выгрузка.xlsx"
    assert main(["--db", str(db_path), "exporters", "export", str(target)]) == 0
    assert capsys.readouterr().out == f"Экспорт завершён: 3 строки. Файл: {target}\n"
    assert target.stat().st_size > 0


def test_mapping_file_and_header_row(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "свой.csv",
        [["Сведения"], ["Налоговый номер", "Фирма"], [INN_A, "ООО «Лён»"]],
        encoding="utf-8",
    )
    mapping = tmp_path / "сопоставление.json"
    mapping.write_text(json.dumps({"Налоговый номер": "ИНН"}, ensure_ascii=False), "utf-8")
    argv = ["exporters", "import", str(source), "--db", str(db_path), "--header-row", "2"]
    assert main([*argv, "--mapping", str(mapping)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Добавлено 1, обновлено 0, отклонено 0",
        "  " + accounting(1, 1, 0, 0, 0, 0),
    ]
    ws = Workspace.open(db_path)
    try:
        assert registry(ws)[INN_A].full_name == "ООО «Лён»"
    finally:
        ws.close()


def _fails(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    return captured.err


def test_bad_input_exits_with_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    db = ["--db", str(db_path)]
    missing = _fails(capsys, ["exporters", "import", str(tmp_path / "нет.csv"), *db])
    assert "не найден" in missing
    source = write_csv(tmp_path / "без инн.csv", [["Фирма"], ["ООО «Лён»"]])
    assert "Не указан столбец с ИНН" in _fails(capsys, ["exporters", "import", str(source), *db])
    broken = tmp_path / "плохое.json"
    broken.write_text("[1, 2]", "utf-8")
    err = _fails(capsys, ["exporters", "import", str(source), *db, "--mapping", str(broken)])
    assert "нужен объект JSON" in err
    err = _fails(capsys, ["exporters", "export", str(tmp_path / "реестр.pdf"), *db])
    assert "XLSX или CSV" in err
    assert "import|export" in _fails(capsys, ["exporters"])
    assert "--sheet" in _fails(capsys, ["exporters", "import", str(source), "--sheet"])


def test_restored_leading_zero_is_reported(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """An XLSX whose ИНН are number cells, one of region 02 shown without its zero."""
    source = write_table("xlsx", tmp_path / "реестр", [
        ["ИНН", "Наименование"],
        [int(INN_ORG), "ПАО «Газпром»"],
        [int(INN_ZERO), "ООО «Уфимское»"],
        [7736050003.5, "ООО «Дробь»"],
    ])  # fmt: skip
    argv = ["exporters", "import", str(source), "--db", str(db_path)]
    rows = [  # the same accounting and row notes for a dry run and the import itself
        "  " + accounting(3, 2, 0, 0, 0, 1),
        "  Строка 4: ИНН: «7736050003,5» — дробное число, а ИНН — целое: нужно 10 цифр "
        "(организация) или 12 (ИП, физическое лицо)",
        "  Строка 3: ИНН 274062111 дополнен ведущим нулём: 0274062111",
    ]
    assert main([*argv, "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Будет добавлено 2, обновлено 0, отклонено 1",
        *rows,
    ]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Добавлено 2, обновлено 0, отклонено 1",
        *rows,
        f"Отклонённые строки с причинами: {tmp_path / 'реестр.отклонено.csv'}",
    ]
    ws = Workspace.open(db_path)
    try:
        assert set(registry(ws)) == {INN_ORG, INN_ZERO}
    finally:
        ws.close()


@pytest.mark.parametrize("choice", ["first", "last", "combine"])
def test_repeats_option(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, choice: str
) -> None:
    """`--repeats first|last|combine`: the dry run lists the repeated rows and what each
    choice gives; the import does what was chosen."""
    source = write_csv(tmp_path / "повторы.csv", [REPEAT_HEADER, *REPEATED])
    argv = ["exporters", "import", str(source), "--db", str(db_path), "--repeats", choice]
    assert main([*argv, "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    term = {"first": "повторы ИНН (оставлена первая строка)",
            "last": "повторы ИНН (оставлена последняя строка)",
            "combine": "повторы ИНН объединены"}[choice]  # fmt: skip
    assert f"{term} 1" in out[1]
    assert f"    ИНН {INN_A} — строки 2, 4:" in out
    assert sum(line.startswith("      оставить ") or "объединить строки:" in line
               for line in out) == 3  # fmt: skip
    assert main(argv) == 0
    assert f"    ИНН {INN_A} — строки 2, 4" in capsys.readouterr().out.splitlines()
    ws = Workspace.open(db_path)
    try:
        linen = registry(ws)[INN_A]
    finally:
        ws.close()
    assert (dict(linen.export_volume)[2025], linen.countries, linen.contact_email) == (
        REPEAT_EXPECTED[choice]
    )
    assert "недопустимое значение" in _fails(capsys, [*argv[:-1], "middle"])


def test_a_volume_without_a_year_is_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    title = "Объём экспорта, тыс. долл. США"
    source = write_csv(tmp_path / "без года.csv", [["ИНН", "Наименование", title],
                                                   [INN_A, "ООО «Лён»", "150"]])  # fmt: skip
    argv = ["exporters", "import", str(source), "--db", str(db_path)]
    assert f"Столбец «{title}»: объём экспорта без года" in _fails(capsys, argv)
    mapping = tmp_path / "год.json"
    mapping.write_text(json.dumps({title: "volume:2024"}), "utf-8")
    assert main([*argv, "--mapping", str(mapping)]) == 0


def test_import_takes_the_years_snapshot(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """As the window's import: this year's counts are kept, a dry run keeps none (issue 15)."""
    source = ministry_csv(tmp_path)
    argv = ["exporters", "import", str(source), "--db", str(db_path)]
    assert main([*argv, "--dry-run"]) == 0
    ws = Workspace.open(db_path)
    try:
        assert ws.db.execute("SELECT count(*) FROM registry_snapshot_year").fetchone()[0] == 0
    finally:
        ws.close()
    assert main(argv) == 0
    capsys.readouterr()
    ws = Workspace.open(db_path)
    try:
        year = ws.today().year
        assert ws.db.execute("SELECT year FROM registry_snapshot_year").fetchall() == [(year,)]
        kept = ws.db.execute(
            "SELECT count(*) FROM registry_snapshot WHERE year = ?", [year]
        ).fetchone()[0]
        assert kept == len(registry(ws)) == 3
    finally:
        ws.close()
