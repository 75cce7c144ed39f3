"""A locked or damaged database from the command line: a Russian message, exit code 2.

Run as real processes: the lock is held by this one, the CLI is another program. The CLI
waits 100 ms for a lock instead of 5 s (BUSY_TIMEOUT_MS set before main runs).
"""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from res_desktop.cli import EXIT_USAGE
from res_desktop.cli import main
from res_desktop.cli import region
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.conftest import make_profile
from tests.processes import isolated_env
from tests.processes import run_python

_CLI = (
    "import sys; from res_desktop.storage.common import database;"
    " database.BUSY_TIMEOUT_MS = 100; from res_desktop.cli import main;"
    " sys.exit(main())"
)


def _cli(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return run_python(["-c", _CLI, *argv], tmp_path, isolated_env(tmp_path))


def _assert_russian_failure(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == EXIT_USAGE, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("res-desktop: ")
    assert "Traceback" not in done.stderr
    for english in ("database is locked", "malformed", "Error"):
        assert english not in done.stderr
    return done.stderr


@pytest.fixture
def region_db(db_path: Path) -> Path:
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    ws.region.save(make_profile())
    ws.close()
    return db_path


@pytest.fixture
def holder(region_db: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(region_db, isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_status_of_a_database_another_program_holds_exclusively(
    tmp_path: Path, region_db: Path, holder: sqlite3.Connection
) -> None:
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM import_mapping")  # takes the file, readers included
    err = _assert_russian_failure(_cli(tmp_path, "status", "--db", str(region_db), "--json"))
    assert f"База данных {region_db} занята другой программой" in err
    assert "Повторите" in err


def test_import_into_a_database_locked_by_another_program(
    tmp_path: Path, region_db: Path, holder: sqlite3.Connection
) -> None:
    source = tmp_path / "реестр.csv"
    source.write_text("ИНН;Наименование\n7707083893;ПАО «Сбербанк»\n", encoding="utf-8")
    holder.execute("BEGIN EXCLUSIVE")  # writers wait; the CLI opens, then cannot write
    err = _assert_russian_failure(
        _cli(tmp_path, "exporters", "import", str(source), "--db", str(region_db))
    )
    assert "занята другой программой" in err
    holder.execute("ROLLBACK")
    assert holder.execute("SELECT count(*) FROM company").fetchone() == (0,)


def test_status_of_a_damaged_database(tmp_path: Path, region_db: Path) -> None:
    conn = sqlite3.connect(region_db)
    [root] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'region'").fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with region_db.open("r+b") as file:
        file.seek((root - 1) * page)
        file.write(b"\xa5\x5a" * (page // 2))
    err = _assert_russian_failure(_cli(tmp_path, "status", "--db", str(region_db)))
    # refused at open by quick_check, the file named
    assert f"Файл базы данных {region_db} повреждён. Восстановите его из резервной копии" in err


def test_an_sqlite_error_of_no_known_cause_keeps_its_traceback(region_db: Path) -> None:
    conn = sqlite3.connect(region_db)
    conn.execute("DROP TABLE council_member")  # a bug's effect: the program expects it
    conn.commit()
    conn.close()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        main(["status", "--db", str(region_db)])


def test_a_locked_database_error_escaping_the_services_still_reads_russian(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    region_db: Path,
    holder: sqlite3.Connection,
) -> None:
    holder.execute("BEGIN EXCLUSIVE")
    waiting = sqlite3.connect(region_db, timeout=0.01)
    with pytest.raises(sqlite3.OperationalError) as raised:
        waiting.execute("DELETE FROM region")
    waiting.close()

    def status_report(*_args: object) -> None:
        raise raised.value  # as if a function read ws.db outside the services

    monkeypatch.setattr(region, "status_report", status_report)
    assert main(["status", "--db", str(region_db)]) == EXIT_USAGE
    assert "занята другой программой" in capsys.readouterr().err
