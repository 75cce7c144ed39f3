"""Read-only and full media for the fault tests: a small tmpfs where the machine lets us mount
one (root with CAP_SYS_ADMIN), plain permissions otherwise (a non-root user)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _mount(folder: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        check=False,
        capture_output=True,
    )
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def can_mount(tmp: Path) -> bool:
    probe = tmp / "mount-probe"
    probe.mkdir()
    if not _mount(probe, "64k"):
        return False
    _unmount(probe)
    return True


@contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """``folder`` as a tmpfs of ``size`` (``can_mount`` says whether it can be)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount(folder, size):
        raise RuntimeError("tmpfs cannot be mounted here")
    try:
        yield folder
    finally:
        _unmount(folder)


@contextmanager
def read_only_folder(folder: Path, fill: dict[str, bytes]) -> Iterator[Path]:
    """``folder`` holding ``fill`` (name to bytes), then refusing writes like read-only media:
    remounted read-only where tmpfs can be mounted, else its files and itself made 0o555/0o444
    (which refuse a non-root user only)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _mount(folder, "16m")
    if not mounted and os.geteuid() == 0:
        raise RuntimeError("neither a mount nor permissions can refuse writes to root here")
    try:
        for name, data in fill.items():
            (folder / name).write_bytes(data)
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            for name in fill:
                (folder / name).chmod(0o444)
            folder.chmod(0o555)
        yield folder
    finally:
        if mounted:
            _unmount(folder)
        else:
            folder.chmod(0o755)


@contextmanager
def full_disk(folder: Path, room: int = 64 * 1024) -> Iterator[Path]:
    """``folder`` with about ``room`` bytes to write into: a tmpfs of that size where one can
    be mounted (writes fail with ENOSPC), else this process's file-size limit (EFBIG)."""
    folder.mkdir(parents=True, exist_ok=True)
    if _mount(folder, str(room)):
        try:
            yield folder
        finally:
            _unmount(folder)
        return
    import resource
    import signal

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, hard))
    try:
        yield folder
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)
