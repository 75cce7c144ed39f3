"""Attached files, copied into the data folder and stored by content hash."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from res_desktop.storage.common.errors import StorageUnavailable

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
        """Copy ``source`` in (atomically) and return (sha256, size)."""
        try:
            sha = sha256_of(source)
            target = self.path_for(sha)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
                os.close(fd)
                shutil.copyfile(source, tmp)
                os.replace(tmp, target)
            return sha, target.stat().st_size
        except OSError as error:
            raise StorageUnavailable(f"Не удалось сохранить файл {source}: {error}") from error

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()
