"""One way to run slow work off the GUI thread; results come back by signal."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import Signal

from res_desktop.services.common.workspace import Workspace

log = logging.getLogger(__name__)
ProgressFn = Callable[[int, str], None]


class _Signals(QObject):
    progressed = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn, self.signals = fn, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progressed.emit)
        except BaseException as error:  # the GUI must hear of every end, or it waits for ever
            log.error("Ошибка фоновой задачи:\n%s", traceback.format_exc())
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


_KEEP: set[_Signals] = set()


def run_in_background(
    fn: Callable[[ProgressFn], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: ProgressFn | None = None,
) -> _Signals:
    """``fn(progress)`` runs on the pool and must not touch widgets."""
    signals = _Signals()
    _KEEP.add(signals)
    signals.finished.connect(on_done)
    signals.failed.connect(on_error)
    if on_progress is not None:
        signals.progressed.connect(on_progress)
    signals.finished.connect(lambda _r: _KEEP.discard(signals))
    signals.failed.connect(lambda _e: _KEEP.discard(signals))
    QThreadPool.globalInstance().start(_Job(fn, signals))
    return signals


def run_on_own_connection(
    ws: Workspace,
    task: Callable[[Workspace, ProgressFn], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: ProgressFn,
    *,
    answers: tuple[type[BaseException], ...] = (),
) -> _Signals:
    """``task(own, progress)`` on the pool with its own connection to ``ws``'s file (SQLite's
    are not shared between threads); an exception of ``answers`` (a cancel) is an outcome
    for ``on_done``, not an error for ``on_error``."""
    db_path, clock = ws.path, ws.clock

    def work(progress: ProgressFn) -> Any:
        own = Workspace.open(db_path, clock=clock)
        try:
            return task(own, progress)
        except answers as answer:
            return answer
        finally:
            own.close()

    return run_in_background(work, on_done=on_done, on_error=on_error, on_progress=on_progress)


class SharedReader:
    """One read-only connection to ``ws``'s file, opened on the first job and kept (opening
    costs ~100 ms, a registry page ~40 ms at 100,000 companies); the pool's jobs take turns
    on it, so queries never run on the GUI thread and never see a half-done write.

    ``run(task, superseded=…)`` skips a job whose answer nobody wants any more before it
    starts (typing a search queues one query per pause, only the last one counts).
    """

    SKIPPED = object()  # what ``on_done`` receives for a job skipped as superseded

    def __init__(self, ws: Workspace) -> None:
        self._path, self._clock = ws.path, ws.clock
        self._lock = threading.Lock()
        self._reader: Workspace | None = None
        self._closed = False

    def run(
        self,
        task: Callable[[Workspace], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        superseded: Callable[[], bool] = lambda: False,
    ) -> _Signals:
        def work(_progress: ProgressFn) -> Any:
            with self._lock:
                if self._closed or superseded():
                    return self.SKIPPED
                if self._reader is None:
                    self._reader = Workspace.open(self._path, clock=self._clock, read_only=True)
                return task(self._reader)

        return run_in_background(work, on_done=on_done, on_error=on_error)

    def close(self) -> None:
        """Close the connection (after the job that holds it, if one runs); later jobs are
        skipped."""
        with self._lock:
            self._closed = True
            if self._reader is not None:
                self._reader.db.conn.close()
                self._reader = None


class LatestAnswer:
    """A page's figures computed on a SharedReader: only the answer to the last ``ask``
    reaches ``on_done`` (an older job is skipped before it starts, or its answer dropped),
    so a refresh asked while one runs never shows stale figures after fresh ones."""

    def __init__(
        self,
        ws: Workspace,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.reader = SharedReader(ws)
        self._on_done, self._on_error = on_done, on_error
        self._generation = 0
        self.busy = False

    def ask(self, task: Callable[[Workspace], Any]) -> None:
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.reader.run(
            task,
            on_done=lambda answer: self._answered(generation, answer, self._on_done),
            on_error=lambda error: self._answered(generation, error, self._on_error),
            superseded=lambda: generation != self._generation,
        )

    def _answered(self, generation: int, answer: Any, to: Callable[[Any], None]) -> None:
        if generation != self._generation or answer is SharedReader.SKIPPED:
            return  # a newer ask is on its way
        self.busy = False
        to(answer)

    def close(self) -> None:
        self.reader.close()
