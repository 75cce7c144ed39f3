"""The archive writer: written under a temporary name, read back and checked against its
manifest, and only then renamed, so a crash or a full disk never leaves a partial archive
under the name the user chose."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import quote

from res_desktop.storage.common.backup.archive import ATTACHMENTS
from res_desktop.storage.common.backup.archive import DB_MEMBER
from res_desktop.storage.common.backup.archive import FORMAT
from res_desktop.storage.common.backup.archive import FORMAT_VERSION
from res_desktop.storage.common.backup.archive import MANIFEST
from res_desktop.storage.common.backup.archive import REPORTS
from res_desktop.storage.common.backup.archive import Cancelled
from res_desktop.storage.common.backup.archive import DataFolders
from res_desktop.storage.common.backup.archive import Manifest
from res_desktop.storage.common.backup.archive import ManifestEntry
from res_desktop.storage.common.backup.archive import OperationCancelled
from res_desktop.storage.common.backup.archive import Progress
from res_desktop.storage.common.backup.archive import copy_hashed
from res_desktop.storage.common.backup.archive import failed
from res_desktop.storage.common.backup.archive import is_attachment_name
from res_desktop.storage.common.backup.archive import is_plain_file_name
from res_desktop.storage.common.backup.archive import never
from res_desktop.storage.common.backup.archive import silent
from res_desktop.storage.common.backup.verifier import verify_backup
from res_desktop.storage.common.errors import NotResDesktopDatabase
from res_desktop.storage.common.migrations import APPLICATION_ID
from res_desktop.storage.common.temporaries import PART_SUFFIX
from res_desktop.storage.common.temporaries import WORK_PREFIX
from res_desktop.storage.common.temporaries import backup_part_prefix
from res_desktop.storage.common.temporaries import fsync_path
from res_desktop.storage.common.temporaries import owner_tag
from res_desktop.storage.common.temporaries import remove_temporaries
from res_desktop.storage.common.temporaries import stale_backup_parts


def consistent_copy(db_path: Path, target: Path) -> None:
    """A transactionally consistent copy of a live database (WAL included), via VACUUM INTO."""
    uri = f"file:{quote(str(db_path.resolve()))}?mode=ro"
    wal = Path(f"{db_path}-wal")
    if not os.access(db_path.parent, os.W_OK) and not (wal.is_file() and wal.stat().st_size):
        # Read-only media: no -shm can be made there, and with no pending WAL the main
        # file alone is the whole database (nobody can write it).
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, timeout=5)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotResDesktopDatabase(
                f"Файл {db_path} не является базой данных res_desktop: копия не создана."
            )
        conn.execute("VACUUM INTO ?", [str(target)])
    finally:
        conn.close()


def _data_files(folders: DataFolders) -> list[tuple[str, Path]]:
    """Every stored attachment and archived report, under the names the archive gives them."""
    members: list[tuple[str, Path]] = []
    if folders.attachments.is_dir():
        for path in sorted(folders.attachments.glob("??/*")):
            if (
                path.is_file()
                and is_attachment_name(path.name)
                and path.parent.name == path.name[:2]
            ):
                members.append((f"{ATTACHMENTS}/{path.name[:2]}/{path.name}", path))
    if folders.reports.is_dir():
        for path in sorted(folders.reports.iterdir()):
            name = path.name
            if path.is_file() and is_plain_file_name(name) and not name.endswith(PART_SUFFIX):
                members.append((f"{REPORTS}/{name}", path))
    return members


def write_backup(
    folders: DataFolders,
    out: Path,
    *,
    app_version: str,
    created_at: dt.datetime,
    progress: Progress = silent,
    cancelled: Cancelled = never,
) -> Manifest:
    """Write the archive to ``out``: a temporary name first, renamed once verified."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # a crash's own, of an earlier try; best effort
            remove_temporaries(stale_backup_parts(out))
        fd, tmp_name = tempfile.mkstemp(
            dir=out.parent, prefix=f"{backup_part_prefix(out)}{owner_tag()}.", suffix=PART_SUFFIX
        )
        os.close(fd)
    except OSError as error:
        raise failed(error, out) from error
    tmp = Path(tmp_name)
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
    try:
        progress(0, "Копирование базы данных…")
        copy = work / DB_MEMBER
        consistent_copy(folders.db, copy)
        members = [(DB_MEMBER, copy), *_data_files(folders)]
        entries: list[ManifestEntry] = []
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            for number, (name, path) in enumerate(members):
                if cancelled():
                    raise OperationCancelled
                progress(5 + 80 * number // len(members), f"Запись: {name}")
                with path.open("rb") as source, archive.open(name, "w", force_zip64=True) as sink:
                    sha, size = copy_hashed(source, sink)
                entries.append(ManifestEntry(name, sha, size))
            manifest = Manifest(
                created_at.isoformat(timespec="seconds"), app_version, tuple(entries)
            )
            archive.writestr(MANIFEST, _manifest_json(manifest))
        fsync_path(tmp)
        progress(90, "Проверка копии…")
        verify_backup(tmp, cancelled=cancelled)
        os.replace(tmp, out)
        fsync_path(out.parent)
    except OSError as error:
        raise failed(error, out) from error
    finally:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    progress(100, "Готово")
    return manifest


def _manifest_json(manifest: Manifest) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": manifest.created_at,
            "app_version": manifest.app_version,
            "files": [
                {"name": e.name, "sha256": e.sha256, "size": e.size} for e in manifest.entries
            ],
        },
        ensure_ascii=False,
        indent=1,
    )
