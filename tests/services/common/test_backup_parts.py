"""A crash while writing «Резервная копия…» into a folder of the user's choice: its ``.part``
is reported by the check and swept by the next backup to the same file; a live writer's is not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from res_desktop.services.common import maintenance
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.temporaries import owner_tag


def _part(out: Path, pid: int, name: str | None = None) -> Path:
    host = owner_tag().rsplit("-", 1)[0]
    part = out.parent / f".{name or out.name}.{host}-{pid}.k3j2x9.part"
    part.write_bytes(b"PK\x03\x04 half an archive")
    return part


def test_a_crashed_backups_part_is_reported_and_swept_by_the_next_backup(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "флешка" / "копия.zip"
    maintenance.backup(workspace.path, out)  # the folder is remembered for the check
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    living = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        crashed = _part(out, finished.pid)
        other_file = _part(out, finished.pid, "другая.zip")
        live = _part(out, living.pid)

        report = maintenance.check(workspace.db, workspace.path)
        assert crashed in report.temporaries and other_file in report.temporaries
        assert live not in report.temporaries
        assert "Временных файлов, оставшихся после сбоя: 2." in report.text()

        maintenance.backup(workspace.path, out)
        assert not crashed.exists()  # its own name pattern: swept
        assert other_file.exists() and live.exists()  # another file's, a live writer's: kept
        parts = sorted(p.name for p in out.parent.iterdir() if p.name.endswith(".part"))
        assert parts == sorted([other_file.name, live.name])
    finally:
        living.kill()
        living.wait()
