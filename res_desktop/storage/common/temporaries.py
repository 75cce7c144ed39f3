"""Temporaries: files written under a temporary name and renamed when whole, and a crash's
leftovers of them, found and removed at the next start.

A full disk or a kill never leaves a truncated file under the name the user or the archive
chose (QSaveFile's way), and the temporary itself goes at once, or at the next start.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import socket
import tempfile
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from res_desktop.clock import epoch_seconds
from res_desktop.storage.common.errors import DiskFull
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.errors import StorageUnavailable

if TYPE_CHECKING:
    from res_desktop.storage.common.backup import DataFolders

PART_SUFFIX = ".part"
INCOMING_PREFIX = ".incoming-"
WORK_PREFIX = ".res-work-"
RESTORE_PLAN = "restore-plan.json"  # in a work folder: a restore half done, not a temporary
STALE_AFTER_S = 3600  # a temporary older than this is a crash's leftover, not a live write
FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # no room left for the file, one way or another
_FILE_MODE = 0o644  # mkstemp's 0o600 would make a saved file unreadable to the user's group

_REASONS = {
    errno.ENOSPC: "нет места на диске",
    errno.EDQUOT: "превышена квота на диске",
    errno.EFBIG: "файл слишком велик для этого носителя",
    errno.EROFS: "диск доступен только для чтения",
    errno.EACCES: "нет доступа",
    errno.EPERM: "нет доступа",
    errno.ENOENT: "папка или файл не найдены",
    errno.EIO: "ошибка ввода-вывода (сбой носителя)",
    errno.EISDIR: "на этом месте папка",
    errno.ENAMETOOLONG: "слишком длинное имя файла",
}


def os_error_reason(error: OSError) -> str:
    """An OS error's cause in Russian: the system's own text («[Errno 28] …») is English."""
    return _REASONS.get(error.errno or 0, "ошибка записи или чтения")


def write_failed(error: OSError, target: Path) -> StorageError:
    """The Russian message for a file that could not be written; nothing is left under its
    name (``saved_atomically`` removed the temporary)."""
    if error.errno in FULL:
        return DiskFull(
            f"На диске нет места: файл {target} не записан (неполный файл удалён). "
            "Освободите место или выберите другую папку и повторите."
        )
    return StorageUnavailable(
        f"Не удалось записать файл {target}: {os_error_reason(error)}. "
        "Проверьте доступ к папке и носитель и повторите."
    )


@contextmanager
def saved_atomically(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, renamed over it once the block has written it
    (synced first), removed if the block fails. An OS error becomes ``write_failed``'s."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=PART_SUFFIX
        )
        os.close(fd)
    except OSError as error:
        raise write_failed(error, target) from error
    partial = Path(name)
    try:
        yield partial
        os.chmod(partial, _FILE_MODE)
        fsync_path(partial)
        os.replace(partial, target)
    except OSError as error:
        raise write_failed(error, target) from error
    finally:
        partial.unlink(missing_ok=True)


def copy_atomically(source: Path, target: Path) -> Path:
    """``shutil.copyfile`` that leaves either the whole copy or nothing at ``target``."""
    with saved_atomically(target) as partial:
        shutil.copyfile(source, partial)
    return target


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # a directory cannot be fsynced on every system (Windows): best effort
    finally:
        os.close(fd)


def owner_tag() -> str:
    """Who writes a temporary (this host's name and process), put in its name, so that a
    crash's leftover is known at once: the same host and no such process."""
    return f"@{_HOST}-{os.getpid()}"


_HOST = re.sub(r"[^\w-]", "_", socket.gethostname().split(".")[0]) or "host"
_OWNER = re.compile(r"\.@(?P<host>[\w-]+)-(?P<pid>\d+)\.")


def _owner_gone(path: Path) -> bool:
    """Its writer, named in it, was on this host and is no longer running."""
    owner = _OWNER.search(path.name)
    if owner is None or owner["host"] != _HOST or os.name == "nt":  # Windows: kill(0) kills
        return False
    pid = int(owner["pid"])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, another user's
    return False


def _is_stale(path: Path, now: float) -> bool:
    try:
        return _owner_gone(path) or now - path.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def backup_part_prefix(out: Path) -> str:
    """How ``write_backup`` names its temporary beside ``out``: «.копия.zip.@host-pid.»"""
    return f".{out.name}."


def stale_backup_parts(out: Path) -> list[Path]:
    """A crashed backup's own leftovers beside ``out``: the next backup there removes them."""
    prefix = backup_part_prefix(out)
    found = _matching(
        out.parent, lambda p: p.name.startswith(prefix) and p.name.endswith(PART_SUFFIX)
    )
    now = epoch_seconds()
    return [p for p in found if p.is_file() and _is_stale(p, now)]


def stale_temporaries(folders: DataFolders, *backup_folders: Path) -> list[Path]:
    """A crash's leftovers: half-copied attachments, report and backup parts, work folders.

    Only names this program gives its temporaries: a user's own «*.part» download next to
    the database is no business of ours.
    """
    db = folders.db

    def ours_beside_db(p: Path) -> bool:
        if p.name.startswith(WORK_PREFIX):
            return not (p / RESTORE_PLAN).exists()  # that one the next open completes
        return p.name.startswith(f"{db.stem}.") and p.name.endswith(f"{db.suffix}.bak{PART_SUFFIX}")

    def ours_in_backups(p: Path) -> bool:
        name = p.name  # «.копия.zip.k3j2x9.part», as write_backup names it
        return name.startswith(WORK_PREFIX) or (
            name.startswith(".") and ".zip." in name and name.endswith(PART_SUFFIX)
        )

    found = _matching(db.parent, ours_beside_db)
    found += _matching(folders.reports, lambda p: p.name.endswith(PART_SUFFIX))
    for folder in backup_folders:
        found += _matching(folder, ours_in_backups)
    if folders.attachments.is_dir():
        for pattern in (f"{INCOMING_PREFIX}*", f"??/{INCOMING_PREFIX}*"):  # now and before
            found += [p for p in folders.attachments.glob(pattern) if p.is_file()]
    now = epoch_seconds()
    return [p for p in found if _is_stale(p, now)]


def _matching(folder: Path, ours: Callable[[Path], bool]) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if ours(p)] if folder.is_dir() else []
    except OSError:
        return []


def remove_temporaries(paths: list[Path]) -> int:
    removed = 0
    for path in paths:
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed
