"""Open the res_desktop SQLite file: identity check, pragmas, backup, migrations."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from res_desktop.clock import timestamp
from res_desktop.storage.common.backup import DataFolders
from res_desktop.storage.common.backup import finish_interrupted_restore
from res_desktop.storage.common.errors import CannotOpen
from res_desktop.storage.common.errors import DatabaseCorrupt
from res_desktop.storage.common.errors import DatabaseReadOnly
from res_desktop.storage.common.errors import DatabaseTooNew
from res_desktop.storage.common.errors import DiskFull
from res_desktop.storage.common.errors import NotResDesktopDatabase
from res_desktop.storage.common.errors import SchemaHistoryLost
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.common.errors import translate_sqlite_errors
from res_desktop.storage.common.migrations import APPLICATION_ID
from res_desktop.storage.common.migrations import MIGRATIONS
from res_desktop.storage.common.migrations.m0015_archive_replace_guard import (
    TRIGGERS as ARCHIVE_TRIGGERS,
)
from res_desktop.storage.common.temporaries import os_error_reason
from res_desktop.storage.exporters.schema import refresh_derived

BUSY_TIMEOUT_MS = 5000
# Checked at open up to this size (about a second); a larger file is checked in the background.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _connect(path: Path, mode: str, *, immutable: bool = False) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}" + ("&immutable=1" if immutable else "")
    with translate_sqlite_errors(path):
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )


def _writable(path: Path) -> bool:
    """The file and its folder (for the -wal and -shm files) accept writes: not read-only
    media, not a write-protected file."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _pending_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _inspector(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing, to decide whether the file may be opened at all.

    With no -wal beside it the main file is the whole database, read as ``immutable`` (no
    -shm or -wal is created next to a file that may turn out foreign). With one, ``mode=ro``
    reads it, and closing a read-only connection merges nothing: a foreign file's pending
    WAL stays pending.
    """
    if Path(f"{path}-wal").exists():
        return _reader(path)
    return _connect(path, "ro", immutable=True)


def _reader(path: Path) -> sqlite3.Connection:
    """A read-only connection; on read-only media one that needs no -shm.

    There a WAL file cannot be read in ``mode=ro`` (its -shm cannot be made); with no pending
    WAL the main file alone is the whole database, read as ``immutable``.
    """
    conn = _connect(path, "ro")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as error:
        conn.close()
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY) or _writable(path):
            with translate_sqlite_errors(path):
                raise
        if _pending_wal(path):
            raise DatabaseReadOnly(
                f"Файл базы данных {path} находится на носителе только для чтения, а его "
                f"последние изменения — в файле {path.name}-wal, который нельзя прочитать без "
                "записи. Скопируйте оба файла в папку с правом записи и откройте копию. "
                "Файлы не изменены."
            ) from error
    return _connect(path, "ro", immutable=True)


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    if app_id != APPLICATION_ID:
        raise NotResDesktopDatabase(
            f"Файл {path} не является базой данных res_desktop (это пустой файл или база "
            "другой программы). Файл не изменён."
        )


def _check_schema_history(db: sqlite_utils.Database, path: Path) -> None:
    """Ours (its application_id says so) yet no record of the first step: the migrations
    table was dropped or emptied. Migrating would rerun 0001 over the tables; refused here,
    before any backup, so each start refuses again without leaving a new copy."""
    applied = {m.name for m in MIGRATIONS.applied(db)}
    if MIGRATIONS.names()[0] not in applied:
        raise SchemaHistoryLost(SchemaHistoryLost.MESSAGE.format(where=f" {path}"))


def _inspect(conn: sqlite3.Connection, path: Path) -> None:
    """Everything that may refuse an existing file, read on a connection that cannot write."""
    with translate_sqlite_errors(path):
        _check_identity(conn, path)
        _quick_check(conn, path)
        db = sqlite_utils.Database(conn)
        _check_not_too_new(db, path)
        _check_schema_history(db, path)


def checked_at_open(path: Path) -> bool:
    """Small enough for the quick_check at open; a larger one wants ``quick_check_ok`` later."""
    wal = Path(f"{path}-wal")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return size <= QUICK_CHECK_MAX_BYTES


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """A damaged file is refused before anything is written into it (WAL switch, migration)."""
    if checked_at_open(path) and not _quick_check_passes(conn):
        raise DatabaseCorrupt(DatabaseCorrupt.MESSAGE.format(where=f" {path}"))


def _quick_check_passes(conn: sqlite3.Connection) -> bool:
    try:
        return bool(conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok")
    except sqlite3.DatabaseError:
        return False


def quick_check_ok(path: Path) -> bool:
    """quick_check on a read-only connection of its own: safe from a background thread."""
    conn = _connect(path, "ro")
    try:
        return _quick_check_passes(conn)
    finally:
        conn.close()


def _check_not_too_new(db: sqlite_utils.Database, path: Path) -> None:
    known = set(MIGRATIONS.names())
    unknown = [m.name for m in MIGRATIONS.applied(db) if m.name not in known]
    if unknown:
        raise DatabaseTooNew(
            f"База данных {path} создана более новой версией res_desktop "
            f"(изменения схемы: {', '.join(unknown)}). Обновите программу. Файл не изменён."
        )


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy a live database with SQLite's backup API; the caller must not be mid-write.

    Written under a temporary name and renamed when complete: a crash or a full disk never
    leaves a truncated copy that looks like a backup.
    """
    if conn.in_transaction:
        conn.commit()  # backup() waits for ever on its own open write transaction
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _backup_before_migration(conn: sqlite3.Connection, path: Path, first: str) -> Path:
    stamp = timestamp().strftime("%Y%m%d-%H%M%S")
    return backup_to(conn, path.with_name(f"{path.stem}.до-{first}.{stamp}{path.suffix}.bak"))


