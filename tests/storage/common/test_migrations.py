"""A database of each released schema migrates with every row intact, after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from res_desktop.domain.common.progress import Status
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.database import schema_version
from res_desktop.storage.common.migrations import MIGRATIONS
from res_desktop.storage.common.migrations import MigrationChain
from tests.conftest import TODAY
from tests.fixtures.make_schema_fixtures import ROWS
from tests.fixtures.make_schema_fixtures import fixture_path
from tests.fixtures.schema_snapshot import schema_text
from tests.fixtures.schema_snapshot import snapshot_text

FIXTURES = Path(__file__).parents[2] / "fixtures"
RELEASED = MIGRATIONS.names()
Rows = dict[str, list[tuple[object, ...]]]


def _tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Each table and its columns."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in names}


def _rows(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> Rows:
    """Every row of each table (those columns only), in a stable order: some have no rowid."""
    found: Rows = {}
    for table, columns in tables.items():
        listed = ", ".join(f'"{c}"' for c in columns)
        found[table] = sorted(conn.execute(f'SELECT {listed} FROM "{table}"'), key=_order)
    return found


def _order(row: tuple[object, ...]) -> list[tuple[int, float, str]]:
    """Numbers by value (migration 10 after 9, not after 1), anything else by its repr."""
    return [(0, float(v), "") if isinstance(v, int | float) else (1, 0.0, repr(v)) for v in row]


def _step_id(row: tuple[object, ...]) -> int:
    """The chain's order: by repr, step 10 would sort before step 2."""
    return int(str(row[0]))


def test_every_released_schema_has_a_fixture() -> None:
    assert set(ROWS) == set(RELEASED)  # a new step declares its fixture rows
    assert sorted(FIXTURES.glob("schema_*.sqlite3")) == [fixture_path(s) for s in RELEASED]


@pytest.mark.parametrize("step", RELEASED)
def test_the_fixture_is_that_schema_with_rows_in_every_table(step: str) -> None:
    conn = sqlite3.connect(f"file:{fixture_path(step)}?mode=ro", uri=True)
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == list(RELEASED[: RELEASED.index(step) + 1])
        empty = [t for t, rows in _rows(conn, _tables(conn)).items() if not rows]
        assert empty == [] if step < "0014" else empty == ["audit_context"]  # empty between writes
    finally:
        conn.close()


@pytest.mark.parametrize("step", RELEASED)
def test_a_released_database_migrates_to_the_latest_with_every_row(
    step: str, tmp_path: Path
) -> None:
    path = tmp_path / "released.sqlite3"
    shutil.copyfile(fixture_path(step), path)
    conn = sqlite3.connect(path)
    tables = _tables(conn)
    before = _rows(conn, tables)
    conn.close()

    ws = Workspace.open(path, clock=lambda: TODAY)
    try:
        assert schema_version(ws.db) == list(RELEASED)
        assert schema_text(ws.db.conn) == snapshot_text()
        after = _rows(ws.db.conn, tables)
        region = ws.region.profile()
        company = ws.db.execute("SELECT inn, last_volume_kusd FROM company").fetchall()
    finally:
        ws.close()
    migrations = sorted(before.pop("_sqlite_migrations"), key=_step_id)
    assert sorted(after.pop("_sqlite_migrations"), key=_step_id)[: len(migrations)] == migrations
    # The search index is derived data, rewritten by the current code (storage/exporters/schema).
    for table in [t for t in tables if t.startswith("company_fts")]:
        before.pop(table), after.pop(table)
    if "derived_data" in tables:  # which code made them: step 0020's index is rewritten
        assert [n for n, _v in after.pop("derived_data")] == [
            n for n, _v in before.pop("derived_data")
        ]
    # The import's fingerprints are a cache of what it read: step 0017's sort keys are a write
    # of each company, which forgets them by design (the next import reads those rows again).
    if "company_import_row" in tables:
        assert len(after.pop("company_import_row")) <= len(before.pop("company_import_row"))
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    assert after == before
    assert region is not None and region.region_name == "Смоленская область"
    if "company" in tables:  # 0009 fills the stored latest volume from the 2025 figure
        assert company == [("6731000014", 425.0)]


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


def _step(module_name: str, name: str, **attrs: object) -> ModuleType:
    step = ModuleType(f"res_desktop.storage.common.migrations.{module_name}")
    step.NAME = name  # type: ignore[attr-defined]
    step.__dict__.update(attrs)
    return step


def test_a_step_runs_its_statements_in_order_or_its_own_migrate(tmp_path: Path) -> None:
    import sqlite_utils

    ran: list[str] = []
    chain = MigrationChain.of(
        "test",
        [
            _step(
                "m0001_a", "0001_a", STATEMENTS=("CREATE TABLE t (x)", "INSERT INTO t VALUES (1)")
            ),
            _step("m0003_c", "0003_c", migrate=lambda db: ran.append("0003_c")),
        ],
    )
    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "chain.sqlite3"))
    chain.apply(db)
    assert chain.names() == ("0001_a", "0003_c")  # a number not (yet) merged leaves a gap
    assert db.execute("SELECT x FROM t").fetchall() == [(1,)]
    assert ran == ["0003_c"]
    db.conn.close()


@pytest.mark.parametrize(
    "steps",
    [
        [("m0002_b", "0002_b"), ("m0001_a", "0001_a")],  # out of order
        [("m0001_a", "0001_a"), ("m0001_b", "0001_b")],  # one number twice
        [("m0001_a", "0001_b")],  # the module and its name disagree
    ],
)
def test_the_chain_refuses_steps_out_of_the_order_of_their_numbers(
    steps: list[tuple[str, str]],
) -> None:
    with pytest.raises(ValueError, match="migration step"):
        MigrationChain.of("test", [_step(m, n, STATEMENTS=()) for m, n in steps])
