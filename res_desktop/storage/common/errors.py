"""Storage errors sorted by who is to blame: each carries a Russian message for the user."""

from __future__ import annotations


class StorageError(Exception):
    """The user's environment or file, not a bug: show ``message`` as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StorageUnavailable(StorageError):
    """Disk full, read-only, locked, missing folder."""


class NotResDesktopDatabase(StorageError):
    """A file that exists but is not ours: refused untouched."""


class DatabaseTooNew(StorageError):
    """Written by a newer res_desktop: refused untouched."""


def explain(error: Exception) -> StorageUnavailable:
    """An SQLite error from the user's environment, in Russian (locked, disk full, read-only)."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        message = (
            "База данных занята другой программой или другим окном. Повторите действие "
            "через несколько секунд."
        )
    elif "full" in text:
        message = "На диске нет места: изменения не сохранены. Освободите место и повторите."
    elif "readonly" in text or "read-only" in text:
        message = "Файл базы данных доступен только для чтения: изменения не сохранены."
    elif "malformed" in text or "not a database" in text:
        message = (
            "Файл базы данных повреждён. Восстановите его из резервной копии "
            "(копии создаются рядом с базой перед каждым обновлением)."
        )
    else:
        message = f"Ошибка доступа к базе данных: {error}"
    return StorageUnavailable(message)
