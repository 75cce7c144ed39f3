"""SQLite errors from the user's environment become Russian messages, sorted by result code.

Each condition is real: a second connection's lock, a ``mode=ro`` file (tests run as root, so
chmod would not do), garbage pages, a file of another format, a page limit, a directory where
the journal goes. Errors of no known cause stay what they are: bugs.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from res_desktop.storage.common.errors import CannotOpen
from res_desktop.storage.common.errors import DatabaseBusy
from res_desktop.storage.common.errors import DatabaseCorrupt
from res_desktop.storage.common.errors import DatabaseReadOnly
from res_desktop.storage.common.errors import DiskFull
from res_desktop.storage.common.errors import NotADatabase
from res_desktop.storage.common.errors import NotResDesktopDatabase
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import StorageIOError
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.common.errors import storage_error_for
from res_desktop.storage.common.errors import translate_sqlite_errors
from res_desktop.storage.common.errors import translates_sqlite_errors

PAGE = 4096


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A plain SQLite file of many pages, closed (no journal left)."""
    path = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("строка " * 80,)] * 300)
    conn.commit()
    conn.close()
    return path


def _raised(action: Callable[[], object]) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as raised:
        action()
    return raised.value


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that may only read ``path`` (``mode=ro``), closed afterwards."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _translated(action: Callable[[], object]) -> StorageError:
    with pytest.raises(StorageError) as raised, translate_sqlite_errors():
        action()
    assert isinstance(raised.value.__cause__, sqlite3.Error)  # the original, for the log
    return raised.value


