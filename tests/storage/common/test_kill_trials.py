"""kill -9 during edits, attachments, migrations, restores and imports: a dozen random kills
each, the invariants of tests/kill_trials.py checked after every one (backups:
test_backup_kill.py). benchmarks/kill_trials.py runs dozens per scenario."""

from __future__ import annotations

import os
import random
from pathlib import Path

from res_desktop.services.common.workspace import Workspace
from tests import kill_trials
from tests.backup_data import fill
from tests.conftest import TODAY
from tests.conftest import make_profile

KILLS = 12


def _filled(db: Path) -> None:
    ws = Workspace.open(db, clock=lambda: TODAY)
    ws.region.save(make_profile())
    fill(ws, db.parent, with_report=False)
    ws.close()


def filled_big(db: Path) -> None:
    """``_filled`` with an incompressible attachment: each backup takes a while."""
    _filled(db)
    ws = Workspace.open(db, clock=lambda: TODAY)
    big = db.parent / "скан.bin"
    big.write_bytes(os.urandom(6 << 20))
    ws.attachments.put(big)
    ws.close()


def checked(found: kill_trials.Findings, kills: int = KILLS) -> None:
    print(found.line())
    assert found.problems == []
    assert found.kills == kills


def test_kills_during_edits(tmp_path: Path) -> None:
    found = kill_trials.edits(tmp_path, KILLS, random.Random(1))
    checked(found)
    assert found.acknowledged > 0  # the kills landed after some commits


def test_kills_during_attachments(tmp_path: Path) -> None:
    found = kill_trials.attachments(tmp_path, KILLS, random.Random(2))
    checked(found)
    assert found.acknowledged > 0


def test_kills_during_migrations(tmp_path: Path) -> None:
    found = kill_trials.migrations(tmp_path, KILLS, random.Random(3))
    checked(found)


def test_kills_during_restores(tmp_path: Path) -> None:
    found = kill_trials.restores(tmp_path, KILLS, random.Random(4), _filled)
    checked(found)


def test_kills_during_imports(tmp_path: Path) -> None:
    found = kill_trials.imports(tmp_path, KILLS, random.Random(5))
    checked(found)
    assert found.acknowledged > 0 and found.killed_mid_write > 0
