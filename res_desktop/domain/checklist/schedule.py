"""The Standard's yearly plan-schedule (Приложение): instruments implemented by each date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# (month, day, instruments implemented); the last entry is the year end.
PLAN_SCHEDULE: tuple[tuple[int, int, int], ...] = (
    (2, 1, 2),
    (3, 1, 2),
    (4, 1, 2),
    (5, 1, 2),
    (6, 1, 3),
    (7, 1, 4),
    (8, 1, 4),
    (9, 1, 5),
    (10, 1, 7),
    (11, 1, 8),
    (12, 1, 9),
    (12, 31, 11),
)


@dataclass(frozen=True)
class Milestone:
    date: dt.date
    required: int

    @property
    def is_year_end(self) -> bool:
        return (self.date.month, self.date.day) == (12, 31)


@dataclass(frozen=True)
class ScheduleVerdict:
    on: dt.date
    required: int
    actual: int
    current: Milestone | None
    next: Milestone | None

    @property
    def on_track(self) -> bool:
        return self.actual >= self.required

    @property
    def shortfall(self) -> int:
        return max(self.required - self.actual, 0)

    @property
    def needed_for_next(self) -> int:
        """How many more instruments the next schedule date needs."""
        return max(self.next.required - self.actual, 0) if self.next else 0


def milestones(year: int) -> list[Milestone]:
    return [Milestone(dt.date(year, m, d), n) for m, d, n in PLAN_SCHEDULE]


def verdict(on: dt.date, actual: int) -> ScheduleVerdict:
    """Required count is that of the latest schedule date on or before ``on``."""
    passed = [m for m in milestones(on.year) if m.date <= on]
    upcoming = [m for m in milestones(on.year) if m.date > on]
    current = passed[-1] if passed else None
    return ScheduleVerdict(
        on=on,
        required=current.required if current else 0,
        actual=actual,
        current=current,
        next=upcoming[0] if upcoming else None,
    )