def test_a_lock_held_by_another_connection_is_busy(filled: Path) -> None:
    holder = sqlite3.connect(filled, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    waiting = sqlite3.connect(filled, timeout=0.05)
    try:
        error = _translated(lambda: waiting.execute("INSERT INTO t VALUES ('x')"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        waiting.close()
    assert isinstance(error, DatabaseBusy) and isinstance(error, StorageUnavailable)
    assert error.sqlite_errorname == "SQLITE_BUSY"
    assert "занята другой программой" in error.message


def test_a_table_locked_by_the_same_connection_is_busy(filled: Path) -> None:
    conn = sqlite3.connect(filled)
    reading = conn.execute("SELECT x FROM t")
    reading.fetchone()
    try:
        error = _translated(lambda: conn.execute("DROP TABLE t"))
    finally:
        conn.close()
    assert isinstance(error, DatabaseBusy)
    assert error.sqlite_errorname == "SQLITE_LOCKED"


def test_a_write_to_a_read_only_file(filled: Path) -> None:
    with _read_only(filled) as conn:
        error = _translated(lambda: conn.execute("INSERT INTO t VALUES ('x')"))
    assert isinstance(error, DatabaseReadOnly)
    assert "только для чтения: изменения не сохранены" in error.message


def _garble_middle_pages(path: Path) -> None:
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as file:
        file.seek(PAGE * (pages // 3))
        file.write(b"\xa5\x5a" * (PAGE * 3))


def test_garbage_in_the_middle_pages_is_corrupt(filled: Path) -> None:
    _garble_middle_pages(filled)
    conn = sqlite3.connect(filled)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (1,)  # page 1 ok
        read = _translated(lambda: conn.execute("SELECT sum(length(x)) FROM t").fetchone())
        checked = _translated(lambda: conn.execute("PRAGMA integrity_check").fetchall())
    finally:
        conn.close()
    for error in (read, checked):
        assert isinstance(error, DatabaseCorrupt)
        assert not isinstance(error, StorageUnavailable)  # not retried: restored from a backup
        assert "повреждён. Восстановите его из резервной копии" in error.message


def test_a_file_of_another_format_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "отчёт.docx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(3 * PAGE))
    conn = sqlite3.connect(path)
    try:
        error = _translated(lambda: conn.execute("PRAGMA application_id").fetchone())
    finally:
        conn.close()
    assert isinstance(error, NotADatabase) and isinstance(error, NotResDesktopDatabase)
    assert "не является базой данных res_desktop" in error.message


def test_the_page_limit_reached_is_a_full_disk(filled: Path) -> None:
    conn = sqlite3.connect(filled)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    rows = [("новая строка " * 100,)] * 100
    try:
        error = _translated(lambda: conn.executemany("INSERT INTO t VALUES (?)", rows))
    finally:
        conn.rollback()
        conn.close()
    assert isinstance(error, DiskFull)
    assert "На диске нет места: изменения не сохранены" in error.message


def test_a_journal_that_cannot_be_read_is_an_io_error(filled: Path) -> None:
    Path(f"{filled}-journal").mkdir()  # where the rollback journal must go
    conn = sqlite3.connect(filled)
    try:
        error = _translated(lambda: conn.execute("INSERT INTO t VALUES ('x')"))
    finally:
        conn.close()
    assert isinstance(error, StorageIOError)
    assert error.sqlite_errorname.startswith("SQLITE_IOERR")  # an extended code, same class
    assert "Ошибка чтения или записи файла базы данных" in error.message


def test_a_missing_folder_cannot_be_opened(tmp_path: Path) -> None:
    missing = tmp_path / "нет такой папки" / "x.sqlite3"
    error = _raised(lambda: sqlite3.connect(f"file:{missing}?mode=rwc", uri=True))
    mapped = storage_error_for(error, missing)
    assert isinstance(mapped, CannotOpen)
    assert mapped.message.startswith(f"Не удалось открыть файл базы данных {missing}:")


def test_the_path_is_named_when_known(filled: Path) -> None:
    with _read_only(filled) as conn:
        error = _raised(lambda: conn.execute("DELETE FROM t"))
    mapped = storage_error_for(error, filled)
    assert mapped is not None
    assert f"Файл базы данных {filled} доступен только для чтения" in mapped.message


@pytest.mark.parametrize(
    "action",
    [
        lambda c: c.execute("SELECT * FROM no_such_table"),
        lambda c: c.execute("SELECT RAISE(ABORT, 'x')"),
        lambda c: c.execute("CREATE TABLE IF NOT EXISTS u (x NOT NULL)").execute(
            "INSERT INTO u VALUES (NULL)"
        ),
        lambda c: c.execute("RELEASE no_such_savepoint"),
    ],
    ids=["no such table", "raise outside a trigger", "not null", "no such savepoint"],
)
def test_any_other_sqlite_error_is_a_bug_and_stays_one(
    filled: Path, action: Callable[[sqlite3.Connection], object]
) -> None:
    conn = sqlite3.connect(filled)
    try:
        error = _raised(lambda: action(conn))
        assert storage_error_for(error) is None
        with pytest.raises(type(error)) as again, translate_sqlite_errors():
            action(conn)
        assert not isinstance(again.value, StorageError)
    finally:
        conn.close()


def test_an_error_with_no_sqlite_code_is_a_bug() -> None:
    assert storage_error_for(sqlite3.OperationalError("database is locked")) is None
    assert (
        storage_error_for(sqlite3.ProgrammingError("Cannot operate on a closed database")) is None
    )
    assert storage_error_for(OSError("disk full")) is None


MESSAGES: dict[type[StorageError], tuple[str, str]] = {
    DatabaseBusy: ("занята", "Повторите"),
    DatabaseReadOnly: ("только для чтения", "Проверьте права"),
    DiskFull: ("нет места", "Освободите место"),
    StorageIOError: ("Ошибка чтения или записи", "Проверьте носитель"),
    CannotOpen: ("Не удалось открыть", "Проверьте путь"),
    DatabaseCorrupt: ("повреждён", "Восстановите"),
    NotADatabase: ("не является базой данных", "Выберите другой файл"),
}


@pytest.mark.parametrize("kind", list(MESSAGES))
def test_each_class_says_what_happened_and_what_to_do_in_russian(kind: type[StorageError]) -> None:
    happened, to_do = MESSAGES[kind]
    message = kind().message
    assert happened in message and to_do in message
    assert "{" not in message
    assert set(re.findall(r"[A-Za-z_]+", message)) <= {"res_desktop"}  # no English
    named = kind.MESSAGE.format(where=" /данные/регион.db")
    assert " /данные/регион.db" in named and happened in named


def test_the_decorator_covers_calls_and_iteration(filled: Path) -> None:
    conn = sqlite3.connect(f"file:{filled}?mode=ro", uri=True)

    @translates_sqlite_errors
    def write() -> None:
        conn.execute("DELETE FROM t")

    @translates_sqlite_errors
    def rows() -> Iterator[str]:
        yield "первая"
        conn.execute("DELETE FROM t")

    try:
        with pytest.raises(DatabaseReadOnly):
            write()
        lazy = rows()
        assert next(lazy) == "первая"
        with pytest.raises(DatabaseReadOnly):
            next(lazy)
    finally:
        conn.close()


def test_locked_database_really_says_locked(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    first = sqlite3.connect(path)
    first.execute("CREATE TABLE t (x)")
    first.execute("BEGIN IMMEDIATE")
    second = sqlite3.connect(path, timeout=0.05)
    with pytest.raises(sqlite3.OperationalError) as raised:
        second.execute("BEGIN IMMEDIATE")
    explained = storage_error_for(raised.value)
    assert explained is not None
    assert "занята" in explained.message
    first.rollback()
    first.close()
    second.close()
