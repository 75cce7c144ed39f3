"""The user's own folder and the name they sign the history with: what the window, the
command line and the services share without the workspace."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from res_desktop.storage.common.temporaries import saved_atomically

APP_NAME = "res_desktop"


def data_dir() -> Path:
    """The user's local (not roaming) data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


JOURNAL_NAME_FILE = "имя для журнала.txt"


def journal_name() -> str:
    """The name this system account signs the history of changes with («Параметры региона»):
    a file in the user's data folder, read by the window and the command line alike."""
    try:
        return " ".join((data_dir() / JOURNAL_NAME_FILE).read_text(encoding="utf-8").split())
    except OSError:
        return ""


def save_journal_name(name: str) -> str:
    """Stored as written once spaces are tidied; the tidied name."""
    name = " ".join(name.split())
    with saved_atomically(data_dir() / JOURNAL_NAME_FILE) as partial:
        partial.write_text(name, encoding="utf-8")
    return name