class _Database(sqlite_utils.Database):
    """Write transactions take the write lock as they begin (``BEGIN IMMEDIATE``).

    A deferred transaction that reads first and then writes cannot wait for another
    process's write lock: SQLite fails its upgrade with SQLITE_BUSY at once, busy timeout or
    not. Taken at BEGIN, the lock is waited for up to ``BUSY_TIMEOUT_MS``. The one place where
    a transaction starts: ``atomic()`` here (sqlite-utils' own writes call it too) and the
    driver's implicit BEGIN (``isolation_level``), both set in ``_prepare``.
    """

    begin_statement = "BEGIN IMMEDIATE"

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
            with super().atomic():
                yield self
            return
        self.conn.execute(self.begin_statement)
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def _prepare(conn: sqlite3.Connection, *, writable: bool = True) -> sqlite_utils.Database:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    db = _Database(conn)
    if writable:
        conn.isolation_level = "IMMEDIATE"
    else:
        conn.execute("PRAGMA query_only=1")  # a write is refused as SQLITE_READONLY
        db.begin_statement = "BEGIN"  # a read snapshot: an IMMEDIATE one needs the write lock
    return db


def is_read_only(db: sqlite_utils.Database) -> bool:
    """Opened read-only (asked for, or the file or its medium refuses writes)."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def open_database(path: Path, *, read_only: bool = False) -> sqlite_utils.Database:
    """Open or create the database at ``path``; a foreign or too-new file is left untouched.

    An existing file is inspected on a connection that cannot write first. A file that
    cannot be written (read-only media, a write-protected file) opens read-only.
    """
    path = Path(path)
    if not read_only:  # a restore killed among its renames is completed first
        finish_interrupted_restore(DataFolders.beside(path))
    is_new = not path.exists()
    if is_new and read_only:
        raise StorageUnavailable(f"Файл базы данных {path} не найден.")
    if is_new:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageUnavailable(f"Не удалось создать папку {path.parent}: {error}") from error
    elif not path.is_file():  # a folder in its place
        raise CannotOpen(CannotOpen.MESSAGE.format(where=f" {path}"))
    else:
        inspector = _inspector(path)
        try:
            _inspect(inspector, path)
        finally:
            inspector.close()
        if read_only or not _writable(path):
            reader = _reader(path)
            try:
                with translate_sqlite_errors(path):
                    return _prepare(reader, writable=False)
            except BaseException:
                reader.close()
                raise
    conn = _connect(path, "rwc" if is_new else "rw")
    try:
        with translate_sqlite_errors(path):  # an SQLite error of no known cause is a bug
            db = _prepare(conn)
            # Only now: switching to WAL rewrites the header of a file we might refuse.
            conn.execute("PRAGMA journal_mode=WAL")
            _migrate(db, path, is_new)
            _restore_archive_guards(db)
            refresh_derived(db)  # search rows made by an older release are rewritten
    except (StorageError, sqlite3.Error):
        conn.close()
        raise
    except OSError as error:
        conn.close()
        kind = DiskFull if error.errno == errno.ENOSPC else StorageUnavailable
        raise kind(
            f"Не удалось создать резервную копию базы {path} перед обновлением её структуры: "
            f"{os_error_reason(error)}. База не изменена; освободите место или проверьте "
            "доступ к папке и повторите."
        ) from error
    return db


def _restore_archive_guards(db: sqlite_utils.Database) -> None:
    """The sent-report triggers, checked at each open: one dropped or changed by another
    program is put back before anything else is written."""
    present = dict(
        db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            ["report_archive"],
        ).fetchall()
    )
    wrong = [(n, sql) for n, sql in ARCHIVE_TRIGGERS if _words(present.get(n)) != _words(sql)]
    if wrong:
        with db.atomic():
            for name, sql in wrong:
                db.execute(f"DROP TRIGGER IF EXISTS {name}")
                db.execute(sql)


def _words(sql: str | None) -> list[str]:
    return (sql or "").split()


def _migrate(db: sqlite_utils.Database, path: Path, is_new: bool) -> None:
    pending = MIGRATIONS.pending(db)
    if not pending:
        return
    if not is_new:
        _backup_before_migration(db.conn, path, pending[0].name)
    MIGRATIONS.apply(db)


def checkpoint(conn: sqlite3.Connection) -> None:
    """``wal_checkpoint(TRUNCATE)``: the main file alone is then the whole database.

    A read-only, closed or busy file cannot be checkpointed; that is no error of the user's
    (the last connection to close checkpoints it).
    """
    try:
        if not conn.in_transaction:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass


def checkpoint_and_close(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.rollback()
        checkpoint(conn)
    except sqlite3.ProgrammingError:
        pass  # already closed
    finally:
        conn.close()


def schema_version(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]
