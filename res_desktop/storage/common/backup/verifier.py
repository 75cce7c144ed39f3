"""The verifier: an archive read back whole, every member's SHA-256 and size against its
manifest, and the database inside it checked before a restore trusts it."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from urllib.parse import quote
from zlib import error as zlib_error

from res_desktop.storage.common.backup.archive import DB_MEMBER
from res_desktop.storage.common.backup.archive import FORMAT
from res_desktop.storage.common.backup.archive import FORMAT_VERSION
from res_desktop.storage.common.backup.archive import MANIFEST
from res_desktop.storage.common.backup.archive import Cancelled
from res_desktop.storage.common.backup.archive import Manifest
from res_desktop.storage.common.backup.archive import ManifestEntry
from res_desktop.storage.common.backup.archive import OperationCancelled
from res_desktop.storage.common.backup.archive import copy_hashed
from res_desktop.storage.common.backup.archive import invalid
from res_desktop.storage.common.backup.archive import never
from res_desktop.storage.common.backup.archive import safe_member
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.common.migrations import APPLICATION_ID


def read_manifest(archive: zipfile.ZipFile, path: Path) -> Manifest:
    try:
        data = json.loads(archive.read(MANIFEST).decode("utf-8"))
        if data.get("format") != FORMAT:
            raise invalid(path, "это не резервная копия res_desktop")
        if int(data["version"]) > FORMAT_VERSION:
            raise invalid(path, "копия создана более новой версией программы; обновите её")
        entries = tuple(
            ManifestEntry(str(f["name"]), str(f["sha256"]), int(f["size"])) for f in data["files"]
        )
        return Manifest(str(data["created_at"]), str(data["app_version"]), entries)
    except KeyError:
        raise invalid(path, "это не резервная копия res_desktop (нет описи файлов)") from None
    except (ValueError, TypeError, AttributeError):
        raise invalid(path, "опись файлов копии повреждена") from None


def open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise StorageUnavailable(f"Файл резервной копии {path} не найден.") from None
    except (zipfile.BadZipFile, OSError):
        raise invalid(path, "это не резервная копия res_desktop или файл повреждён") from None


def checked_members(
    archive: zipfile.ZipFile, path: Path, cancelled: Cancelled = never
) -> Iterator[tuple[ManifestEntry, Callable[[IO[bytes]], None]]]:
    """Each listed member with a writer that copies it out, its SHA-256 checked on the way."""
    manifest = read_manifest(archive, path)
    names = {e.name for e in manifest.entries}
    stored = set(archive.namelist()) - {MANIFEST}
    unsafe = [n for n in stored | names if not safe_member(n)]
    if unsafe:
        raise invalid(path, f"недопустимое имя файла в копии: {unsafe[0]!r}")
    if DB_MEMBER not in names:
        raise invalid(path, "в копии нет файла базы данных")
    if stored != names:
        raise invalid(path, "состав копии не совпадает с описью")
    for entry in manifest.entries:
        if cancelled():
            raise OperationCancelled

        def extract(sink: IO[bytes], entry: ManifestEntry = entry) -> None:
            try:
                with archive.open(entry.name) as source:
                    sha, size = copy_hashed(source, sink)
            except (zipfile.BadZipFile, EOFError, zlib_error):
                raise invalid(path, f"файл {entry.name} в копии повреждён") from None
            if (sha, size) != (entry.sha256, entry.size):
                raise invalid(path, f"контрольная сумма файла {entry.name} не совпадает")

        yield entry, extract


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def verify_backup(path: Path, *, cancelled: Cancelled = never) -> Manifest:
    """Read the whole archive back: every member's SHA-256 and size against the manifest."""
    with open_archive(path) as archive:
        manifest = read_manifest(archive, path)
        for _entry, extract in checked_members(archive, path, cancelled):
            extract(_Discard())  # type: ignore[arg-type]
    return manifest


def is_valid_backup(path: Path) -> bool:
    try:
        verify_backup(path)
    except StorageError:
        return False
    return True


def check_restored_database(path: Path, archive: Path) -> None:
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise invalid(archive, "база данных в копии не является базой res_desktop")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise invalid(archive, "база данных в копии повреждена")
    except sqlite3.DatabaseError:
        raise invalid(archive, "база данных в копии повреждена") from None
    finally:
        conn.close()
