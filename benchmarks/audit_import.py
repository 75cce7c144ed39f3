"""What the history of changes costs the 100,000-company import: with and without its triggers.

Run: python benchmarks/audit_import.py [N] [ROUNDS]
Prints, for the same CSV in the same run: the import into a new database as the app has it
(audit triggers on) and into one whose audit triggers were dropped (the floor), each the best
of ROUNDS runs taken alternately; then a second file that changes every company (an update
of each row), both ways; the log's rows and its share of the file. Goal: ≤ 10 % more time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.exporters import demo_companies
from res_desktop.services.exporters.export import export_fields
from res_desktop.services.exporters.export import write_csv

TODAY = dt.date(2026, 11, 24)
GOAL = 1.10


def _drop_audit_triggers(ws: Workspace) -> None:
    names = [
        row[0]
        for row in ws.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%'"
            " ESCAPE '\\'"
        )
    ]
    for name in names:
        ws.db.execute(f"DROP TRIGGER {name}")


def _import(root: Path, files: list[Path], *, logged: bool, run: int) -> list[float]:
    """Seconds per file, imported one after the other into one new database."""
    db_path = root / f"{'logged' if logged else 'bare'}-{run}.sqlite3"
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    try:
        if not logged:
            _drop_audit_triggers(ws)
        times = []
        for path in files:
            started = time.process_time()  # CPU time: a busy shared machine does not skew it
            ws.exporter_import.run(path)
            times.append(time.process_time() - started)
        rows = ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        log_bytes = ws.db.execute(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'audit_log%'"
        ).fetchone()[0]
        total_bytes = ws.db.execute("SELECT coalesce(sum(pgsize), 0) FROM dbstat").fetchone()[0]
        if logged:
            tables = ws.db.execute(
                "SELECT tbl, count(*) FROM audit_log GROUP BY tbl ORDER BY 2 DESC"
            ).fetchall()
            print("  log rows by table:", ", ".join(f"{t} {n}" for t, n in tables))
            mb = 2**20
            print(f"  log rows {rows}, log {log_bytes / mb:.1f} MB of {total_bytes / mb:.1f} MB")
    finally:
        ws.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return times


def main(count: int, rounds: int) -> int:
    with tempfile.TemporaryDirectory(prefix="res-bench-") as folder:
        root = Path(folder)
        companies = demo_companies(TODAY, count)
        fields = export_fields([2023, 2024, 2025])
        first, second = root / "реестр.csv", root / "реестр-изменённый.csv"
        write_csv(companies, first, fields)
        changed = [dataclasses.replace(c, notes=f"{c.notes} сверено") for c in companies]
        write_csv(changed, second, fields)
        del companies, changed
        best: dict[bool, list[float]] = {}
        for run in range(rounds):
            for logged in (False, True) if run % 2 == 0 else (True, False):
                times = _import(root, [first, second], logged=logged, run=run)
                old = best.get(logged)
                best[logged] = times if old is None else list(map(min, old, times))
    ok = True
    print(f"companies {count}, best of {rounds} alternate rounds")
    for index, what in enumerate(("import into an empty registry", "import changing every row")):
        bare, with_log = best[False][index], best[True][index]
        ratio = with_log / bare
        ok = ok and ratio <= GOAL
        print(
            f"{what:32} without log {bare:7.2f} s  with log {with_log:7.2f} s (CPU)"
            f"  ratio {ratio:5.3f}"
        )
    print(f"goal: ratio ≤ {GOAL:.2f}:", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(
        main(
            int(sys.argv[1]) if len(sys.argv) > 1 else 100_000,
            int(sys.argv[2]) if len(sys.argv) > 2 else 2,
        )
    )
