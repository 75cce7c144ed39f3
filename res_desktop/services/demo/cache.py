"""The window's demo: built once per version, schema and quarter, copied fresh at each start.

Building the demo (and rendering its 41-page report) takes seconds; copying a pristine build
takes milliseconds. Every start still opens an untouched copy, so the user's changes to the
demo do not survive a restart, as the banner says.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from res_desktop import __version__
from res_desktop.clock import Clock
from res_desktop.clock import system_today
from res_desktop.domain.common.calendar import quarter_of
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.common.workspace import attachments_dir_for
from res_desktop.services.demo.region import build_demo
from res_desktop.services.reporting.service import reports_dir_for
from res_desktop.storage.common.migrations import MIGRATIONS

TEMPLATE_NAME = "образец.sqlite3"
STAMP_NAME = "образец.версия"


def demo_key(clock: Clock = system_today) -> str:
    """What the pristine demo depends on: the app, its schema and the quarter it is dated in."""
    today = clock()
    return f"{__version__} {MIGRATIONS.names()[-1]} {today.year}-Q{quarter_of(today)}"


def _companions(db: Path) -> tuple[Path, ...]:
    return (attachments_dir_for(db), reports_dir_for(db))


def _remove(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    for folder in _companions(db):
        shutil.rmtree(folder, ignore_errors=True)


def _copy(source: Path, target: Path) -> None:
    _remove(target)
    shutil.copyfile(source, target)
    for origin, copy in zip(_companions(source), _companions(target), strict=True):
        if origin.is_dir():
            shutil.copytree(origin, copy)


def ensure_template(folder: Path, clock: Clock = system_today) -> Path:
    """The pristine demo in ``folder``, rebuilt only when its key changed or it is missing."""
    folder.mkdir(parents=True, exist_ok=True)
    template, stamp = folder / TEMPLATE_NAME, folder / STAMP_NAME
    key = demo_key(clock)
    current = stamp.read_text(encoding="utf-8") if stamp.exists() else None
    if current != key or not template.exists():
        stamp.unlink(missing_ok=True)  # a build cut short leaves no stamp: the next start rebuilds
        build_demo(template, clock=clock, with_reports=True).close()
        stamp.write_text(key, encoding="utf-8")
    return template


def open_demo(path: Path, clock: Clock = system_today) -> Workspace:
    """A fresh copy of the pristine demo at ``path``, its template kept beside it."""
    _copy(ensure_template(path.parent, clock), path)
    return Workspace.open(path, clock=clock)
