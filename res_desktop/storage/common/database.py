"""Open the res_desktop SQLite file: identity check, pragmas, backup, migrations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from res_desktop.clock import timestamp
from res_desktop.storage.common.errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    NotResDesktopDatabase,
    StorageError,
    StorageUnavailable,
    translate_sqlite_errors,
)
from res_desktop.storage.common.migrations import APPLICATION_ID, MIGRATIONS
from res_desktop.storage.exporters.schema import refresh_derived

BUSY_TIMEOUT_MS = 5000
# Checked at open up to this size (about a second); a larger file is checked in the background.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    with translate_sqlite_errors(path):
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    if app_id != APPLICATION_ID:
        raise NotResDesktopDatabase(
            f"Файл {path} не является базой данных res_desktop (это пустой файл или база "
            "другой программы). Файл не изменён."
        )


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


def _prepare(conn: sqlite3.Connection) -> sqlite_utils.Database:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    return sqlite_utils.Database(conn)


def open_database(path: Path, *, read_only: bool = False) -> sqlite_utils.Database:
    """Open or create the database at ``path``; a foreign or too-new file is left untouched."""
    path = Path(path)
    is_new = not path.exists()
    if is_new and read_only:
        raise StorageUnavailable(f"Файл базы данных {path} не найден.")
    if is_new:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageUnavailable(f"Не удалось создать папку {path.parent}: {error}") from error
    conn = _connect(path, "ro" if read_only else ("rwc" if is_new else "rw"))
    try:
        with translate_sqlite_errors(path):  # an SQLite error of no known cause is a bug
            if not is_new:
                _check_identity(conn, path)
                _quick_check(conn, path)
            db = _prepare(conn)
            _check_not_too_new(db, path)
            if not read_only:
                # Only now: switching to WAL rewrites the header of a file we might refuse.
                conn.execute("PRAGMA journal_mode=WAL")
                _migrate(db, path, is_new)
                refresh_derived(db)  # search rows made by an older release are rewritten
    except (StorageError, sqlite3.Error):
        conn.close()
        raise
    except OSError as error:
        conn.close()
        raise StorageUnavailable(
            f"Не удалось создать резервную копию базы {path}: {error}"
        ) from error
    return db


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
