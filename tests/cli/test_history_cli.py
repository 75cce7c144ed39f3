"""`res-desktop history`: the log printed newest first, filtered, saved as XLSX; CLI writes
are logged as coming from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from res_desktop.cli import EXIT_USAGE
from res_desktop.cli import main
from res_desktop.domain.common.audit import AuditFilter
from res_desktop.domain.common.audit import Source
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.services.common.audit_session import os_user
from res_desktop.services.common.audit_session import use_source
from res_desktop.services.common.user_data import save_journal_name
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_import_helpers import ministry_csv


def test_an_import_from_the_command_line_then_its_history(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    assert main(["exporters", "import", str(ministry_csv(tmp_path)), "--db", str(db_path)]) == 0
    capsys.readouterr()
    ws = Workspace.open(db_path)
    try:
        lines = ws.history.page(AuditFilter(tables=frozenset({"company"})))
        assert ws.audit.source is Source.GUI  # the command has ended: back to the default
    finally:
        ws.close()
    assert len(lines) == 3
    assert {line.where for line in lines} == {"импорт № 1"}

    assert main(["history", "--db", str(db_path), "--table", "company"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3
    assert all("[импорт № 1]" in line and ": добавлено (" in line for line in out)
    assert main(["history", "--db", str(db_path), "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out == "Изменений не найдено.\n"

    book = tmp_path / "журнал.xlsx"
    assert main(["history", "--db", str(db_path), "--xlsx", str(book)]) == 0
    assert capsys.readouterr().out.startswith(f"Журнал изменений сохранён: {book}")
    sheet = load_workbook(book).active
    assert sheet is not None
    assert sheet.max_row == 1 + len(lines) + 3  # + the batch, its finish and the mapping


def test_a_command_line_write_is_logged_as_such(db_path: Path) -> None:
    """Every command runs under use_source(CLI); its only write today is an import, which
    the log names by its batch instead."""
    with use_source(Source.CLI):
        ws = Workspace.open(db_path)
        try:
            ws.council.save_member(member=Member(name="Петров", category=MemberCategory.REC))
            [line] = ws.history.page(AuditFilter())
        finally:
            ws.close()
    assert line.where == "командная строка"
    assert Workspace.open(db_path).audit.source is Source.GUI


def test_the_command_line_signs_with_the_name_from_the_settings(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """The name the coordinator gave in «Параметры региона», as the window signs with."""
    save_journal_name("  Иванова   М. С. ")
    assert main(["exporters", "import", str(ministry_csv(tmp_path)), "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["history", "--db", str(db_path), "--table", "company"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3
    assert all(f"Иванова М. С. ({os_user()})" in line for line in out)


def test_an_unknown_table_is_refused_in_russian(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    Workspace.open(db_path).close()
    assert main(["history", "--db", str(db_path), "--table", "companies"]) == EXIT_USAGE
    assert "Неизвестная таблица: companies." in capsys.readouterr().err
