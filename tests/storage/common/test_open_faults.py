"""Opening in the faults of issue 14: a foreign WAL, a lost migrations table, read-only media,
a second writer, the sent-report triggers against plain SQL."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from res_desktop.storage.common.database import is_read_only
from res_desktop.storage.common.database import open_database
from res_desktop.storage.common.errors import DatabaseCorrupt
from res_desktop.storage.common.errors import DatabaseReadOnly
from res_desktop.storage.common.errors import NotResDesktopDatabase
from res_desktop.storage.common.errors import SchemaHistoryLost
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import storage_error_for
from res_desktop.storage.common.migrations.m0015_archive_replace_guard import TRIGGERS
from tests.media import read_only_folder


def _created(path: Path) -> None:
    open_database(path).conn.close()


def _with_pending_wal(source: Path, target: Path, statements: list[str]) -> None:
    """``target``: a copy of ``source`` taken while its last writes are still in the WAL."""
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    for statement in statements:
        conn.execute(statement)
    shutil.copyfile(source, target)
    shutil.copyfile(f"{source}-wal", f"{target}-wal")
    conn.close()


def test_a_foreign_file_with_a_pending_wal_is_refused_without_merging_it(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    foreign = tmp_path / "contacts.sqlite3"
    _with_pending_wal(
        other,
        foreign,
        [
            "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
            "INSERT INTO contacts (name) VALUES ('Иванов')",
        ],
    )
    main, wal = foreign.read_bytes(), Path(f"{foreign}-wal").read_bytes()
    assert len(wal) > 0
    with pytest.raises(NotResDesktopDatabase):
        open_database(foreign)
    assert foreign.read_bytes() == main  # no checkpoint moved the WAL into it
    assert Path(f"{foreign}-wal").read_bytes() == wal


def _ours_with_pending_wal(tmp_path: Path) -> Path:
    """A copy of our file whose last write (instrument «Лифт») is still in its WAL."""
    first = tmp_path / "first.sqlite3"
    _created(first)
    copy = tmp_path / "copy.sqlite3"
    _with_pending_wal(
        first,
        copy,
        [
            "INSERT INTO own_instrument (title, short_title, kind, created_at)"
            " VALUES ('Лифт', 'Лифт', 'annual', 'x')"
        ],
    )
    return copy


def test_our_file_with_a_pending_wal_opens_with_its_last_writes(tmp_path: Path) -> None:
    copy = _ours_with_pending_wal(tmp_path)
    db = open_database(copy)
    try:
        assert db.execute("SELECT title FROM own_instrument").fetchall() == [("Лифт",)]
    finally:
        db.conn.close()


def _drop_migrations(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE _sqlite_migrations")
    conn.commit()
    conn.close()


def test_a_dropped_migrations_table_is_refused_with_no_backup_at_each_start(
    db_path: Path,
) -> None:
    _created(db_path)
    _drop_migrations(db_path)
    before = db_path.read_bytes()
    for _start in range(3):
        with pytest.raises(SchemaHistoryLost) as caught:
            open_database(db_path)
        assert f"В базе данных {db_path} нет записей" in caught.value.message
        assert "Файл не изменён" in caught.value.message
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_read_only_media_open_read_only(tmp_path: Path, journal_mode: str) -> None:
    made = tmp_path / "made.sqlite3"
    db = open_database(made)
    db.execute(
        "INSERT INTO own_instrument (title, short_title, kind, created_at)"
        " VALUES ('Лифт', 'Лифт', 'annual', 'x')"
    )
    db.execute(f"PRAGMA journal_mode={journal_mode}")
    db.conn.close()
    with read_only_folder(tmp_path / "cd", {"region.sqlite3": made.read_bytes()}) as folder:
        ro = open_database(folder / "region.sqlite3")
        try:
            assert is_read_only(ro)
            assert ro.execute("SELECT title FROM own_instrument").fetchall() == [("Лифт",)]
            with ro.atomic():  # a read snapshot needs no write lock
                ro.execute("SELECT count(*) FROM region").fetchone()
            with pytest.raises(sqlite3.Error) as caught:
                ro.execute("DELETE FROM own_instrument")
            assert isinstance(storage_error_for(caught.value), DatabaseReadOnly)
        finally:
            ro.conn.close()
        assert sorted(p.name for p in folder.iterdir()) == ["region.sqlite3"]


def test_read_only_media_with_a_pending_wal_is_refused_in_russian(tmp_path: Path) -> None:
    copy = _ours_with_pending_wal(tmp_path)
    fill = {
        "region.sqlite3": copy.read_bytes(),
        "region.sqlite3-wal": Path(f"{copy}-wal").read_bytes(),
    }
    with read_only_folder(tmp_path / "cd", fill) as folder:
        with pytest.raises(DatabaseReadOnly) as caught:
            open_database(folder / "region.sqlite3")
        assert "только для чтения" in caught.value.message
        assert "region.sqlite3-wal" in caught.value.message


def test_a_write_waits_for_another_writer_instead_of_failing(db_path: Path) -> None:
    """A transaction that reads and then writes, while another connection holds the write
    lock and commits: deferred, its snapshot goes stale and it fails at once (BUSY_SNAPSHOT);
    begun IMMEDIATE, it waits for the lock and succeeds."""
    db = open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute(
        "INSERT INTO own_instrument (title, short_title, kind, created_at)"
        " VALUES ('Чужая', 'Чужая', 'annual', 'x')"
    )
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with db.atomic():
            [count] = db.execute("SELECT count(*) FROM own_instrument").fetchone()
            db.execute(
                "INSERT INTO own_instrument (title, short_title, kind, created_at)"
                " VALUES ('Своя', 'Своя', 'annual', 'x')"
            )
    finally:
        release.join()
        holder.close()
    assert count == 1  # the other writer's row was committed before this transaction began
    titles = {r[0] for r in db.execute("SELECT title FROM own_instrument").fetchall()}
    db.conn.close()
    assert titles == {"Чужая", "Своя"}


_SENT = (
    "INSERT INTO report_archive (id, kind, year, quarter, period_label, generated_at, file_name,"
    " sha256, size, pages, sent_on, outgoing_number) VALUES (1, 'quarterly', 2026, 3, 'III',"
    " 'x', 'sent.pdf', 'a', 1, 1, '2026-10-07', '01-12/345'), (2, 'quarterly', 2026, 4, 'IV',"
    " 'x', 'draft.pdf', 'b', 1, 1, NULL, '')"
)


def _plain(path: Path) -> sqlite3.Connection:
    """Another program's connection: no recursive_triggers, autocommit."""
    return sqlite3.connect(path, isolation_level=None)


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT OR REPLACE INTO report_archive (id, kind, year, period_label, generated_at,"
        " file_name, sha256, size) VALUES (1, 'annual', 2026, 'x', 'x', 'other.pdf', 'c', 1)",
        "REPLACE INTO report_archive (kind, year, period_label, generated_at, file_name, sha256,"
        " size) VALUES ('annual', 2026, 'x', 'x', 'sent.pdf', 'c', 1)",
        "UPDATE OR REPLACE report_archive SET file_name = 'sent.pdf' WHERE id = 2",
        "UPDATE OR REPLACE report_archive SET id = 1 WHERE id = 2",
        "UPDATE report_archive SET sent_on = NULL WHERE id = 1",
        "DELETE FROM report_archive WHERE id = 1",
    ],
)
def test_plain_sql_cannot_replace_a_sent_report(db_path: Path, statement: str) -> None:
    _created(db_path)
    conn = _plain(db_path)
    conn.execute(_SENT)
    with pytest.raises(sqlite3.IntegrityError, match="report already sent"):
        conn.execute(statement)
    rows = conn.execute("SELECT id, file_name, sent_on FROM report_archive ORDER BY id").fetchall()
    conn.close()
    assert rows == [(1, "sent.pdf", "2026-10-07"), (2, "draft.pdf", None)]


