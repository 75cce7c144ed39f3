"""Shared Russian phrases and formats of the window."""

from __future__ import annotations

import sqlite3

from res_desktop.domain.common.catalogue import BLOCK_NAMES
from res_desktop.domain.common.catalogue import BLOCK_ROMAN
from res_desktop.domain.common.progress import Status

APP_TITLE = "РЭС: рабочее место координатора"
APP_LONG_TITLE = "Рабочее место РОИВ-координатора по внедрению Регионального экспортного стандарта"
DATE_FORMAT_QT = "dd.MM.yyyy"
NO_DATE = "—"
IMPLEMENTED = "внедрён"

STATUS_COLORS = {
    Status.NOT_STARTED: "#6b6b6b",
    Status.IN_PROGRESS: "#8a5a00",
    Status.DONE: "#1e7b34",
    Status.NOT_APPLICABLE: "#5a5a8a",
}
OVERDUE_COLOR = "#b3261e"
OK_COLOR = "#1e7b34"


def block_title(block: int) -> str:
    return f"Блок {BLOCK_ROMAN[block]}. {BLOCK_NAMES[block]}"


def os_error_text(error: OSError) -> str:
    """An OS error in Russian: the system's own text would reach the user in English."""
    from res_desktop.storage.common.temporaries import os_error_reason

    where = f" ({error.filename})" if error.filename else ""
    return f"Не удалось записать файл{where}: {os_error_reason(error)}."


def error_text(error: BaseException) -> str:
    """What the user reads for an error a worker or an action reports."""
    from res_desktop.storage.common.errors import StorageError
    from res_desktop.storage.common.errors import storage_error_for

    if isinstance(error, sqlite3.Error):
        error = storage_error_for(error) or error
    if isinstance(error, StorageError):
        return error.message
    if isinstance(error, OSError):
        return os_error_text(error)
    if type(error).__name__ == "ValidationFailed":
        return str(error)
    return "Внутренняя ошибка программы; сведения записаны в журнал."
