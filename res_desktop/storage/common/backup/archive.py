"""The archive's format: its members' names and manifest, and what its writer, verifier and
restore share.

An archive is a zip holding ``database.sqlite3`` (a consistent copy made by ``VACUUM INTO``),
``attachments/ab/<sha256>``, ``reports/<name>`` and ``manifest.json`` with every member's
SHA-256 and size.
"""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from res_desktop.storage.common.attachments import is_sha256
from res_desktop.storage.common.errors import DiskFull
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.common.temporaries import os_error_reason

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


def safe_member(name: str) -> bool:
    """Only the names this module writes: an archive cannot place a file anywhere else."""
    if name in (DB_MEMBER, MANIFEST):
        return True
    parts = name.split("/")
    if len(parts) == 3 and parts[0] == ATTACHMENTS:
        return is_attachment_name(parts[2]) and parts[1] == parts[2][:2]
    return len(parts) == 2 and parts[0] == REPORTS and is_plain_file_name(parts[1])


def failed(error: OSError, where: Path) -> StorageError:
    if error.errno == errno.ENOSPC:
        return DiskFull(
            f"На диске нет места: резервная копия {where} не записана (неполный файл удалён). "
            "Освободите место или выберите другую папку и повторите."
        )
    return StorageUnavailable(
        f"Не удалось записать или прочитать файл {where}: {os_error_reason(error)}. "
        "Проверьте доступ к папке и носитель."
    )


def copy_hashed(source: IO[bytes], target: IO[bytes]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(_CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def invalid(path: Path, why: str) -> BackupInvalid:
    return BackupInvalid(f"Файл {path} не может быть восстановлен: {why}. Выберите другую копию.")
