"""Restore: the archive checked and unpacked beside the database, the current files set
aside, the unpacked ones moved in."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from res_desktop.storage.common.backup.archive import (
    ATTACHMENTS,
    DB_MEMBER,
    REPORTS,
    Cancelled,
    DataFolders,
    Manifest,
    OperationCancelled,
    Progress,
    failed,
    never,
    silent,
)
from res_desktop.storage.common.backup.aside import set_aside
from res_desktop.storage.common.backup.verifier import (
    check_restored_database,
    checked_members,
    open_archive,
    read_manifest,
)
from res_desktop.storage.common.temporaries import WORK_PREFIX, fsync_path


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
    and what was there is renamed aside, never deleted.
    """
    staging = Path(tempfile.mkdtemp(dir=_existing_parent(folders.db), prefix=WORK_PREFIX))
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
        check_restored_database(staging / DB_MEMBER, archive_path)
        if cancelled():
            raise OperationCancelled
        progress(85, "Замена файлов…")
        kept = set_aside(
            folders.db,
            "до-восстановления",
            stamp,
            folders.attachments,
            folders.reports,
            db_stays=True,  # replaced in one rename below: a kill never leaves no database
        )
        for tail in ("-wal", "-shm"):  # a stale pair must never meet the restored file
            Path(f"{folders.db}{tail}").unlink(missing_ok=True)
        os.replace(staging / DB_MEMBER, folders.db)
        for name, folder in ((ATTACHMENTS, folders.attachments), (REPORTS, folders.reports)):
            unpacked = staging / name
            if unpacked.is_dir():
                os.replace(unpacked, folder)
            else:
                folder.mkdir(parents=True, exist_ok=True)
        fsync_path(folders.db)
    except OSError as error:
        raise failed(error, folders.db) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress(100, "Готово")
    return Restored(manifest, tuple(kept))


def _existing_parent(path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise failed(error, path) from error
    return path.parent
