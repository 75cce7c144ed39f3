"""Backups, restore and the database check, for the window and the command line alike.

Automatic backups are thinned as Anki thins them: one a day for the last 7 days, one a week
for the last 4 weeks, one a month for the last 12 months; the newest verified one is never
removed, whatever its age.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from res_desktop import __version__
from res_desktop.clock import timestamp
from res_desktop.services.common.user_data import data_dir
from res_desktop.storage.common import backup as store
from res_desktop.storage.common.backup import Cancelled
from res_desktop.storage.common.backup import DataFolders
from res_desktop.storage.common.backup import Manifest
from res_desktop.storage.common.backup import Progress
from res_desktop.storage.common.backup import Restored
from res_desktop.storage.common.backup import never
from res_desktop.storage.common.backup import silent
from res_desktop.storage.common.check import CheckReport
from res_desktop.storage.common.check import Repair
from res_desktop.storage.common.check import check_database
from res_desktop.storage.common.check import rebuild_search_index as _rebuild
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.common.temporaries import remove_temporaries
from res_desktop.storage.common.temporaries import saved_atomically
from res_desktop.storage.common.temporaries import stale_temporaries
from res_desktop.storage.exporters.schema import refresh_fts

log = logging.getLogger(__name__)
DAILY_DAYS = 7
WEEKLY_WEEKS = 4
MONTHLY_MONTHS = 12
FOLDERS_FILE = "папки резервных копий.txt"
REMEMBERED_FOLDERS = 10
_AUTO = re.compile(r"(?P<stem>.+)\.копия-(?P<stamp>\d{8}-\d{6})\.zip")


def default_backup_folder(db_path: Path) -> Path:
    """Next to the database, so the data folder holds its own history."""
    return Path(db_path).with_name(f"{Path(db_path).stem}-копии")


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y%m%d-%H%M%S")


def backup(
    db_path: Path,
    out: Path,
    *,
    progress: Progress = silent,
    cancelled: Cancelled = never,
) -> Manifest:
    """One archive of everything: database copy, attachments, archived reports."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise StorageUnavailable(f"Файл базы данных {db_path} не найден.")
    remember_backup_folder(Path(out).parent)  # first: a crash's .part there is found by check
    return store.write_backup(
        DataFolders.beside(Path(db_path)),
        Path(out),
        app_version=__version__,
        created_at=timestamp(),
        progress=progress,
        cancelled=cancelled,
    )


def _folders_file() -> Path:
    return data_dir() / FOLDERS_FILE


def user_backup_folders() -> list[Path]:
    """The folders the user wrote backups to (window and CLI alike), newest first."""
    try:
        lines = _folders_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [Path(line) for line in lines if line.strip()]


def remember_backup_folder(folder: Path) -> None:
    """Best effort: the list only lets the check find a crashed backup's leftovers there."""
    folder = Path(folder).resolve()
    known = [folder, *(f for f in user_backup_folders() if f != folder)][:REMEMBERED_FOLDERS]
    try:
        with saved_atomically(_folders_file()) as partial:
            partial.write_text("".join(f"{f}\n" for f in known), encoding="utf-8")
    except StorageError:
        log.warning("Не удалось запомнить папку резервных копий %s", folder)


def restore(
    archive: Path,
    db_path: Path,
    *,
    progress: Progress = silent,
    cancelled: Cancelled = never,
) -> Restored:
    """Check ``archive``, set the current database and folders aside, restore everything.

    The database must be closed (the window closes its workspace first).
    """
    return store.restore_backup(
        Path(archive),
        DataFolders.beside(Path(db_path)),
        stamp=_stamp(timestamp()),
        progress=progress,
        cancelled=cancelled,
    )


def keep_damaged_aside(db_path: Path) -> list[Path]:
    """A damaged file is never written into: renamed aside with its -wal, for an expert."""
    return store.set_aside(Path(db_path), "повреждена", _stamp(timestamp()))


