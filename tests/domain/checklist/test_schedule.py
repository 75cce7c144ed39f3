"""The yearly plan-schedule (Приложение) and the verdict on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop.domain.checklist.schedule import PLAN_SCHEDULE
from res_desktop.domain.checklist.schedule import milestones
from res_desktop.domain.checklist.schedule import verdict

YEAR = 2026
DAY = dt.timedelta(days=1)
SCHEDULE_IDS = [f"{d:02d}.{m:02d}" for m, d, _ in PLAN_SCHEDULE]


def test_schedule_matches_the_standard() -> None:
    assert [(m, d) for m, d, _ in PLAN_SCHEDULE] == [(m, 1) for m in range(2, 13)] + [(12, 31)]
    assert [n for _, _, n in PLAN_SCHEDULE] == [2, 2, 2, 2, 3, 4, 4, 5, 7, 8, 9, 11]


def test_milestones_of_a_year() -> None:
    found = milestones(YEAR)
    assert len(found) == 12
    assert all(m.date.year == YEAR for m in found)
    assert [m.date for m in found] == sorted(m.date for m in found)
    assert [m.is_year_end for m in found] == [False] * 11 + [True]


@pytest.mark.parametrize(("index", "entry"), list(enumerate(PLAN_SCHEDULE)), ids=SCHEDULE_IDS)
def test_verdict_on_the_schedule_date(index: int, entry: tuple[int, int, int]) -> None:
    month, day, required = entry
    on = dt.date(YEAR, month, day)
    result = verdict(on, required)
    assert result.required == required
    assert result.current is not None and result.current.date == on
    assert result.on_track
    assert not verdict(on, required - 1).on_track
    if index + 1 < len(PLAN_SCHEDULE):
        next_month, next_day, next_required = PLAN_SCHEDULE[index + 1]
        assert result.next is not None
        assert result.next.date == dt.date(YEAR, next_month, next_day)
        assert result.next.required == next_required
    else:
        assert result.next is None


@pytest.mark.parametrize(("index", "entry"), list(enumerate(PLAN_SCHEDULE)), ids=SCHEDULE_IDS)
def test_verdict_the_day_before(index: int, entry: tuple[int, int, int]) -> None:
    month, day, required = entry
    on = dt.date(YEAR, month, day) - DAY
    expected = PLAN_SCHEDULE[index - 1][2] if index else 0
    result = verdict(on, 0)
    assert result.required == expected
    assert result.next is not None
    assert result.next.date == dt.date(YEAR, month, day)
    assert result.next.required == required


@pytest.mark.parametrize("entry", PLAN_SCHEDULE, ids=SCHEDULE_IDS)
def test_verdict_the_day_after(entry: tuple[int, int, int]) -> None:
    month, day, required = entry
    on = dt.date(YEAR, month, day) + DAY
    result = verdict(on, 0)
    if on.year == YEAR:
        assert result.required == required
        assert result.current is not None and result.current.date == on - DAY
    else:  # the day after the year end starts the next year's schedule
        assert result.required == 0
        assert result.current is None
        assert result.next is not None and result.next.date == dt.date(YEAR + 1, 2, 1)


@pytest.mark.parametrize("on", [dt.date(YEAR, 1, 1), dt.date(YEAR, 1, 15), dt.date(YEAR, 1, 31)])
def test_nothing_required_before_1_february(on: dt.date) -> None:
    result = verdict(on, 0)
    assert result.required == 0
    assert result.on_track
    assert result.current is None
    assert result.next is not None
    assert (result.next.date, result.next.required) == (dt.date(YEAR, 2, 1), 2)
    assert result.needed_for_next == 2


def test_year_end_requires_11() -> None:
    result = verdict(dt.date(YEAR, 12, 31), 10)
    assert result.required == 11
    assert result.current is not None and result.current.is_year_end
    assert result.next is None
    assert result.shortfall == 1
    assert result.needed_for_next == 0
    assert not result.on_track


def test_shortfall() -> None:
    behind = verdict(dt.date(YEAR, 10, 15), 5)
    assert (behind.required, behind.actual, behind.shortfall) == (7, 5, 2)
    assert not behind.on_track
    ahead = verdict(dt.date(YEAR, 10, 15), 9)
    assert ahead.shortfall == 0
    assert ahead.on_track


def test_needed_for_next() -> None:
    assert verdict(dt.date(YEAR, 10, 15), 5).needed_for_next == 3  # 1 Nov needs 8
    assert verdict(dt.date(YEAR, 10, 15), 8).needed_for_next == 0
    assert verdict(dt.date(YEAR, 10, 15), 12).needed_for_next == 0
    assert verdict(dt.date(YEAR, 12, 1), 9).needed_for_next == 2  # year end needs 11
