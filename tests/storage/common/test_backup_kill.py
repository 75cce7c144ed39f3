"""kill -9 in the middle of a user's backup to a folder of their choice: never a partial
archive under the final name; a kill's ``.part`` is reported by the check at once and swept by
the next backup to the same file (the trial is tests/kill_trials.py's ``backups``)."""

from __future__ import annotations

import random
from pathlib import Path

from tests import kill_trials
from tests.storage.common.test_kill_trials import checked
from tests.storage.common.test_kill_trials import filled_big

TRIALS = 8


def test_random_kills_during_backups(tmp_path: Path) -> None:
    found = kill_trials.backups(tmp_path, TRIALS, random.Random(14), filled_big)
    checked(found, TRIALS)
    assert found.killed_mid_write > 0  # the kills did land inside writes
    assert found.acknowledged > 0  # and some after a backup got its name
