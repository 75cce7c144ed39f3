"""One-file backups: the database, its attachments and archived reports, with SHA-256 sums.

An archive is a zip holding ``database.sqlite3`` (a consistent copy made by ``VACUUM INTO`` on
a connection of its own, so the app's open write transaction neither hangs nor leaks into it),
``attachments/ab/<sha256>``, ``reports/<name>`` and ``manifest.json``. It is written under a
temporary name, read back and checked against its manifest, and only then renamed, so a crash
or a full disk never leaves a partial archive under the name the user chose.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import quote
from zlib import error as zlib_error

from res_desktop.storage.common.attachments import is_sha256
from res_desktop.storage.common.errors import (
    DiskFull,
    NotResDesktopDatabase,
    StorageError,
    StorageUnavailable,
)
from res_desktop.storage.common.migrations import APPLICATION_ID
from res_desktop.storage.common.temporaries import (
    INCOMING_PREFIX,
    PART_SUFFIX,
    STALE_AFTER_S,
    WORK_PREFIX,
    os_error_reason,
    remove_temporaries,
    stale_temporaries,
)
from res_desktop.storage.common.temporaries import fsync_path as _fsync_path

# The temporaries' part lives in temporaries.py; its names stay importable from here.
__all__ = [
    "INCOMING_PREFIX",
    "PART_SUFFIX",
    "STALE_AFTER_S",
    "WORK_PREFIX",
    "remove_temporaries",
    "stale_temporaries",
]

FORMAT = "res_desktop-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "database.sqlite3"
ATTACHMENTS = "attachments"
REPORTS = "reports"
DOCX_COPY = ".docx"  # a report's editable copy, beside its PDF under the same stem
_CHUNK = 1 << 20

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


def silent(_percent: int, _text: str) -> None:
    return None


def never() -> bool:
    return False


class BackupInvalid(StorageError):
    """The file is not a res_desktop backup, or it was damaged after it was written."""


class OperationCancelled(Exception):
    """The user pressed «Отмена»: nothing was left behind."""


@dataclass(frozen=True)
class DataFolders:
    """Where one database keeps its file, its attachments and its archived reports."""

    db: Path
    attachments: Path
    reports: Path

    @classmethod
    def beside(cls, db: Path) -> DataFolders:
        """The one naming rule: a database's files and reports live next to it."""
        db = Path(db)
        return cls(db, db.with_name(f"{db.stem}-файлы"), db.with_name(f"{db.stem}-отчёты"))


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    created_at: str
    app_version: str
    entries: tuple[ManifestEntry, ...]

    @property
    def attachments(self) -> int:
        return sum(1 for e in self.entries if e.name.startswith(f"{ATTACHMENTS}/"))

    @property
    def reports(self) -> int:
        """Archived reports (their editable DOCX copies travel with them, uncounted)."""
        return sum(
            1
            for e in self.entries
            if e.name.startswith(f"{REPORTS}/") and not e.name.endswith(DOCX_COPY)
        )


is_attachment_name = is_sha256


def is_plain_file_name(name: str) -> bool:
    """A name that stays inside its folder: no separator, no «..», no drive, not hidden."""
    return (
        bool(name)
        and not name.startswith(".")
        and not any(c in name for c in "/\\:\0")
        and Path(name).name == name
    )


def _safe_member(name: str) -> bool:
    """Only the names this module writes: an archive cannot place a file anywhere else."""
    if name in (DB_MEMBER, MANIFEST):
        return True
    parts = name.split("/")
    if len(parts) == 3 and parts[0] == ATTACHMENTS:
        return is_attachment_name(parts[2]) and parts[1] == parts[2][:2]
    return len(parts) == 2 and parts[0] == REPORTS and is_plain_file_name(parts[1])


def _os_error(error: OSError, where: Path) -> StorageError:
    if error.errno == errno.ENOSPC:
        return DiskFull(
            f"На диске нет места: резервная копия {where} не записана (неполный файл удалён). "
            "Освободите место или выберите другую папку и повторите."
        )
    return StorageUnavailable(
        f"Не удалось записать или прочитать файл {where}: {os_error_reason(error)}. "
        "Проверьте доступ к папке и носитель."
    )


def consistent_copy(db_path: Path, target: Path) -> None:
    """A transactionally consistent copy of a live database (WAL included), via VACUUM INTO."""
    uri = f"file:{quote(str(db_path.resolve()))}?mode=ro"
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


