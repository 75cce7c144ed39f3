"""Setting files aside: renamed under a free name that says why, never deleted."""

from __future__ import annotations

import os
from pathlib import Path

from res_desktop.storage.common.errors import StorageUnavailable


def aside_name(path: Path, label: str, stamp: str) -> Path:
    """A free name next to ``path`` that says why it was set aside: nothing is overwritten."""
    stem, suffix = path.stem, path.suffix
    for n in range(1, 1000):
        extra = "" if n == 1 else f"-{n}"
        candidate = path.with_name(f"{stem}.{label}-{stamp}{extra}{suffix}")
        if not any(Path(f"{candidate}{tail}").exists() for tail in ("", "-wal", "-shm")):
            return candidate
    raise StorageUnavailable(f"Не удалось подобрать свободное имя рядом с {path}.")


def folder_aside_name(folder: Path, label: str, stamp: str) -> Path:
    target = folder.with_name(f"{folder.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = folder.with_name(f"{folder.name}.{label}-{stamp}-{n}")
    return target


def move_db_aside(db: Path, target: Path, *, db_stays: bool = False) -> None:
    """The database to ``target``, its -wal and -shm beside it; a step already done is
    skipped, so a restore interrupted half-way can run it again."""
    linked_or_moved = target.exists() or not db.exists()
    if not linked_or_moved and not (db_stays and _linked(db, target)):
        os.replace(db, target)
    for tail in ("-wal", "-shm"):
        source, moved = Path(f"{db}{tail}"), Path(f"{target}{tail}")
        if source.exists() and not moved.exists():
            os.replace(source, moved)


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
        move_db_aside(db, target, db_stays=db_stays)
        moved.append(target)
    for folder in folders:
        if folder.exists():
            target = folder_aside_name(folder, label, stamp)
            os.replace(folder, target)
            moved.append(target)
    return moved


def _linked(source: Path, target: Path) -> bool:
    try:
        os.link(source, target)
    except OSError:
        return False
    return True
