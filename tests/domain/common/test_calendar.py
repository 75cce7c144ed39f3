"""The production calendar against the official ones for 2024-2026, and report due dates."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop.domain.common.calendar import is_working_day
from res_desktop.domain.common.calendar import nth_working_day
from res_desktop.domain.common.calendar import quarter_bounds
from res_desktop.domain.common.calendar import quarter_label
from res_desktop.domain.common.calendar import quarterly_report_due
from res_desktop.domain.common.calendar import working_days_between

# Working days per month, from the production calendars approved by the Government of Russia.
OFFICIAL_MONTHS = {
    2024: [17, 20, 20, 21, 20, 19, 23, 22, 21, 23, 21, 21],
    2025: [17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22],
    2026: [15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22],
}
WORKING_SATURDAYS = [
    dt.date(2024, 4, 27),
    dt.date(2024, 11, 2),
    dt.date(2024, 12, 28),
    dt.date(2025, 11, 1),
]
MOVED_DAYS_OFF = [
    dt.date(2024, 4, 29),
    dt.date(2024, 4, 30),
    dt.date(2024, 5, 10),
    dt.date(2024, 12, 30),
    dt.date(2024, 12, 31),
    dt.date(2025, 5, 2),
    dt.date(2025, 5, 8),
    dt.date(2025, 6, 13),
    dt.date(2025, 11, 3),
    dt.date(2025, 12, 31),
    dt.date(2026, 1, 9),
    dt.date(2026, 3, 9),
    dt.date(2026, 5, 11),
    dt.date(2026, 12, 31),
]
# (year, quarter) -> the 6th working day of the following month, counted by hand on the
# official calendars.
OFFICIAL_DUE = {
    (2024, 1): dt.date(2024, 4, 8),
    (2024, 2): dt.date(2024, 7, 8),
    (2024, 3): dt.date(2024, 10, 8),
    (2024, 4): dt.date(2025, 1, 16),
    (2025, 1): dt.date(2025, 4, 8),
    (2025, 2): dt.date(2025, 7, 8),
    (2025, 3): dt.date(2025, 10, 8),
    (2025, 4): dt.date(2026, 1, 19),
    (2026, 1): dt.date(2026, 4, 8),
    (2026, 2): dt.date(2026, 7, 8),
    (2026, 3): dt.date(2026, 10, 8),
}


def _working_days_in(year: int, month: int) -> int:
    day, count = dt.date(year, month, 1), 0
    while day.month == month:
        count += is_working_day(day)
        day += dt.timedelta(days=1)
    return count


@pytest.mark.parametrize("year", sorted(OFFICIAL_MONTHS))
def test_working_days_per_month_match_the_official_calendar(year: int) -> None:
    assert [_working_days_in(year, m) for m in range(1, 13)] == OFFICIAL_MONTHS[year]


@pytest.mark.parametrize("day", WORKING_SATURDAYS, ids=str)
def test_moved_working_saturdays_are_working_days(day: dt.date) -> None:
    assert day.weekday() == 5
    assert is_working_day(day)


@pytest.mark.parametrize("day", MOVED_DAYS_OFF, ids=str)
def test_moved_days_off_are_not_working_days(day: dt.date) -> None:
    assert day.weekday() < 5
    assert not is_working_day(day)


def test_ordinary_saturday_and_weekday() -> None:
    assert not is_working_day(dt.date(2026, 11, 21))
    assert is_working_day(dt.date(2026, 11, 24))


@pytest.mark.parametrize(("period", "due"), sorted(OFFICIAL_DUE.items()), ids=str)
def test_quarterly_report_due_dates(period: tuple[int, int], due: dt.date) -> None:
    assert quarterly_report_due(*period) == due


def test_due_date_counts_a_working_saturday() -> None:
    """November 2025 begins with a working Saturday, which counts as its 1st working day."""
    assert nth_working_day(2025, 11, 1) == dt.date(2025, 11, 1)
    assert nth_working_day(2025, 11, 2) == dt.date(2025, 11, 5)


def test_quarter_bounds_and_label() -> None:
    assert quarter_bounds(2026, 4) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert quarter_bounds(2026, 1) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert quarter_label(2026, 3) == "III квартал 2026 года"
    with pytest.raises(ValueError):
        quarter_bounds(2026, 5)


def test_working_days_between() -> None:
    assert working_days_between(dt.date(2026, 11, 24), dt.date(2026, 11, 24)) == 0
    assert working_days_between(dt.date(2026, 11, 20), dt.date(2026, 11, 24)) == 2
    assert working_days_between(dt.date(2025, 12, 30), dt.date(2026, 1, 19)) == 6
