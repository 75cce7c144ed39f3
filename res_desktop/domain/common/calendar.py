"""Working days by the Russian production calendar, and the quarterly report's due date."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

REPORT_WORKING_DAY = 6
"""The quarterly report is due not later than the 6th working day after the quarter."""


@cache
def _calendar(year: int) -> holidays.HolidayBase:
    """holidays' Russia: public holidays, moved days off, and working Saturdays (imported
    here, on the window's first background job, not at start-up)."""
    import holidays

    return holidays.country_holidays("RU", years=year)


def is_working_day(day: dt.date) -> bool:
    """Weekends and days off are not; a moved working Saturday (e.g. 02.11.2024) is."""
    return bool(_calendar(day.year).is_working_day(day))


def nth_working_day(year: int, month: int, n: int) -> dt.date:
    if n < 1:
        raise ValueError("n must be at least 1")
    day = dt.date(year, month, 1)
    count = 0
    while True:
        if is_working_day(day):
            count += 1
            if count == n:
                return day
        day += dt.timedelta(days=1)


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1..4, not {quarter}")
    start = dt.date(year, 3 * quarter - 2, 1)
    after = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, after - dt.timedelta(days=1)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarterly_report_due(year: int, quarter: int) -> dt.date:
    """The 6th working day of the month after the quarter."""
    _, end = quarter_bounds(year, quarter)
    following = end + dt.timedelta(days=1)
    return nth_working_day(following.year, following.month, REPORT_WORKING_DAY)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
    days = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        days += is_working_day(day)
    return days


ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


def quarter_label(year: int, quarter: int) -> str:
    return f"{ROMAN_QUARTERS[quarter]} квартал {year} года"