def _copy_hashed(source: IO[bytes], target: IO[bytes]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(_CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


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
        fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=PART_SUFFIX)
        os.close(fd)
    except OSError as error:
        raise _os_error(error, out) from error
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
                    sha, size = _copy_hashed(source, sink)
                entries.append(ManifestEntry(name, sha, size))
            manifest = Manifest(
                created_at.isoformat(timespec="seconds"), app_version, tuple(entries)
            )
            archive.writestr(MANIFEST, _manifest_json(manifest))
        _fsync_path(tmp)
        progress(90, "Проверка копии…")
        verify_backup(tmp, cancelled=cancelled)
        os.replace(tmp, out)
        _fsync_path(out.parent)
    except OSError as error:
        raise _os_error(error, out) from error
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


def _invalid(path: Path, why: str) -> BackupInvalid:
    return BackupInvalid(f"Файл {path} не может быть восстановлен: {why}. Выберите другую копию.")


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> Manifest:
    try:
        data = json.loads(archive.read(MANIFEST).decode("utf-8"))
        if data.get("format") != FORMAT:
            raise _invalid(path, "это не резервная копия res_desktop")
        if int(data["version"]) > FORMAT_VERSION:
            raise _invalid(path, "копия создана более новой версией программы; обновите её")
        entries = tuple(
            ManifestEntry(str(f["name"]), str(f["sha256"]), int(f["size"])) for f in data["files"]
        )
        return Manifest(str(data["created_at"]), str(data["app_version"]), entries)
    except KeyError:
        raise _invalid(path, "это не резервная копия res_desktop (нет описи файлов)") from None
    except (ValueError, TypeError, AttributeError):
        raise _invalid(path, "опись файлов копии повреждена") from None


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise StorageUnavailable(f"Файл резервной копии {path} не найден.") from None
    except (zipfile.BadZipFile, OSError):
        raise _invalid(path, "это не резервная копия res_desktop или файл повреждён") from None


def _checked_members(
    archive: zipfile.ZipFile, path: Path, cancelled: Cancelled = never
) -> Iterator[tuple[ManifestEntry, Callable[[IO[bytes]], None]]]:
    """Each listed member with a writer that copies it out, its SHA-256 checked on the way."""
    manifest = _read_manifest(archive, path)
    names = {e.name for e in manifest.entries}
    stored = set(archive.namelist()) - {MANIFEST}
    unsafe = [n for n in stored | names if not _safe_member(n)]
    if unsafe:
        raise _invalid(path, f"недопустимое имя файла в копии: {unsafe[0]!r}")
    if DB_MEMBER not in names:
        raise _invalid(path, "в копии нет файла базы данных")
    if stored != names:
        raise _invalid(path, "состав копии не совпадает с описью")
    for entry in manifest.entries:
        if cancelled():
            raise OperationCancelled

        def extract(sink: IO[bytes], entry: ManifestEntry = entry) -> None:
            try:
                with archive.open(entry.name) as source:
                    sha, size = _copy_hashed(source, sink)
            except (zipfile.BadZipFile, EOFError, zlib_error):
                raise _invalid(path, f"файл {entry.name} в копии повреждён") from None
            if (sha, size) != (entry.sha256, entry.size):
                raise _invalid(path, f"контрольная сумма файла {entry.name} не совпадает")

        yield entry, extract


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def verify_backup(path: Path, *, cancelled: Cancelled = never) -> Manifest:
    """Read the whole archive back: every member's SHA-256 and size against the manifest."""
    with _open_archive(path) as archive:
        manifest = _read_manifest(archive, path)
        for _entry, extract in _checked_members(archive, path, cancelled):
            extract(_Discard())  # type: ignore[arg-type]
    return manifest


def is_valid_backup(path: Path) -> bool:
    try:
        verify_backup(path)
    except StorageError:
        return False
    return True


def aside_name(path: Path, label: str, stamp: str) -> Path:
    """A free name next to ``path`` that says why it was set aside: nothing is overwritten."""
    stem, suffix = path.stem, path.suffix
    for n in range(1, 1000):
        extra = "" if n == 1 else f"-{n}"
        candidate = path.with_name(f"{stem}.{label}-{stamp}{extra}{suffix}")
        if not any(Path(f"{candidate}{tail}").exists() for tail in ("", "-wal", "-shm")):
            return candidate
    raise StorageUnavailable(f"Не удалось подобрать свободное имя рядом с {path}.")


def set_aside(
    db: Path, label: str, stamp: str, *folders: Path, db_stays: bool = False
) -> list[Path]:
    """Rename the database (with its -wal and -shm) and ``folders`` aside; never delete them.

    ``db_stays``: the database is hard-linked aside and stays under its name until the caller
    replaces it, so a kill in between never leaves no database at all (where the file system
    has no hard links, it is renamed as usual).
    """
    moved: list[Path] = []
    if db.exists():
        target = aside_name(db, label, stamp)
        for tail in ("", "-wal", "-shm"):
            source = Path(f"{db}{tail}")
            linked = source.exists() and not tail and db_stays and _linked(source, target)
            if source.exists() and not linked:
                os.replace(source, Path(f"{target}{tail}"))
        moved.append(target)
    for folder in folders:
        if folder.exists():
            target = folder.with_name(f"{folder.name}.{label}-{stamp}")
            n = 1
            while target.exists():
                n += 1
                target = folder.with_name(f"{folder.name}.{label}-{stamp}-{n}")
            os.replace(folder, target)
            moved.append(target)
    return moved


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
        with _open_archive(archive_path) as archive:
            manifest = _read_manifest(archive, archive_path)
            members = list(_checked_members(archive, archive_path, cancelled))
            for number, (entry, extract) in enumerate(members):
                if cancelled():
                    raise OperationCancelled
                progress(5 + 75 * number // len(members), f"Распаковка: {entry.name}")
                target = staging.joinpath(*entry.name.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("wb") as sink:
                    extract(sink)
        _check_restored_database(staging / DB_MEMBER, archive_path)
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
        _fsync_path(folders.db)
    except OSError as error:
        raise _os_error(error, folders.db) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress(100, "Готово")
    return Restored(manifest, tuple(kept))


def _linked(source: Path, target: Path) -> bool:
    try:
        os.link(source, target)
    except OSError:
        return False
    return True


def _existing_parent(path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _os_error(error, path) from error
    return path.parent


def _check_restored_database(path: Path, archive: Path) -> None:
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise _invalid(archive, "база данных в копии не является базой res_desktop")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _invalid(archive, "база данных в копии повреждена")
    except sqlite3.DatabaseError:
        raise _invalid(archive, "база данных в копии повреждена") from None
    finally:
        conn.close()
