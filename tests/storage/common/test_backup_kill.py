"""kill -9 in the middle of a backup: never a partial archive under the final name."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common import backup as store
from res_desktop.storage.common import temporaries
from res_desktop.storage.common.backup import DataFolders
from tests.processes import REPO_ROOT, isolated_env

TRIALS = 8
_WRITER = """
import sys
from pathlib import Path
from res_desktop.services.common import maintenance
db, out = Path(sys.argv[1]), Path(sys.argv[2])
n = 0
while True:
    maintenance.backup(db, out)
    n += 1
    print(n, flush=True)
"""


def test_random_kills_during_backups(workspace: Workspace, tmp_path: Path) -> None:
    big = tmp_path / "скан.bin"
    big.write_bytes(os.urandom(6 << 20))  # incompressible: each backup takes a while
    workspace.attachments.put(big)
    workspace.close()
    out = tmp_path / "out" / "копия.zip"
    out.parent.mkdir()
    rng = random.Random(14)
    completed = killed_mid_write = 0
    seen: set[Path] = set()
    for trial in range(TRIALS):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(workspace.path), str(out)],
            cwd=REPO_ROOT,
            env=isolated_env(tmp_path),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        if trial % 2:  # after a backup got its name, while the next one is written
            completed += bool(child.stdout.readline())
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        completed += len(child.stdout.read().split())
        child.stdout.close()
        if out.exists():
            store.verify_backup(out)  # whatever is under the final name is whole
        partial = {p for p in out.parent.iterdir() if p.name.endswith(temporaries.PART_SUFFIX)}
        killed_mid_write += bool(partial - seen)
        seen |= partial
        assert all(p.name.startswith(f".{out.name}.") for p in partial)
    assert killed_mid_write > 0  # the kills did land inside writes
    assert completed > 0 and out.exists()  # and some after a backup got its name
    # A later start removes a crash's leftovers once they are old.
    old = time.time() - 2 * temporaries.STALE_AFTER_S
    for leftover in out.parent.iterdir():
        if leftover.name.endswith(temporaries.PART_SUFFIX):
            os.utime(leftover, (old, old))
    stale = temporaries.stale_temporaries(DataFolders.beside(workspace.path), out.parent)
    assert set(stale) >= seen
    temporaries.remove_temporaries(stale)
    assert [p for p in out.parent.iterdir() if p.name.endswith(temporaries.PART_SUFFIX)] == []
    print(
        f"kill -9 trials: {TRIALS}, backups completed: {completed}, "
        f"killed mid-write: {killed_mid_write}"
    )
