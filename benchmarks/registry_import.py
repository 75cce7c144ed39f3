"""Importing 100,000 companies from a cp1251 CSV and an XLSX, against the honest floor.

Run: python benchmarks/registry_import.py [N]

The floor (issue 15 part 6), measured in the same run for each file: reading the file (the
app's reader: csv in Windows-1251 with «;», python-calamine for the XLSX) plus ONE plain
``executemany`` of its raw rows, cells as they are, into a table of TEXT columns with no
index and no constraint, in one transaction, WAL as in the app. Nothing the app does beyond
reading and writing the rows counts in it.

The app, in a child process per file (so the generator's memory does not count): a fresh
import into an empty registry, the same file again (every row unchanged), and a file with
10% of its rows changed. Goals: fresh ≤ 5× the floor; unchanged ≤ 0.2× a fresh import;
10% changed ≤ 1/3 of a fresh import; peak memory of the import < 300 MB.

The figures are CPU seconds of the process (``time.process_time``): on a machine shared with
other work, wall time measures the neighbours; SQLite runs in the process, so its work counts.
"""

from __future__ import annotations

import csv
import datetime as dt
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from collections.abc import Sequence
from pathlib import Path

import python_calamine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.exporters import demo_companies
from res_desktop.services.exporters.export import export_fields
from res_desktop.services.exporters.export import write_csv
from res_desktop.services.exporters.export import write_xlsx

TODAY = dt.date(2026, 11, 24)
FRESH_GOAL = 5.0  # fresh import / floor
UNCHANGED_GOAL = 0.2  # re-import of an unchanged file / fresh import
CHANGED_GOAL = 1 / 3  # a tenth of the rows changed / fresh import
MEMORY_GOAL_MB = 300


def _raw_rows(path: Path) -> Iterator[Sequence[object]]:
    """The file's rows as its reader gives them, the header row first."""
    if path.suffix == ".csv":
        with path.open(encoding="cp1251", newline="") as handle:
            yield from csv.reader(handle, delimiter=";")
        return
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    yield from book.get_sheet_by_index(0).iter_rows()


def floor(path: Path, db_path: Path) -> tuple[float, int]:
    """Read the file + one plain executemany of its raw rows: seconds and rows."""
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    started = time.process_time()
    cells = _raw_rows(path)
    width = len(next(cells))  # the header: as many columns as the file has
    conn.execute(f"CREATE TABLE raw ({', '.join(f'c{i}' for i in range(width))})")
    pad: list[object] = [""] * width
    with conn:
        conn.executemany(
            f"INSERT INTO raw VALUES ({', '.join('?' * width)})",
            ((list(r) + pad)[:width] for r in cells),
        )
    elapsed = time.process_time() - started
    rows = int(conn.execute("SELECT count(*) FROM raw").fetchone()[0])
    conn.close()
    return elapsed, rows


def _changed(companies: list[Company]) -> list[Company]:
    """Every tenth company with a new phone and a new 2025 volume."""
    import dataclasses

    changed = []
    for n, company in enumerate(companies):
        if n % 10:
            changed.append(company)
            continue
        volumes = dict(company.export_volume) | {2025: 1000.0 + n}
        changed.append(dataclasses.replace(
            company, contact_phone=f"+7 (4812) {n:06d}",
            export_volume=tuple(sorted(volumes.items())),
        ))  # fmt: skip
    return changed


def _write(companies: list[Company], path: Path, fields: list[str]) -> None:
    if path.suffix == ".xlsx":
        write_xlsx(companies, path, fields)
        return
    utf8 = path.with_suffix(".utf8")
    write_csv(companies, utf8, fields)
    path.write_bytes(utf8.read_text("utf-8-sig").encode("cp1251"))
    utf8.unlink()


def _child(same: Path, changed: Path, db_path: Path) -> None:
    """Run in a separate process: fresh, unchanged, 10% changed; then the peak memory."""
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    try:
        figures = []
        for path in (same, same, changed):
            started = time.process_time()
            result = ws.exporter_import.run(path)
            figures.append(time.process_time() - started)
            assert result.accounted and not result.rejections, result.summary
            figures += [result.added, result.updated, result.unchanged]
    finally:
        ws.close()
    print(*figures, _peak_mb())


def _peak_mb() -> float:
    """This process's peak memory: VmHWM (ru_maxrss would count the parent's pages at fork)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure(root: Path, same: Path, changed: Path, count: int) -> bool:
    floor_s, rows = floor(same, root / f"floor-{same.suffix[1:]}.sqlite3")
    assert rows == count, rows
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(same), str(changed),
         str(root / f"app-{same.suffix[1:]}.sqlite3")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    values = [float(v) for v in done.stdout.split()]
    fresh, again, tenth, peak = values[0], values[4], values[8], values[12]
    size_mb = same.stat().st_size / 2**20
    print(f"{same.suffix[1:].upper()} ({size_mb:.1f} MB)")
    print(f"  floor: read + one executemany      {floor_s:8.2f} s")
    print(f"  fresh import (added {values[1]:.0f})      {fresh:8.2f} s"
          f"   {fresh / floor_s:5.2f}× the floor   goal ≤ {FRESH_GOAL:.0f}×")  # fmt: skip
    print(f"  same file again (unchanged {values[7]:.0f}) {again:8.2f} s"
          f"   {again / fresh:5.2f}× the fresh   goal ≤ {UNCHANGED_GOAL}")  # fmt: skip
    print(f"  10% changed (updated {values[10]:.0f})     {tenth:8.2f} s"
          f"   {tenth / fresh:5.2f}× the fresh   goal ≤ {CHANGED_GOAL:.2f}")  # fmt: skip
    print(f"  peak memory of the import          {peak:8.0f} MB   goal < {MEMORY_GOAL_MB}")
    return (
        fresh / floor_s <= FRESH_GOAL
        and again / fresh <= UNCHANGED_GOAL
        and tenth / fresh <= CHANGED_GOAL
        and peak < MEMORY_GOAL_MB
    )


def main(count: int, kinds: Sequence[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="res-bench-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        companies = demo_companies(TODAY, count)
        changed = _changed(companies)
        fields = export_fields(sorted({y for c in changed for y, _v in c.export_volume}))
        paths = []
        for kind in kinds:
            same, other = root / f"реестр.{kind}", root / f"реестр-10.{kind}"
            _write(companies, same, fields)
            _write(changed, other, fields)
            paths.append((same, other))
        del companies, changed
        print(f"companies {count}; files written in {time.perf_counter() - started:.1f} s")
        met = [_measure(root, same, other, count) for same, other in paths]
    print("goals:", "met" if all(met) else "MISSED")
    return 0 if all(met) else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
        sys.exit(0)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    chosen = [k for k in ("csv", "xlsx") if f"--{k}" in sys.argv] or ["csv", "xlsx"]
    sys.exit(main(int(args[0]) if args else 100_000, chosen))
