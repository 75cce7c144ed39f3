"""Storage errors sorted by who is to blame: each carries a Russian message for the user.

An SQLite error is sorted by its result code (``sqlite_errorcode``; the primary code is the low
byte, https://sqlite.org/rescode.html), never by its English text. A code not listed in
``_BY_CODE`` is a bug of the program and stays the ``sqlite3.Error`` it was.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from typing import ClassVar
from typing import NoReturn
from typing import TypeVar
from typing import cast


class StorageError(Exception):
    """The user's environment or file, not a bug: show ``message`` as is."""

    MESSAGE: ClassVar[str] = "Ошибка хранения данных."
    sqlite_errorname = ""  # the SQLite code behind it, for the log

    def __init__(self, message: str | None = None) -> None:
        message = message or self.MESSAGE.format(where="")
        super().__init__(message)
        self.message = message


class StorageUnavailable(StorageError):
    """Disk full, read-only, locked, missing folder."""


class DatabaseBusy(StorageUnavailable):
    """SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL: another connection held the lock too long."""

    MESSAGE = (
        "База данных{where} занята другой программой или другим окном res_desktop: действие "
        "не выполнено. Повторите его через несколько секунд; если не поможет — закройте "
        "другие окна программы."
    )


class DatabaseReadOnly(StorageUnavailable):
    """SQLITE_READONLY: the file, its folder or the medium refuses writes."""

    MESSAGE = (
        "Файл базы данных{where} доступен только для чтения: изменения не сохранены. "
        "Проверьте права на файл и папку (или защиту носителя от записи) и повторите действие."
    )


class DiskFull(StorageUnavailable):
    """SQLITE_FULL: no space left for the file or its journal."""

    MESSAGE = (
        "На диске нет места: изменения не сохранены. Освободите место на диске с базой "
        "данных{where} и повторите действие."
    )


class StorageIOError(StorageUnavailable):
    """SQLITE_IOERR: the operating system failed a read or write (disk, network share, USB)."""

    MESSAGE = (
        "Ошибка чтения или записи файла базы данных{where}: сбой диска, сетевой папки или "
        "съёмного носителя. Последнее изменение могло не сохраниться. Проверьте носитель и "
        "повторите действие."
    )


class CannotOpen(StorageUnavailable):
    """SQLITE_CANTOPEN, SQLITE_PERM: the file or its folder cannot be opened at all."""

    MESSAGE = (
        "Не удалось открыть файл базы данных{where}: папка недоступна, файл удалён или на него "
        "нет прав. Проверьте путь к файлу и доступ к папке."
    )


class DatabaseCorrupt(StorageError):
    """SQLITE_CORRUPT: the file is ours but damaged; only a backup helps."""

    MESSAGE = (
        "Файл базы данных{where} повреждён. Восстановите его из резервной копии: «Файл → "
        "Восстановить из копии…» (автоматические копии — в "
        "папке резервных копий, копии перед обновлением структуры — рядом с базой). "
        "Повреждённый файл при восстановлении сохраняется под новым именем."
    )


class SchemaHistoryLost(DatabaseCorrupt):
    """Ours, but the record of its schema steps is gone: migrating it would guess, so it is
    refused before any backup or write (and so again at the next start, with no new copy)."""

    MESSAGE = (
        "В базе данных{where} нет записей об изменениях её структуры (служебная таблица "
        "_sqlite_migrations удалена или изменена другой программой): обновлять такую базу "
        "небезопасно. Файл не изменён. Восстановите базу из резервной копии: «Файл → "
        "Восстановить из копии…»."
    )


class NotResDesktopDatabase(StorageError):
    """A file that exists but is not ours: refused untouched."""


class NotADatabase(NotResDesktopDatabase):
    """SQLITE_NOTADB: not an SQLite file at all (another format, or its header destroyed)."""

    MESSAGE = (
        "Файл{where} не является базой данных res_desktop: это файл другого формата или его "
        "начало повреждено. Файл не изменён. Выберите другой файл или восстановите базу из "
        "резервной копии."
    )


class DatabaseTooNew(StorageError):
    """Written by a newer res_desktop: refused untouched."""


_BY_CODE: dict[int, type[StorageError]] = {
    sqlite3.SQLITE_BUSY: DatabaseBusy,
    sqlite3.SQLITE_LOCKED: DatabaseBusy,
    sqlite3.SQLITE_PROTOCOL: DatabaseBusy,
    sqlite3.SQLITE_READONLY: DatabaseReadOnly,
    sqlite3.SQLITE_FULL: DiskFull,
    sqlite3.SQLITE_IOERR: StorageIOError,
    sqlite3.SQLITE_CANTOPEN: CannotOpen,
    sqlite3.SQLITE_PERM: CannotOpen,
    sqlite3.SQLITE_CORRUPT: DatabaseCorrupt,
    sqlite3.SQLITE_NOTADB: NotADatabase,
}


def storage_error_for(error: BaseException, path: Path | None = None) -> StorageError | None:
    """The user's side of an SQLite error, or None when it is a bug of ours.

    ``path`` names the file in the message when the caller knows it.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, sqlite3.Error) or not isinstance(code, int):
        return None
    kind = _BY_CODE.get(code & 0xFF)
    if kind is None:
        return None
    where = f" {path}" if path is not None else ""
    mapped = kind(kind.MESSAGE.format(where=where))
    mapped.sqlite_errorname = str(getattr(error, "sqlite_errorname", ""))
    return mapped


@contextmanager
def translate_sqlite_errors(path: Path | None = None) -> Iterator[None]:
    """Re-raise an SQLite error of the user's environment as its StorageError; bugs pass."""
    try:
        yield
    except sqlite3.Error as error:
        _raise_mapped(error, path)


def _raise_mapped(error: sqlite3.Error, path: Path | None = None) -> NoReturn:
    """The error's StorageError, raised from it; an error that maps to none is raised again."""
    mapped = storage_error_for(error, path)
    if mapped is None:
        raise error
    raise mapped from error


_F = TypeVar("_F", bound=Callable[..., Any])


def translates_sqlite_errors(fn: _F) -> _F:
    """``translate_sqlite_errors`` around every call of ``fn``, and around iterating it.

    A plain try, not the context manager: a service call pays well under a microsecond.
    """
    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def generator(*args: Any, **kwargs: Any) -> Any:
            try:
                return (yield from fn(*args, **kwargs))
            except sqlite3.Error as error:
                _raise_mapped(error)

        return cast(_F, generator)

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except sqlite3.Error as error:
            _raise_mapped(error)

    return cast(_F, call)
