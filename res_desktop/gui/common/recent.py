"""«Файл → Недавние базы»: the database files last opened, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_databases"
MOST = 6


def recent_databases() -> list[Path]:
    """The stored list without the files that are gone (a moved or deleted database)."""
    stored: object = QSettings().value(KEY, [])
    names: list[object] = [stored] if isinstance(stored, str) else list(stored or [])  # type: ignore[call-overload]
    return [Path(name) for name in names if isinstance(name, str) and Path(name).exists()]


def remember_database(path: Path) -> list[Path]:
    """``path`` first in the list, once; the list kept to MOST files."""
    resolved = Path(path).resolve()
    paths = [resolved, *(p for p in recent_databases() if p.resolve() != resolved)][:MOST]
    settings = QSettings()
    settings.setValue(KEY, [str(p) for p in paths])
    settings.sync()
    return paths
