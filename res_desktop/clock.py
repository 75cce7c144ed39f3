"""The one place that reads the system clock (tests/test_architecture.py keeps it so).

Business dates — «as of» dates, deadlines, the date on a report — come from the workspace's
injected ``Clock`` (``Workspace.today()``), whose default is ``system_today``. Only the time of
day of a «generated at» stamp and the technical stamps of audit columns and backup file names
read the wall clock, through the functions below.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

Clock = Callable[[], dt.date]


def system_today() -> dt.date:
    """The default clock of a workspace."""
    return dt.date.today()


def wall_time() -> dt.time:
    """The time of day, to the second, for a «generated at» stamp."""
    return dt.datetime.now().time().replace(microsecond=0)


def stamped(day: dt.date) -> dt.datetime:
    """``day`` (the workspace's date: an injected clock in tests) at the wall-clock time."""
    return dt.datetime.combine(day, wall_time())


def epoch_seconds() -> float:
    """Now as a file's mtime counts it: how old a crash's temporary file is."""
    return time.time()


def timestamp() -> dt.datetime:
    """Now, to the second: when a row was written or a backup taken (not a business date)."""
    return dt.datetime.now().replace(microsecond=0)
