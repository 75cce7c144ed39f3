"""Importing 100,000 companies from CSV: is it within 3× of a bare executemany plus reading?

Run: python benchmarks/registry_import.py [N]
Prints: generating the file, reading it, parsing the rows, the bare sqlite3.executemany of
the same rows into empty tables, the full import (one transaction, batch record, search
index), a second import of the same file (all unchanged), and the import's peak memory
(measured in a child process, so the generator's memory does not count).
"""

from __future__ import annotations

import datetime as dt
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from res_desktop.domain.exporters.import_parsing import ParsedRow, resolve_columns
from res_desktop.domain.exporters.import_rows import parse_row, prepare
from res_desktop.domain.exporters.model import Company
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.exporters import demo_companies
from res_desktop.services.exporters import import_plan as planning
from res_desktop.services.exporters.export import export_fields, write_csv
from res_desktop.storage.common.migrations import MIGRATIONS
from res_desktop.storage.exporters import bulk
from res_desktop.storage.exporters.files import read_table

TODAY = dt.date(2026, 11, 24)
RATIO_GOAL = 3.0
MEMORY_GOAL_MB = 400


def _bare_insert(companies: list[Company], path: Path) -> float:
    """The floor: the same rows by executemany into an empty copy of the tables."""
    conn = sqlite3.connect(path)
    MIGRATIONS.apply(sqlite_utils.Database(conn))
    now = "2026-11-24T00:00:00"
    company_rows = [
        (n + 1, *bulk.company_values(c).values(), now, now) for n, c in enumerate(companies)
    ]
    children: dict[str, list[tuple[Any, ...]]] = {
        "company_product": [(n + 1, p.tnved, p.name) for n, c in enumerate(companies)
                            for p in c.products],
        "company_country": [(n + 1, k) for n, c in enumerate(companies) for k in c.countries],
        "company_export_volume": [(n + 1, y, v) for n, c in enumerate(companies)
                                  for y, v in c.export_volume],
        "company_need": [(n + 1, x.value) for n, c in enumerate(companies) for x in c.needs],
        "company_barrier": [(n + 1, x.value) for n, c in enumerate(companies)
                            for x in c.barriers],
        "company_source": [(n + 1, s.value, d.isoformat() if d else None)
                           for n, c in enumerate(companies) for s, d in c.sources],
    }  # fmt: skip
    started = time.perf_counter()
    with conn:
        marks = ", ".join("?" for _ in company_rows[0])
        conn.executemany(
            f"INSERT INTO company (id, {', '.join(bulk._FIELDS)}, created_at, updated_at)"
            f" VALUES ({marks})",
            company_rows,
        )
        for table, rows in children.items():
            if rows:
                marks = ", ".join("?" for _ in rows[0])
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _read_and_parse(root: Path, csv_path: Path, count: int) -> float:
    ws = Workspace.open(root / "parse.sqlite3", clock=lambda: TODAY)
    try:
        started = time.perf_counter()
        loaded = planning.load(ws.db, csv_path, sheet=None, header_row=None, mapping=None)
        columns = prepare(resolve_columns(loaded.titles, loaded.mapping))
        parsed = sum(
            isinstance(parse_row(cells, columns, n), ParsedRow)
            for n, cells in enumerate(loaded.table.rows(), start=1)
            if n > loaded.header + 1
        )
        elapsed = time.perf_counter() - started
    finally:
        ws.close()
    assert parsed == count, parsed
    return elapsed


def _child_import(csv_path: Path, db_path: Path) -> None:
    """Run in a separate process: the full import twice, then the peak memory."""
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    try:
        started = time.perf_counter()
        result = ws.exporter_import.run(csv_path)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = ws.exporter_import.run(csv_path)
        second = time.perf_counter() - started
    finally:
        ws.close()
    print(first, second, _peak_mb(), result.added, again.unchanged)


def _peak_mb() -> float:
    """This process's peak memory: VmHWM (ru_maxrss would count the parent's pages at fork)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(count: int) -> int:
    with tempfile.TemporaryDirectory(prefix="res-bench-") as folder:
        root = Path(folder)
        csv_path = root / "реестр.csv"
        started = time.perf_counter()
        companies = demo_companies(TODAY, count)
        write_csv(companies, csv_path, export_fields([2023, 2024, 2025]))
        generate_s = time.perf_counter() - started
        size_mb = csv_path.stat().st_size / 2**20

        started = time.perf_counter()
        rows = sum(1 for _row in read_table(csv_path).rows())
        read_s = time.perf_counter() - started
        assert rows == count + 1, rows
        parse_s = _read_and_parse(root, csv_path, count)

        bare_s = _bare_insert(companies, root / "bare.sqlite3")
        del companies
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(csv_path), str(root / "full.sqlite3")],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        first, second, peak_mb, added, unchanged = done.stdout.split()
    full_s, again_s = float(first), float(second)
    floor_s = read_s + bare_s
    ratio = full_s / floor_s
    print(f"companies                     {count:>9}  (CSV {size_mb:.1f} MB)")
    print(f"generate the CSV              {generate_s:9.2f} s")
    print(f"read the file (rows of cells) {read_s:9.2f} s")
    print(f"read + parse into companies   {parse_s:9.2f} s")
    print(f"bare executemany, same rows   {bare_s:9.2f} s")
    print(f"full import (added {added})   {full_s:9.2f} s")
    print(f"same file again ({unchanged} unchanged) {again_s:9.2f} s")
    print(f"ratio full / (read + bare)    {ratio:9.2f}   goal ≤ {RATIO_GOAL:.0f}")
    print(f"peak memory of the import     {float(peak_mb):9.0f} MB  goal < {MEMORY_GOAL_MB}")
    ok = ratio <= RATIO_GOAL and float(peak_mb) < MEMORY_GOAL_MB
    print("goals:", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child_import(Path(sys.argv[2]), Path(sys.argv[3]))
        sys.exit(0)
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
