"""`res-desktop status` and friends, run in-process (and once as `python -m res_desktop`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from res_desktop import __version__
from res_desktop.cli import EXIT_USAGE
from res_desktop.cli import main
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.progress import Status
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import standard_catalogue
from res_desktop.storage.common.database import open_database
from res_desktop.storage.common.database import schema_version
from res_desktop.storage.common.migrations import MIGRATIONS
from tests.conftest import TODAY
from tests.processes import isolated_env
from tests.processes import run_python

DATE = TODAY.isoformat()


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(list(argv)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return json.loads(captured.out)


def run_failing(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("res-desktop: ")
    assert "Traceback" not in captured.err
    return captured.err


def test_status_json_on_a_new_database(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    report = run_json(capsys, "status", "--db", str(db_path), "--json", "--date", DATE)
    assert db_path.is_file()
    db = open_database(db_path, read_only=True)
    try:
        assert schema_version(db)[0] == "0001_initial"
        assert MIGRATIONS.pending(db) == []
    finally:
        db.conn.close()
    assert report["date"] == DATE
    assert report["region"] is None
    assert report["coordinator_body"] is None
    assert report["implementation_year"] is None
    assert [row["number"] for row in report["instruments"]] == list(range(1, 16))
    assert all(row["progress_percent"] == 0 for row in report["instruments"])
    assert not any(row["implemented"] for row in report["instruments"])
    assert report["schedule"] == {
        "required": 8,
        "actual": 0,
        "on_track": False,
        "shortfall": 8,
        "next_date": "2026-12-01",
        "next_required": 9,
    }


def test_db_option_before_the_command(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    report = run_json(capsys, "--db", str(db_path), "status", "--json", "--date", DATE)
    assert db_path.is_file()
    assert report["region"] is None


def test_status_json_on_a_region_database(
    capsys: pytest.CaptureFixture[str], workspace: Workspace, db_path: Path
) -> None:
    for view in workspace.checklists.checklist("07", TODAY.year).items:
        workspace.checklists.save_item(
            code="07", key=view.item.key, year=TODAY.year, edit=ItemEdit(status=Status.DONE)
        )
    report = run_json(capsys, "status", "--db", str(db_path), "--json", "--date", DATE)
    assert report["region"] == "Смоленская область"
    assert report["coordinator_body"].startswith("Министерство экономического развития")
    assert report["implementation_year"] == 3
    implemented = [row["number"] for row in report["instruments"] if row["implemented"]]
    assert implemented == [7]
    seven = next(row for row in report["instruments"] if row["number"] == 7)
    advice = sum(
        v.item.basis is Basis.RECOMMENDATION
        for v in workspace.checklists.checklist("07", TODAY.year).items
    )
    assert (seven["recommendations_done"], seven["recommendations_total"]) == (advice, advice)
    assert (report["schedule"]["actual"], report["schedule"]["shortfall"]) == (1, 7)


def test_status_json_on_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    # The CLI builds the demo with the real clock, so its contents (which instruments are
    # done) depend on the day the test runs; tests/services/demo/test_demo.py pins them.
    report = run_json(capsys, "status", "--demo", "--json", "--date", DATE)
    assert report["region"] == "Демонстрационная область"
    assert report["date"] == DATE
    catalogue = standard_catalogue()
    rows = report["instruments"]
    assert len(rows) == 15
    for row, instrument in zip(rows, catalogue.instruments, strict=True):
        assert row["number"] == instrument.number
        assert row["title"] == instrument.title
        assert row["short_title"] == instrument.short_title
        assert row["kind"] == instrument.kind.value
        assert row["block"] == instrument.block
        assert isinstance(row["progress_percent"], int)
        assert 0 <= row["progress_percent"] <= 100
        assert row["implemented"] is (row["progress_percent"] == 100)
    schedule = report["schedule"]
    assert schedule["required"] == 8
    assert schedule["actual"] == sum(row["implemented"] for row in rows)
    assert schedule["on_track"] is (schedule["actual"] >= 8)
    assert (schedule["next_date"], schedule["next_required"]) == ("2026-12-01", 9)


def test_status_text_is_russian(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--demo", "--date", DATE]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Демонстрационная область — состояние на 24.11.2026"
    assert len(lines) == 17
    for number, line in enumerate(lines[1:16], start=1):
        assert re.match(rf"^ +{number}  +\d+%  ", line), line
    assert "Экспортный совет" in out
    assert re.search(r"рекомендации: \d+ из \d+", lines[5]), lines[5]
    assert lines[-1].startswith("План-график: требуется 8, внедрено ")


def test_status_text_on_a_new_database(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["status", "--db", str(db_path), "--date", "2026-01-15"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("регион не настроен — состояние на 15.01.2026\n")
    assert "План-график: требуется 0, внедрено 0 — в графике" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"res-desktop {__version__}\n"


def test_help_is_russian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["status", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "вывести результат в формате JSON" in out
    assert "ГГГГ-ММ-ДД" in out


@pytest.mark.parametrize("bad", ["2026-13-01", "24.11.2026", "вчера"])
def test_bad_date(capsys: pytest.CaptureFixture[str], db_path: Path, bad: str) -> None:
    err = run_failing(capsys, "status", "--db", str(db_path), "--date", bad)
    assert f"дата «{bad}» указана неверно, нужен формат ГГГГ-ММ-ДД" in err
    assert "res-desktop --help" in err
    assert not db_path.exists()


def test_unknown_argument(capsys: pytest.CaptureFixture[str]) -> None:
    err = run_failing(capsys, "status", "--json", "--frobnicate")
    assert "неизвестные аргументы: --frobnicate" in err
    assert "unrecognized" not in err


def test_db_and_demo_together(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    err = run_failing(capsys, "status", "--demo", "--db", str(db_path))
    assert "нельзя указывать вместе с аргументом" in err
    assert not db_path.exists()


def test_garbage_database(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    db_path.write_bytes(b"\x89PNG\r\n\x1a\n not a database" * 64)
    before = db_path.read_bytes()
    err = run_failing(capsys, "status", "--db", str(db_path), "--json")
    assert "не является базой данных res_desktop" in err
    assert "Файл не изменён" in err
    assert db_path.read_bytes() == before


def test_module_entry_point(tmp_path: Path) -> None:
    args = ["-m", "res_desktop", "status", "--demo", "--json"]
    done = run_python(args, tmp_path, isolated_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert report["region"] == "Демонстрационная область"
    assert [row["number"] for row in report["instruments"]] == list(range(1, 16))
    assert report["implementation_year"] == 3


def test_russian_output_through_a_latin_code_page(tmp_path: Path) -> None:
    """A pipe whose code page has no Cyrillic (Wine's cp1252) gets UTF-8, not a traceback."""
    env = {**isolated_env(tmp_path), "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    done = run_python(["-m", "res_desktop", "--help"], tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert "Рабочее место РОИВ-координатора" in done.stdout
