"""Restore: the archive checked and unpacked beside the database, the current files set
aside, the unpacked ones moved in."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from res_desktop.storage.common.backup.archive import ATTACHMENTS
from res_desktop.storage.common.backup.archive import DB_MEMBER
from res_desktop.storage.common.backup.archive import REPORTS
from res_desktop.storage.common.backup.archive import Cancelled
from res_desktop.storage.common.backup.archive import DataFolders
from res_desktop.storage.common.backup.archive import Manifest
from res_desktop.storage.common.backup.archive import OperationCancelled
from res_desktop.storage.common.backup.archive import Progress
from res_desktop.storage.common.backup.archive import failed
from res_desktop.storage.common.backup.archive import never
from res_desktop.storage.common.backup.archive import silent
from res_desktop.storage.common.backup.aside import aside_name
from res_desktop.storage.common.backup.aside import folder_aside_name
from res_desktop.storage.common.backup.aside import move_db_aside
from res_desktop.storage.common.backup.verifier import check_restored_database
from res_desktop.storage.common.backup.verifier import checked_members
from res_desktop.storage.common.backup.verifier import open_archive
from res_desktop.storage.common.backup.verifier import read_manifest
from res_desktop.storage.common.temporaries import RESTORE_PLAN
from res_desktop.storage.common.temporaries import WORK_PREFIX
from res_desktop.storage.common.temporaries import fsync_path
from res_desktop.storage.common.temporaries import saved_atomically

ASIDE_LABEL = "до-восстановления"


@dataclass(frozen=True)
class Restored:
    manifest: Manifest
    kept_aside: tuple[Path, ...]


def restore_backup(
    archive_path: Path,
    folders: DataFolders,
    *,
    stamp: str,
    progress: Progress = silent,
    cancelled: Cancelled = never,
) -> Restored:
    """Check the archive, unpack it beside the database, set the current files aside, move in.

    The database must be closed. Until the final renames nothing of the user's is touched,
    and what was there is renamed aside, never deleted. The renames follow a plan written
    into the unpacked folder first: a kill among them leaves the plan, and the next open
    (``finish_interrupted_restore``) completes them, so a database never meets a missing
    or foreign attachments folder.
    """
    staging = Path(tempfile.mkdtemp(dir=_existing_parent(folders.db), prefix=WORK_PREFIX))
    planned = False
    try:
        progress(0, "Проверка резервной копии…")
        with open_archive(archive_path) as archive:
            manifest = read_manifest(archive, archive_path)
            members = list(checked_members(archive, archive_path, cancelled))
            for number, (entry, extract) in enumerate(members):
                if cancelled():
                    raise OperationCancelled
                progress(5 + 75 * number // len(members), f"Распаковка: {entry.name}")
                target = staging.joinpath(*entry.name.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("wb") as sink:
                    extract(sink)
                    sink.flush()
                    os.fsync(sink.fileno())
        check_restored_database(staging / DB_MEMBER, archive_path)
        if cancelled():
            raise OperationCancelled
        progress(85, "Замена файлов…")
        plan = _plan(folders, stamp)
        _write_plan(staging, plan)
        planned = True
        _carry_out(staging, folders, plan)
    except OSError as error:
        raise failed(error, folders.db) from error
    finally:
        if not planned:
            shutil.rmtree(staging, ignore_errors=True)
    progress(100, "Готово")
    return Restored(manifest, tuple(folders.db.with_name(name) for name in plan.kept()))


@dataclass(frozen=True)
class _Plan:
    """The renames of one restore, by names beside the database (all of them siblings)."""

    db: str
    db_aside: str | None
    folders_aside: tuple[tuple[str, str], ...]

    def kept(self) -> list[str]:
        return [*([self.db_aside] if self.db_aside else []), *(t for _s, t in self.folders_aside)]


def _plan(folders: DataFolders, stamp: str) -> _Plan:
    db_aside = aside_name(folders.db, ASIDE_LABEL, stamp) if folders.db.exists() else None
    return _Plan(
        folders.db.name,
        db_aside.name if db_aside else None,
        tuple(
            (folder.name, folder_aside_name(folder, ASIDE_LABEL, stamp).name)
            for folder in (folders.attachments, folders.reports)
            if folder.exists()
        ),
    )


def _write_plan(staging: Path, plan: _Plan) -> None:
    with saved_atomically(staging / RESTORE_PLAN) as partial:
        partial.write_text(
            json.dumps(
                {"db": plan.db, "db_aside": plan.db_aside, "folders_aside": plan.folders_aside},
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    fsync_path(staging)


def _read_plan(staging: Path) -> _Plan | None:
    try:
        data = json.loads((staging / RESTORE_PLAN).read_text(encoding="utf-8"))
        return _Plan(
            str(data["db"]),
            None if data["db_aside"] is None else str(data["db_aside"]),
            tuple((str(s), str(t)) for s, t in data["folders_aside"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no plan, or not one of ours: a plain temporary


def _carry_out(staging: Path, folders: DataFolders, plan: _Plan) -> None:
    """Every rename of the plan that is not done yet, in order; then the staging goes."""
    beside = folders.db.parent
    unpacked_db = staging / DB_MEMBER
    if unpacked_db.exists():  # the database not yet replaced
        if plan.db_aside:
            # Hard-linked aside, replaced in one rename below: never no database at all.
            move_db_aside(folders.db, beside / plan.db_aside, db_stays=True)
        for tail in ("-wal", "-shm"):  # a stale pair must never meet the restored file
            Path(f"{folders.db}{tail}").unlink(missing_ok=True)
        os.replace(unpacked_db, folders.db)
    for source, target in plan.folders_aside:  # done already: the target exists
        if (beside / source).exists() and not (beside / target).exists():
            os.replace(beside / source, beside / target)
    for name, folder in ((ATTACHMENTS, folders.attachments), (REPORTS, folders.reports)):
        unpacked = staging / name
        if unpacked.is_dir():
            if folder.exists():  # not ours to merge with: kept aside as well
                os.replace(folder, folder_aside_name(folder, ASIDE_LABEL, "прервано"))
            os.replace(unpacked, folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
    fsync_path(folders.db)
    fsync_path(beside)
    (staging / RESTORE_PLAN).unlink()
    shutil.rmtree(staging, ignore_errors=True)


def finish_interrupted_restore(folders: DataFolders) -> bool:
    """A restore killed among its renames: its plan, found beside the database, completed."""
    finished = False
    for staging in sorted(folders.db.parent.glob(f"{WORK_PREFIX}*")):
        plan = _read_plan(staging) if staging.is_dir() else None
        if plan is not None and plan.db == folders.db.name:
            try:
                _carry_out(staging, folders, plan)
            except OSError as error:
                raise failed(error, folders.db) from error
            finished = True
    return finished


def _existing_parent(path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise failed(error, path) from error
    return path.parent
