"""The dashboard's countdown to the next quarterly report."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.common.deadlines import next_report_deadline


def test_last_quarter_is_due_until_sent() -> None:
    deadline = next_report_deadline(dt.date(2026, 10, 1), set())
    assert (deadline.year, deadline.quarter) == (2026, 3)
    assert deadline.due == dt.date(2026, 10, 8)
    assert deadline.working_days_left == 5
    assert not deadline.overdue
    assert deadline.label == "III квартал 2026 года"


def test_due_day_itself_is_not_overdue() -> None:
    deadline = next_report_deadline(dt.date(2026, 10, 8), set())
    assert deadline.working_days_left == 0
    assert not deadline.overdue


def test_day_after_due_is_overdue() -> None:
    deadline = next_report_deadline(dt.date(2026, 10, 9), set())
    assert deadline.overdue
    assert deadline.working_days_left == -1


def test_sent_report_moves_on_to_the_current_quarter() -> None:
    deadline = next_report_deadline(dt.date(2026, 11, 24), {(2026, 3)})
    assert (deadline.year, deadline.quarter) == (2026, 4)
    assert deadline.due == dt.date(2027, 1, 18)
    assert not deadline.overdue


def test_january_looks_back_to_the_previous_year() -> None:
    deadline = next_report_deadline(dt.date(2026, 1, 12), set())
    assert (deadline.year, deadline.quarter) == (2025, 4)
    assert deadline.due == dt.date(2026, 1, 19)
    assert deadline.working_days_left == 5


def test_weekend_after_a_missed_friday_deadline_is_overdue() -> None:
    # III quarter 2021 was due on Friday 08.10.2021.
    deadline = next_report_deadline(dt.date(2021, 10, 9), set())
    assert deadline.due == dt.date(2021, 10, 8)
    assert deadline.overdue
    assert deadline.working_days_left == -1