def check(
    db: sqlite_utils.Database,
    db_path: Path,
    *,
    backup_folder: Path | None = None,
    progress: Progress = silent,
) -> CheckReport:
    """The check; a crash's temporaries are looked for in ``backup_folder`` and in every
    folder the user wrote a backup to."""
    folders = [*([Path(backup_folder)] if backup_folder else []), *user_backup_folders()]
    return check_database(
        db.conn, DataFolders.beside(db_path), backup_folders=folders, progress=progress
    )


def repair(
    db: sqlite_utils.Database,
    db_path: Path,
    report: CheckReport,
    *,
    backup_folder: Path | None = None,
) -> CheckReport:
    """Apply the safe repairs the report offers, then check again."""
    if Repair.REBUILD_SEARCH in report.repairs:
        with db.atomic():
            _rebuild(db.conn, lambda ids: refresh_fts(db, ids))
    if Repair.REMOVE_TEMPORARIES in report.repairs:
        remove_temporaries(report.temporaries)
    return check(db, db_path, backup_folder=backup_folder)


def remove_stale_temporaries(db_path: Path, *extra: Path) -> int:
    """At start: a crash's half-written attachments, reports and backups are removed."""
    return remove_temporaries(stale_temporaries(DataFolders.beside(Path(db_path)), *extra))


# Automatic backups ----------------------------------------------------------------------


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    taken_at: dt.datetime


def auto_backup_path(folder: Path, db_path: Path, when: dt.datetime) -> Path:
    return Path(folder) / f"{Path(db_path).stem}.копия-{_stamp(when)}.zip"


def auto_backups(folder: Path, db_path: Path) -> list[AutoBackup]:
    """This database's automatic backups in ``folder``, newest first."""
    found = []
    stem = Path(db_path).stem
    if Path(folder).is_dir():
        for path in Path(folder).iterdir():
            match = _AUTO.fullmatch(path.name)
            if match and match["stem"] == stem and path.is_file():
                when = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                found.append(AutoBackup(path, when))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def to_thin(taken: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backups to remove: keep the newest per day (7 days), week (4), month (12)."""
    kept: set[object] = set()
    remove: set[dt.datetime] = set()
    for when in sorted(taken, reverse=True):
        age = now - when
        if age < dt.timedelta(days=DAILY_DAYS):
            bucket: object = ("day", when.date())
        elif age < dt.timedelta(weeks=WEEKLY_WEEKS):
            bucket = ("week", when.isocalendar()[:2])
        elif age < dt.timedelta(days=31 * MONTHLY_MONTHS):
            bucket = ("month", when.year, when.month)
        else:
            remove.add(when)
            continue
        if bucket in kept:
            remove.add(when)
        else:
            kept.add(bucket)
    return remove


def newest_verified(folder: Path, db_path: Path) -> AutoBackup | None:
    for candidate in auto_backups(folder, db_path):
        if store.is_valid_backup(candidate.path):
            return candidate
    return None


def thin(
    folder: Path, db_path: Path, now: dt.datetime, *, verified: Path | None = None
) -> list[Path]:
    """Remove the backups the rotation no longer keeps; never the newest verified one."""
    backups = auto_backups(folder, db_path)
    protected = verified
    if protected is None:
        newest = newest_verified(folder, db_path)
        protected = newest.path if newest else None
    doomed = to_thin((b.taken_at for b in backups), now)
    removed = []
    for item in backups:
        if item.taken_at in doomed and item.path != protected:
            item.path.unlink(missing_ok=True)
            removed.append(item.path)
    return removed


def auto_backup(
    db_path: Path,
    folder: Path,
    *,
    now: dt.datetime | None = None,
    progress: Progress = silent,
) -> Path | None:
    """At most one automatic backup a day (the first close of the day writes it), then thin."""
    now = now or timestamp()
    existing = auto_backups(folder, db_path)
    if existing and existing[0].taken_at.date() >= now.date():
        return None
    out = auto_backup_path(folder, db_path, now)
    remove_temporaries(stale_temporaries(DataFolders.beside(Path(db_path)), Path(folder)))
    backup(db_path, out, progress=progress)
    thin(folder, db_path, now, verified=out)
    return out
