"""Spreading the year's Council meetings over the quarters, and the quarter-end warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from res_desktop.domain.common.calendar import ROMAN_QUARTERS
from res_desktop.domain.common.calendar import is_working_day
from res_desktop.domain.common.calendar import quarter_bounds
from res_desktop.domain.common.calendar import quarter_of
from res_desktop.domain.common.russian import plural
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingStatus

MAX_MEETINGS = 12
WARNING_DAYS = 30
SUGGESTED_DAY = 15
# How many meetings go into which quarters, for up to four a year: the later quarters first,
# so that a year's last meetings can hear the half-year's and the year's reports.
_QUARTERS = {1: (4,), 2: (2, 4), 3: (2, 3, 4), 4: (1, 2, 3, 4)}
# Months (0-based within the quarter) for k meetings in one quarter.
_MONTHS = {1: (1,), 2: (0, 2), 3: (0, 1, 2)}


@dataclass(frozen=True)
class QuarterPlan:
    quarter: int
    suggested: tuple[dt.date, ...]
    held: tuple[dt.date, ...]
    planned: tuple[dt.date, ...]

    @property
    def label(self) -> str:
        return f"{ROMAN_QUARTERS[self.quarter]} квартал"

    @property
    def covered(self) -> bool:
        return len(self.held) + len(self.planned) >= len(self.suggested)


def per_quarter(count: int) -> dict[int, int]:
    """Meetings in each quarter for ``count`` a year (1-12)."""
    count = max(1, min(count, MAX_MEETINGS))
    base, extra = divmod(count, 4)
    shares = dict.fromkeys((1, 2, 3, 4), base)
    for quarter in _QUARTERS.get(extra, ()):
        shares[quarter] += 1
    return shares


def working_day_from(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def suggested_dates(year: int, count: int) -> list[dt.date]:
    """The 15th (or the next working day) of the quarter's middle month, one per meeting."""
    dates = []
    for quarter, k in per_quarter(count).items():
        first_month = 3 * quarter - 2
        for offset in _MONTHS.get(k, ()):
            dates.append(working_day_from(dt.date(year, first_month + offset, SUGGESTED_DAY)))
    return sorted(dates)


def plan_year(year: int, count: int, meetings: Sequence[Meeting]) -> list[QuarterPlan]:
    """For each quarter: the suggested dates and the meetings held or planned in it."""
    suggested = suggested_dates(year, count)
    plans = []
    for quarter in (1, 2, 3, 4):
        start, end = quarter_bounds(year, quarter)
        inside = [m for m in meetings if start <= m.date <= end]
        plans.append(
            QuarterPlan(
                quarter=quarter,
                suggested=tuple(d for d in suggested if quarter_of(d) == quarter),
                held=tuple(sorted(m.date for m in inside if m.status is MeetingStatus.HELD)),
                planned=tuple(sorted(m.date for m in inside if m.status is MeetingStatus.PLANNED)),
            )
        )
    return plans


def quarter_without_meeting_warning(today: dt.date, meetings: Sequence[Meeting]) -> str | None:
    """Say so when the quarter ends within 30 days and no meeting is held or planned in it."""
    quarter = quarter_of(today)
    start, end = quarter_bounds(today.year, quarter)
    left = (end - today).days
    if left > WARNING_DAYS:
        return None
    if any(start <= m.date <= end and m.status is not MeetingStatus.CANCELLED for m in meetings):
        return None
    when = "сегодня" if left == 0 else f"через {plural(left, 'день', 'дня', 'дней')}"
    return (
        f"{ROMAN_QUARTERS[quarter]} квартал заканчивается {when}, заседание Экспортного совета "
        "в этом квартале не проведено и не запланировано."
    )
