"""The long kill -9 trial (issue 14 part 5): dozens of random kills per scenario.

    python3 benchmarks/kill_trials.py [KILLS [SCENARIO ...]]

Edits, attachments, migrations, restores, imports and backups as in tests/kill_trials.py
(the suite runs a dozen each); KILLS per scenario, 40 by default; SCENARIO names pick some.
Prints, per scenario, the kills, the writes the child acknowledged, how many kills left work
half done (and what), and the invariants broken (integrity_check not «ok», an acknowledged
write missing, a partial file or transaction). Exit code 1 if any invariant broke.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import kill_trials  # noqa: E402
from tests.storage.common.test_kill_trials import _filled  # noqa: E402
from tests.storage.common.test_kill_trials import filled_big  # noqa: E402

SCENARIOS = ("edits", "attachments", "migrations", "restores", "imports", "backups")


def main(argv: list[str]) -> int:
    kills = int(argv[1]) if len(argv) > 1 else 40
    broken = 0
    only = argv[2:] or SCENARIOS
    for number, name in enumerate(SCENARIOS):
        if name not in only:
            continue
        rng = random.Random(100 + number)
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="kill-trials-") as tmp:
            if name == "restores":
                found = kill_trials.restores(Path(tmp), kills, rng, _filled)
            elif name == "backups":
                found = kill_trials.backups(Path(tmp), kills, rng, filled_big)
            else:
                found = getattr(kill_trials, name)(Path(tmp), kills, rng)
        print(f"{found.line()} ({time.perf_counter() - started:.0f} s)", flush=True)
        for problem in found.problems:
            print(f"  ! {problem}")
        broken += len(found.problems)
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
