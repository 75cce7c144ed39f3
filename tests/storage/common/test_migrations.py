"""A database of each released schema migrates with every row intact, after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from res_desktop.domain.common.progress import Status
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.database import schema_version
from res_desktop.storage.common.migrations import MIGRATIONS
from tests.conftest import TODAY

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_schema_0001_database_migrates_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite3", path)
    ws = Workspace.open(path, clock=lambda: TODAY)
    try:
        assert schema_version(ws.db) == list(MIGRATIONS.names())
        profile = ws.region.profile()
        assert profile is not None and profile.region_name == "Смоленская область"
        view = ws.checklists.checklist("02", 2026).view("coordinator_designated_by_act")
        assert view.status is Status.DONE
        assert view.state.comment == "Постановление принято"
        assert [e.caption for e in view.evidence] == ["Постановление № 12-п «О координаторе»"]
        assert ws.reports.list() == []
    finally:
        ws.close()
    [backup] = tmp_path.glob("old.до-0002_report_archive.*.bak")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT name FROM _sqlite_migrations").fetchall() == [("0001_initial",)]
    assert copy.execute("SELECT region_name FROM region").fetchone() == ("Смоленская область",)
    assert copy.execute("SELECT count(*) FROM evidence").fetchone() == (1,)
    copy.close()


def test_0009_fills_the_stored_latest_volume(tmp_path: Path) -> None:
    import sqlite_utils

    path = tmp_path / "before-0009.sqlite3"
    db = sqlite_utils.Database(sqlite3.connect(path))
    MIGRATIONS.apply(db, stop_before="0009_company_last_volume")
    with db.atomic():
        db.execute(
            "INSERT INTO company (id, inn, full_name, created_at, updated_at)"
            " VALUES (1, '7707083893', 'ПАО «Сбербанк»', '2026-01-01', '2026-01-01')"
        )
        db.execute("INSERT INTO company_export_volume VALUES (1, 2024, 10.0), (1, 2025, 25.5)")
    db.conn.close()
    ws = Workspace.open(path, clock=lambda: TODAY)
    try:
        row = ws.db.execute("SELECT last_volume_kusd FROM company WHERE id = 1").fetchone()
        assert row == (25.5,)
    finally:
        ws.close()


def test_the_chain_lists_its_steps_publicly() -> None:
    names = MIGRATIONS.names()
    assert names[0] == "0001_initial"
    assert list(names) == sorted(set(names))  # numbered, unique, in order
    longer = MIGRATIONS.extended("9999_later", lambda db: None)
    assert longer.names() == (*names, "9999_later")
    assert MIGRATIONS.names() == names  # the released chain is not changed
