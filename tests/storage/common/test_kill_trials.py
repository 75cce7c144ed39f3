"""kill -9 during edits, attachments, migrations and restores: a dozen random kills each,
the invariants of tests/kill_trials.py checked after every one (backups:
test_backup_kill.py). benchmarks/kill_trials.py runs dozens per scenario."""

from __future__ import annotations

import random
from pathlib import Path

from res_desktop.services.common.workspace import Workspace
from tests import kill_trials
from tests.backup_data import fill
from tests.conftest import TODAY, make_profile

KILLS = 12


def _filled(db: Path) -> None:
    ws = Workspace.open(db, clock=lambda: TODAY)
    ws.region.save(make_profile())
    fill(ws, db.parent, with_report=False)
    ws.close()


def _checked(found: kill_trials.Findings) -> None:
    print(found.line())
    assert found.problems == []
    assert found.kills == KILLS


def test_kills_during_edits(tmp_path: Path) -> None:
    found = kill_trials.edits(tmp_path, KILLS, random.Random(1))
    _checked(found)
    assert found.acknowledged > 0  # the kills landed after some commits


def test_kills_during_attachments(tmp_path: Path) -> None:
    found = kill_trials.attachments(tmp_path, KILLS, random.Random(2))
    _checked(found)
    assert found.acknowledged > 0


def test_kills_during_migrations(tmp_path: Path) -> None:
    found = kill_trials.migrations(tmp_path, KILLS, random.Random(3))
    _checked(found)


def test_kills_during_restores(tmp_path: Path) -> None:
    found = kill_trials.restores(tmp_path, KILLS, random.Random(4), _filled)
    _checked(found)
