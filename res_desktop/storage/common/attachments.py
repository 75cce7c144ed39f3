"""Attached files, copied into the data folder and stored by content hash."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from res_desktop.storage.common.errors import DiskFull
from res_desktop.storage.common.errors import StorageUnavailable
from res_desktop.storage.common.temporaries import FULL
from res_desktop.storage.common.temporaries import INCOMING_PREFIX
from res_desktop.storage.common.temporaries import os_error_reason

_CHUNK = 1 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def is_sha256(name: str) -> bool:
    """A stored attachment's name: 64 lower-case hex digits, nothing that could be a path."""
    return _SHA256.fullmatch(name) is not None


class AttachmentStore:
    """Files named by their SHA-256 under ``root/ab/abcdef…``; identical files stored once."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """The stored file; a name read from the database that is no SHA-256 (``../../x``, an
        absolute path) is refused, so it can never point outside the folder."""
        if not sha256:
            return self.root  # no file attached: is_file() says so
        if not is_sha256(sha256):
            raise StorageUnavailable(
                f"В базе данных записано недопустимое имя вложенного файла ({sha256[:40]!r}): "
                "файл не открыт. Выполните «Сервис → Проверка базы»."
            )
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` in and return (sha256, size).

        The content is hashed while it is copied, and the copy is named by that hash: a
        source changed meanwhile cannot be stored under another content's name. A failed
        copy (a full disk) leaves no ``.incoming-*`` temporary behind.
        """
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=self.root, prefix=INCOMING_PREFIX)
        except OSError as error:
            raise _not_stored(error, source) from error
        incoming = Path(name)
        try:
            with source.open("rb") as reader, os.fdopen(fd, "wb") as writer:
                digest, size = hashlib.sha256(), 0
                while chunk := reader.read(_CHUNK):
                    digest.update(chunk)
                    writer.write(chunk)
                    size += len(chunk)
                writer.flush()
                os.fsync(writer.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if not target.is_file():  # identical content is stored once
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(incoming, target)
            return sha, size
        except OSError as error:
            raise _not_stored(error, source) from error
        finally:
            incoming.unlink(missing_ok=True)

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()


def _not_stored(error: OSError, source: Path) -> StorageUnavailable:
    if error.errno in FULL:
        return DiskFull(
            f"На диске нет места: файл {source} не сохранён (неполная копия удалена). "
            "Освободите место на диске с базой данных и повторите."
        )
    return StorageUnavailable(f"Не удалось сохранить файл {source}: {os_error_reason(error)}.")
