"""Every user table is logged: three audit triggers naming each of its columns.

A later step that adds a table or a column without its triggers fails here (the history of
changes would silently miss it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from res_desktop.storage.common.audit import UNWATCHED_ON_UPDATE
from res_desktop.storage.common.audit import is_logged
from res_desktop.storage.common.database import open_database
from res_desktop.storage.common.migrations import MIGRATIONS


def unlogged(conn: sqlite3.Connection) -> list[str]:
    """«table: what is missing» for each user table the triggers do not fully cover."""
    triggers = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if is_logged(row[0])
    ]
    missing: list[str] = []
    for table in tables:
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        for op, record in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            sql = triggers.get(f"audit_{table}_{op}")
            if sql is None:
                missing.append(f"{table}: no {op} trigger")
                continue
            watched = [c for c in columns if op != "update" or c not in UNWATCHED_ON_UPDATE]
            absent = [c for c in watched if f"{record}.{c}" not in sql]
            if absent:
                missing.append(f"{table}: {op} trigger misses {', '.join(absent)}")
    return missing


def test_every_user_table_has_triggers_for_every_column(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    try:
        assert unlogged(db.conn) == []
        tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master")}
        assert {"company", "item_state", "meeting", "audit_log"} <= tables
    finally:
        db.conn.close()


def test_a_table_added_without_triggers_is_caught(tmp_path: Path) -> None:
    def later(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE grant_application (id INTEGER PRIMARY KEY, title TEXT)")
        db.execute("ALTER TABLE meeting ADD COLUMN chair TEXT NOT NULL DEFAULT ''")

    conn = sqlite3.connect(tmp_path / "later.sqlite3")
    MIGRATIONS.extended("9999_later", later).apply(sqlite_utils.Database(conn))
    assert sorted(unlogged(conn)) == [
        "grant_application: no delete trigger",
        "grant_application: no insert trigger",
        "grant_application: no update trigger",
        "meeting: delete trigger misses chair",
        "meeting: insert trigger misses chair",
        "meeting: update trigger misses chair",
    ]
    conn.close()


def test_unlogged_tables_are_only_bookkeeping() -> None:
    names = ["_sqlite_migrations", "import_change", "company_fts_data", "audit_log", "company"]
    assert [n for n in names if is_logged(n)] == ["company"]
