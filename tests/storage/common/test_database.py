"""Opening the SQLite file: creation, identity, refusal of foreign and newer files, backups."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from res_desktop.storage.common import database
from res_desktop.storage.common.database import open_database
from res_desktop.storage.common.database import schema_version
from res_desktop.storage.common.errors import DatabaseBusy
from res_desktop.storage.common.errors import DatabaseCorrupt
from res_desktop.storage.common.errors import DatabaseTooNew
from res_desktop.storage.common.errors import NotResDesktopDatabase
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.common.migrations import APPLICATION_ID
from res_desktop.storage.common.migrations import MIGRATIONS

TABLES = {"region", "own_instrument", "own_item", "item_state", "evidence", "_sqlite_migrations"}
# Every migration this version knows, in order; the chain always starts with 0001_initial.
ALL_MIGRATIONS = list(MIGRATIONS.names())


def _create(path: Path) -> None:
    open_database(path).conn.close()


def _create_with_instrument(path: Path, title: str, short_title: str) -> None:
    """A database holding one own instrument, written and closed."""
    db = open_database(path)
    db.execute(
        "INSERT INTO own_instrument (title, short_title, kind, created_at)"
        " VALUES (?, ?, 'annual', 'x')",
        [title, short_title],
    )
    db.conn.commit()
    db.conn.close()


def _backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.bak"))


def _pragma(db: sqlite_utils.Database, name: str) -> object:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_file_gets_the_whole_schema(db_path: Path) -> None:
    assert not db_path.exists()
    db = open_database(db_path)
    try:
        assert db_path.is_file()
        assert schema_version(db) == ALL_MIGRATIONS
        assert schema_version(db)[0] == "0001_initial"
        assert set(db.table_names()) >= TABLES
        assert _pragma(db, "foreign_keys") == 1
        assert _pragma(db, "journal_mode") == "wal"
        assert _pragma(db, "application_id") == APPLICATION_ID
        assert MIGRATIONS.pending(db) == []
    finally:
        db.conn.close()
    assert _backups(db_path.parent) == []


def test_new_file_in_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "папка" / "вложенная" / "регион.sqlite3"
    _create(path)
    assert path.is_file()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO evidence (state_id, kind, added_at) VALUES (999, 'link', 'x')")
    finally:
        db.conn.close()


def test_reopen_keeps_data_and_does_not_back_up(db_path: Path) -> None:
    _create_with_instrument(db_path, "Региональный инструмент", "Свой")
    for _ in range(2):
        again = open_database(db_path)
        try:
            assert schema_version(again) == ALL_MIGRATIONS
            assert again.execute("SELECT title FROM own_instrument").fetchall() == [
                ("Региональный инструмент",)
            ]
            assert _pragma(again, "foreign_keys") == 1
            assert _pragma(again, "journal_mode") == "wal"
        finally:
            again.conn.close()
    assert _backups(db_path.parent) == []


def _assert_refused_untouched(path: Path, error: type[StorageError]) -> None:
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error) as caught:
        open_database(path)
    assert "Файл не изменён" in caught.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


def test_garbage_file_is_refused_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"\x00\x01 garbage \xff" * 500)
    _assert_refused_untouched(db_path, NotResDesktopDatabase)


def test_text_file_is_refused_untouched(db_path: Path) -> None:
    db_path.write_text("Региональный экспортный стандарт\n" * 100, encoding="utf-8")
    _assert_refused_untouched(db_path, NotResDesktopDatabase)


def test_empty_file_is_refused_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"")
    _assert_refused_untouched(db_path, NotResDesktopDatabase)
    assert db_path.stat().st_size == 0


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_database_is_refused_untouched(db_path: Path, journal_mode: str) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode={journal_mode}")
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('Иванов')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(db_path, NotResDesktopDatabase)


def _create_with_migration(db_path: Path, migration_set: str, name: str) -> None:
    """A current database whose migrations table also lists ``name`` of ``migration_set``."""
    _create(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES (?, ?, '2030-01-01 00:00:00')",
        [migration_set, name],
    )
    conn.commit()
    conn.close()


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    _create_with_migration(db_path, "res_desktop", "0099_from_the_future")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db_path)
    assert "0099_from_the_future" in caught.value.message
    assert "Обновите программу" in caught.value.message
    assert db_path.read_bytes() == before
    assert _backups(db_path.parent) == []


def test_other_migration_sets_in_the_file_are_ignored(db_path: Path) -> None:
    _create_with_migration(db_path, "some_plugin", "0042_other")
    db = open_database(db_path)
    try:
        assert schema_version(db) == ALL_MIGRATIONS
    finally:
        db.conn.close()


def _add_note_column(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE own_instrument ADD COLUMN note TEXT NOT NULL DEFAULT ''")


def test_pending_migration_is_applied_after_a_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _create_with_instrument(db_path, "Экспортный акселератор", "Акселератор")
    assert _backups(db_path.parent) == []

    # A later release: the chain plus one step; monkeypatch puts the real chain back.
    monkeypatch.setattr(
        database, "MIGRATIONS", MIGRATIONS.extended("9999_test_note", _add_note_column)
    )
    db = open_database(db_path)
    try:
        assert schema_version(db) == [*ALL_MIGRATIONS, "9999_test_note"]
        assert "note" in db["own_instrument"].columns_dict
        assert db.execute("SELECT title, note FROM own_instrument").fetchall() == [
            ("Экспортный акселератор", "")
        ]
    finally:
        db.conn.close()

    backups = _backups(db_path.parent)
    assert len(backups) == 1
    assert "до-9999_test_note" in backups[0].name
    old = sqlite3.connect(backups[0])
    try:
        names = [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")]
        assert names == ALL_MIGRATIONS
        columns = [r[1] for r in old.execute("PRAGMA table_info(own_instrument)")]
        assert "note" not in columns
        assert old.execute("SELECT title FROM own_instrument").fetchall() == [
            ("Экспортный акселератор",)
        ]
        assert old.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        old.close()

    db = open_database(db_path)  # nothing pending any more: no second backup
    db.conn.close()
    assert len(_backups(db_path.parent)) == 1


def test_read_only_open_reads_and_refuses_writes(db_path: Path) -> None:
    _create_with_instrument(db_path, "Экспортный акселератор", "Акселератор")
    ro = open_database(db_path, read_only=True)
    try:
        assert schema_version(ro) == ALL_MIGRATIONS
        assert ro.execute("SELECT count(*) FROM own_instrument").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ro.execute(
                "INSERT INTO own_instrument (title, short_title, kind, created_at)"
                " VALUES ('Другой', 'Другой', 'annual', 'x')"
            )
    finally:
        ro.conn.close()


def test_read_only_open_of_a_missing_file(db_path: Path) -> None:
    with pytest.raises(StorageUnavailable) as caught:
        open_database(db_path, read_only=True)
    assert "не найден" in caught.value.message
    assert not db_path.exists()


def test_read_only_open_refuses_a_foreign_file(db_path: Path) -> None:
    db_path.write_bytes(b"not a database at all" * 100)
    before = db_path.read_bytes()
    with pytest.raises(NotResDesktopDatabase):
        open_database(db_path, read_only=True)
    assert db_path.read_bytes() == before


def test_a_folder_in_place_of_the_file_is_unavailable(db_path: Path) -> None:
    db_path.mkdir()
    with pytest.raises(StorageUnavailable) as caught:
        open_database(db_path)
    assert "Не удалось открыть файл базы данных" in caught.value.message


def test_a_file_held_exclusively_by_another_program_is_busy(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _create(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM own_instrument")  # an exclusive WAL lock keeps readers out
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(DatabaseBusy) as caught:
            open_database(db_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert caught.value.message.startswith(f"База данных {db_path} занята другой программой")


def test_a_damaged_file_needing_a_migration_is_corrupt_and_kept(db_path: Path) -> None:
    shutil.copyfile(Path(__file__).parents[2] / "fixtures" / "schema_0008.sqlite3", db_path)
    conn = sqlite3.connect(db_path)
    [root] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'company'").fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db_path.open("r+b") as file:  # the company table's page: 0009 must read it
        file.seek((root - 1) * page)
        file.write(b"\xa5" * page)
    damaged = db_path.read_bytes()
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(db_path)
    assert f"Файл базы данных {db_path} повреждён" in caught.value.message
    # quick_check refuses it before the WAL switch or a migration could write into it
    assert db_path.read_bytes() == damaged
    assert _backups(db_path.parent) == []
    assert not Path(f"{db_path}-wal").exists()


def test_an_unknown_sqlite_error_while_opening_is_a_bug(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _create(db_path)

    def broken_step(db: sqlite_utils.Database) -> None:
        db.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(database, "MIGRATIONS", MIGRATIONS.extended("9999_broken", broken_step))
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        open_database(db_path)
    ro = open_database(db_path, read_only=True)
    try:
        assert schema_version(ro) == ALL_MIGRATIONS  # the failed step was rolled back
    finally:
        ro.conn.close()
