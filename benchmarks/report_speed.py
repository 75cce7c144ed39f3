"""How long the demo quarterly report takes, step by step (goal: the PDF in under 2 s).

Run: python benchmarks/report_speed.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.quarterly import build_quarterly
from res_desktop.services.demo.region import build_demo

GOAL_SECONDS = 2.0


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="res-bench-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        ws = build_demo(root / "demo.sqlite3")
        demo_s = time.perf_counter() - started
        try:
            started = time.perf_counter()
            data = ws.reports.report_data(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
            data_s = time.perf_counter() - started
        finally:
            ws.close()
        timings = []
        for run in range(3):  # the first run also loads the fonts
            started = time.perf_counter()
            out = build_quarterly(data, root / f"quarterly-{run}.pdf")
            timings.append(time.perf_counter() - started)
        size_kb = out.stat().st_size / 1024
    print(f"build_demo          {demo_s:6.3f} s")
    print(f"build_report_data   {data_s:6.3f} s")
    print(f"build_quarterly     {timings[0]:6.3f} s (first, fonts loaded)")
    print(f"build_quarterly     {min(timings[1:]):6.3f} s (warm, best of 2)")
    print(f"PDF size            {size_kb:6.0f} KB")
    ok = timings[0] < GOAL_SECONDS
    print(f"goal < {GOAL_SECONDS:.0f} s for the report: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
