"""A restore killed among its renames (the database replaced, the attachments folder moved
aside, the unpacked one not yet in): the next open completes it, never a database whose
attachments are missing. The kill is simulated at each rename and link in turn."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from res_desktop.domain.exporters.model import Company
from res_desktop.services.common import maintenance
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.backup import DataFolders
from res_desktop.storage.common.database import open_database
from res_desktop.storage.common.temporaries import WORK_PREFIX
from tests.backup_data import fill
from tests.conftest import TODAY
from tests.conftest import make_profile

LATER = Company(inn="7736207543", full_name="ООО «Яндекс»", short_name="Яндекс")


class Killed(BaseException):
    """Stands for kill -9: no ``except Exception`` and no cleanup of ours catches it."""


class KillAt:
    """Counts the renames and links of both kinds; the ``at``-th one is a kill."""

    def __init__(self, at: int) -> None:
        self.at, self.calls = at, 0

    def wrap(self, real: Callable[..., None]) -> Callable[..., None]:
        def call(*args: Any, **kwargs: Any) -> None:
            self.calls += 1
            if self.calls == self.at:
                raise Killed
            real(*args, **kwargs)

        return call


def _evidence(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT file_sha256 FROM evidence")}
    finally:
        conn.close()


def _companies(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM company").fetchone()[0])
    finally:
        conn.close()


def _template(tmp_path: Path) -> tuple[Path, Path, str]:
    """A backed-up region, then changed after its backup (one company and one file more)."""
    folder = tmp_path / "шаблон"
    folder.mkdir()
    db = folder / "region.sqlite3"
    ws = Workspace.open(db, clock=lambda: TODAY)
    ws.region.save(make_profile())
    fill(ws, tmp_path)
    archive = tmp_path / "копия.zip"
    maintenance.backup(db, archive)
    later = tmp_path / "Протокол.pdf"
    later.write_bytes(b"%PDF-1.4 later" * 50)
    key = ws.checklists.checklist("05", TODAY.year).items[1].item.key
    added = ws.checklists.attach_file(code="05", key=key, year=TODAY.year, source=later)
    ws.exporters.save_company(company=LATER)
    ws.close()
    return folder, archive, added.file_sha256


def test_a_restore_killed_at_any_rename_is_completed_by_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template, archive, later_sha = _template(tmp_path)
    crash_points = 0
    for crash_at in range(1, 40):
        folder = tmp_path / f"попытка-{crash_at}"
        shutil.copytree(template, folder)
        folders = DataFolders.beside(folder / "region.sqlite3")
        kill = KillAt(crash_at)
        with monkeypatch.context() as patched:
            patched.setattr(os, "replace", kill.wrap(os.replace))
            patched.setattr(os, "link", kill.wrap(os.link))
            try:
                maintenance.restore(archive, folders.db)
                completed = True
            except Killed:
                completed = False
                crash_points += 1
        open_database(folders.db).conn.close()  # the next start
        wanted = _evidence(folders.db)
        if _companies(folders.db) == 2:  # killed before the plan was written: nothing touched
            assert later_sha in wanted
        else:
            assert _companies(folders.db) == 1  # the backup's registry
            assert later_sha not in wanted
            # The state before the restore is kept aside, whole.
            (db_aside,) = folder.glob("region.до-восстановления-*.sqlite3")
            assert _companies(db_aside) == 2
            (files_aside,) = folder.glob("region-файлы.до-восстановления-*")
            assert (files_aside / later_sha[:2] / later_sha).is_file()
        missing = [s for s in wanted if not (folders.attachments / s[:2] / s).is_file()]
        assert missing == [], f"killed at rename {crash_at}: attachments missing"
        assert list(folders.reports.iterdir()) != []
        assert [p for p in folder.iterdir() if p.name.startswith(WORK_PREFIX)] == []
        if completed:
            break
    assert completed and crash_points >= 4  # every rename of the window was a kill point


def test_the_next_open_leaves_no_half_done_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template, archive, _later = _template(tmp_path)
    folders = DataFolders.beside(template / "region.sqlite3")
    real = os.replace

    def killed_moving_in(source: Path, target: Path) -> None:
        if Path(source).name == "attachments":  # the unpacked folder moving in
            raise Killed
        real(source, target)

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", killed_moving_in)
        with pytest.raises(Killed):
            maintenance.restore(archive, folders.db)
    assert (template / "region-файлы").exists() is False  # the window: moved aside, not in
    open_database(folders.db).conn.close()
    assert [p for p in template.iterdir() if p.name.startswith(WORK_PREFIX)] == []
    assert _companies(folders.db) == 1
    for sha in _evidence(folders.db):
        assert (folders.attachments / sha[:2] / sha).is_file()
