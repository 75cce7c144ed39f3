"""`res-desktop backup`, `restore` and `check`: back up, break the database, restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from res_desktop.cli import EXIT_USAGE
from res_desktop.cli import main
from res_desktop.services.common.workspace import Workspace
from tests.backup_data import fill
from tests.conftest import TODAY


def _break(path: Path) -> None:
    with path.open("r+b") as file:  # the header and the first pages: a destroyed file
        file.write(b"\x00" * 8192)


def test_backup_break_restore(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = fill(workspace, tmp_path)
    db = str(workspace.path)
    workspace.close()
    out = tmp_path / "копия.zip"
    assert main(["backup", "--out", str(out), "--db", db]) == 0
    assert "записана и проверена" in capsys.readouterr().out
    _break(workspace.path)
    filled.attachment.unlink()
    assert main(["status", "--db", db]) == EXIT_USAGE
    capsys.readouterr()

    assert main(["restore", str(out), "--db", db]) == 0
    said = capsys.readouterr().out
    assert "База восстановлена из копии" in said and "Прежние данные сохранены" in said
    ws = Workspace.open(workspace.path, clock=lambda: TODAY)
    try:
        assert ws.exporters.total() == 1
        assert filled.attachment.is_file()
    finally:
        ws.close()
    assert main(["check", "--db", db]) == 0
    assert "Неполадок не найдено." in capsys.readouterr().out


def test_check_reports_a_fault_with_exit_1_and_repair_fixes_it(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(workspace, tmp_path, with_report=False)
    workspace.db.execute("DELETE FROM company_fts")
    workspace.db.conn.commit()
    db = str(workspace.path)
    workspace.close()
    assert main(["check", "--db", db]) == 1
    assert "Поисковый индекс реестра экспортёров не совпадает" in capsys.readouterr().out
    assert main(["check", "--db", db, "--repair"]) == 0
    assert capsys.readouterr().out.endswith("Неполадок не найдено.\n")
    assert main(["check", "--db", db]) == 0


def test_restore_of_a_file_that_is_no_backup_is_refused_in_russian(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "не копия.zip"
    junk.write_bytes(b"junk")
    workspace.close()
    before = workspace.path.read_bytes()
    assert main(["restore", str(junk), "--db", str(workspace.path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("res-desktop: Файл") and "не резервная копия res_desktop" in err
    assert "Traceback" not in err
    assert workspace.path.read_bytes() == before


def test_backup_of_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "нет.sqlite3"
    assert main(["backup", "--out", str(tmp_path / "к.zip"), "--db", str(missing)]) == EXIT_USAGE
    assert "не найден" in capsys.readouterr().err
    assert not (tmp_path / "к.zip").exists()