def test_a_draft_is_still_replaced_and_renamed(db_path: Path) -> None:
    _created(db_path)
    conn = _plain(db_path)
    conn.execute(_SENT)
    conn.execute("UPDATE OR REPLACE report_archive SET file_name = 'новый.pdf' WHERE id = 2")
    conn.execute(
        "INSERT OR REPLACE INTO report_archive (id, kind, year, period_label, generated_at,"
        " file_name, sha256, size) VALUES (2, 'annual', 2026, 'x', 'x', 'год.pdf', 'c', 1)"
    )
    rows = conn.execute("SELECT id, file_name FROM report_archive ORDER BY id").fetchall()
    conn.close()
    assert rows == [(1, "sent.pdf"), (2, "год.pdf")]


def test_dropped_or_changed_archive_triggers_are_restored_at_open(db_path: Path) -> None:
    _created(db_path)
    conn = _plain(db_path)
    conn.execute("DROP TRIGGER report_archive_sent_is_kept")
    conn.execute("DROP TRIGGER report_archive_sent_not_replaced_by_insert")
    conn.execute("DROP TRIGGER report_archive_sent_is_final")
    conn.execute(
        "CREATE TRIGGER report_archive_sent_is_final BEFORE UPDATE ON report_archive"
        " WHEN 0 BEGIN SELECT 1; END"
    )
    conn.close()
    open_database(db_path).conn.close()
    conn = _plain(db_path)
    stored = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    conn.execute(_SENT)
    with pytest.raises(sqlite3.IntegrityError, match="report already sent"):
        conn.execute("DELETE FROM report_archive WHERE id = 1")
    conn.close()
    for name, sql in TRIGGERS:
        assert stored[name].split() == sql.split()


def _filled_file(path: Path) -> None:
    db = open_database(path)
    for n in range(300):
        db.execute(
            "INSERT INTO own_instrument (title, short_title, kind, created_at)"
            " VALUES (?, ?, 'annual', 'x')",
            [f"Инструмент {n}", "x" * 500],
        )
    db.conn.close()


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "header":
        data[0:16] = b"\xa5" * 16
    elif how == "header fields":
        data[16:100] = b"\xff" * 84  # page size, counts, application_id: all nonsense
    elif how == "middle":
        middle = len(data) // 2 // 4096 * 4096
        data[middle : middle + 4096] = b"\x5a" * 4096
    elif how == "truncated":
        data = data[: len(data) // 3]
    elif how == "zero bytes":
        data = bytearray(len(data))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["header", "header fields", "middle", "truncated", "zero bytes"])
def test_a_damaged_file_is_refused_untouched(tmp_path: Path, how: str) -> None:
    path = tmp_path / "region.sqlite3"
    _filled_file(path)
    _damage(path, how)
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert isinstance(caught.value, DatabaseCorrupt | NotResDesktopDatabase), caught.value
    assert str(path) in caught.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no -wal, no backup
