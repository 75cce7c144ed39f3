"""Start-up to the first painted, idle window, and the longest GUI-thread stall (issue 17).

    python3 benchmarks/startup.py [N]

Each case runs in its own process, timed from before PySide6 is imported: a bare PySide6
window, the demo (first start, which builds the demo, and a later one, which copies it),
and the demo with N more companies (100,000 by default, the generator of registry_table.py).
Once idle, a 5 ms heartbeat timer runs while every page is opened in turn, twice, then the
checklist's year is changed back and forth, the registry is searched, sorted and scrolled
(to the end and back) and the data change that refreshes «Сводка» is replayed; the longest
gap between beats less 5 ms is the stall. Figures are printed against the goals (1.5 s,
100 ms) and as ratios to the bare window, and each step's worst stall.

The children write and reuse bytecode (in the run's own folder), as an installed app does:
where PYTHONDONTWRITEBYTECODE is set, every start would compile every module afresh.

    python3 benchmarks/startup.py [N] [--db FILE]   (--db: a registry built by an earlier run)
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START_TARGET_S = 1.5
STALL_TARGET_MS = 100.0
HEARTBEAT_MS = 5


def _child(kind: str, db: str) -> None:  # noqa: C901, PLR0915 (one start, read top-down)
    """One start: prints {"start": seconds, "stall": ms} as JSON on the last line."""
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import QObject
    from PySide6.QtCore import Qt
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QMainWindow

    from res_desktop.gui.common.app import make_application
    from res_desktop.gui.common.app import open_workspace

    app: QApplication = make_application(["startup"]) if kind != "bare" else QApplication([])
    figures: dict[str, float] = {}
    if kind == "bare":
        window: QMainWindow = QMainWindow()
        window.resize(1280, 800)
    else:
        from res_desktop.gui.common.main_window import MainWindow

        ws = open_workspace(Path(db) if kind == "db" else None, demo=kind == "demo")
        window = MainWindow(ws)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
            if event.type() == QEvent.Type.Paint and "painted" not in figures:
                figures["painted"] = time.perf_counter() - STARTED
                QTimer.singleShot(0, idle)
            return False

    def idle() -> None:
        figures["start"] = time.perf_counter() - STARTED
        QTimer.singleShot(0, stalls)

    beats: list[float] = []
    worst: dict[str, float] = {}
    current = ["старт"]
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)

    def beat() -> None:
        now = time.perf_counter()
        if beats:
            gap = (now - beats[-1]) * 1000 - HEARTBEAT_MS
            worst[current[0]] = max(worst.get(current[0], 0.0), gap)
        beats.append(now)

    heartbeat.timeout.connect(beat)

    nav = getattr(window, "nav", None)

    def step_to(row: int) -> None:
        assert nav is not None
        current[0] = nav.item(row).text()
        nav.setCurrentRow(row)

    def change_year(index: int) -> None:
        current[0] = "Инструменты: смена года"
        window.instruments.panel.year.setCurrentIndex(index)  # type: ignore[attr-defined]

    def registry() -> Any:
        return window.exporters.registry  # type: ignore[attr-defined]

    def search(text: str) -> None:
        current[0] = "Реестр: поиск"
        registry().filters.search.setText(text)  # debounced: the query starts 250 ms later

    def sort(column: int) -> None:
        current[0] = "Реестр: сортировка"
        registry().table.sortByColumn(column, Qt.SortOrder.DescendingOrder)

    def scroll(to_end: bool) -> None:
        current[0] = "Реестр: прокрутка"
        table = registry().table
        table.scrollToBottom() if to_end else table.verticalScrollBar().setValue(
            table.verticalScrollBar().maximum() // 2
        )

    def data_changed() -> None:
        current[0] = "Сводка: изменение данных"
        window._data_changed()  # type: ignore[attr-defined]  # what an edit or undo does

    def stalls() -> None:
        heartbeat.start()
        steps: list[Callable[[], None]] = []
        if nav is not None:
            rows = list(range(1, nav.count())) + list(range(nav.count()))
            steps = [partial(step_to, r) for r in [*rows, 1]]
            steps += [partial(change_year, 1), partial(change_year, 0)]
            steps += [partial(step_to, 4), partial(search, "экспорт"), partial(search, "")]
            steps += [partial(sort, 5), partial(sort, 8), partial(sort, 1)]
            steps += [partial(scroll, True), partial(scroll, False), partial(scroll, True)]
            steps += [partial(step_to, 0), data_changed, data_changed]
        for number, step in enumerate(steps):
            QTimer.singleShot(300 * (number + 1), step)
        QTimer.singleShot(300 * (len(steps) + 2), finish)

    def finish() -> None:
        heartbeat.stop()
        if nav is not None:
            assert nav.currentRow() == 0, "the pages did not open"
        figures["stall"] = max(worst.values(), default=0.0)
        by_step = {page: round(ms) for page, ms in worst.items()}
        print("stalls:", json.dumps(by_step, ensure_ascii=False), file=sys.stderr)
        app.quit()

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    print(json.dumps(figures))


def _run(kind: str, db: str, home: Path, *, quiet: bool = False) -> dict[str, float]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}  # fmt: skip
    env["PYTHONPYCACHEPREFIX"] = str(home / "pyc")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, db],
        env=env, capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    stalls = [line for line in out.stderr.splitlines() if line.startswith("stalls:")]
    if stalls and not quiet:
        print("   ", stalls[-1].replace("stalls:", "наибольшее замирание, мс, по шагам:"))
    return figures


def _big_demo(home: Path, n: int) -> Path:
    """The demo with ``n`` more companies, built once in ``home``."""
    from benchmarks.registry_table import generate_registry
    from res_desktop.services.demo.region import build_demo

    path = home / "big.sqlite3"
    ws = build_demo(path, with_reports=True)
    first = ws.db.execute("SELECT coalesce(max(id), 0) + 1 FROM company").fetchone()[0]
    generate_registry(ws.db.conn, n, first_id=first + 1_000_000)
    ws.close()
    return path


def main(n: int = 100_000, given: str = "") -> None:
    home = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    cases = [
        ("Пустое окно PySide6", "bare", ""),
        ("Демо, первый запуск (сборка демо)", "demo", ""),
        ("Демо, повторный запуск", "demo", ""),
    ]
    if given:
        big = Path(given)
    else:
        print(f"Сборка демо с {n:,} организациями…".replace(",", " "), flush=True)
        big = _big_demo(home, n)
    cases.append((f"{n:,} организаций".replace(",", " "), "db", str(big)))
    _run("bare", "", home, quiet=True)  # warm-up: the first start of a run writes the bytecode
    bare: dict[str, float] | None = None
    print(f"{'':<40} {'запуск':>8} {'× пуст.':>8} {'цель':>6} {'задержка':>9} {'× пуст.':>8}")
    for label, kind, db in cases:
        figures = _run(kind, db, home)
        bare = bare or figures
        start, stall = figures["start"], figures["stall"]
        verdict = "OK" if start <= START_TARGET_S else "МЕДЛЕННО"
        stall_verdict = "OK" if stall <= STALL_TARGET_MS else "ЗАМИРАЕТ"
        print(
            f"{label:<40} {start:7.2f}s {start / bare['start']:7.1f}× {verdict:>6} "
            f"{stall:7.0f}ms {stall / max(bare['stall'], 1.0):7.1f}× {stall_verdict}",
            flush=True,
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
    else:
        args = sys.argv[1:]
        given = args[args.index("--db") + 1] if "--db" in args else ""
        numbers = [a for a in args if a.isdigit()]
        main(int(numbers[0]) if numbers else 100_000, given)
