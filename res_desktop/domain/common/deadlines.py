"""Which quarterly report is due next, and how many working days remain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from res_desktop.domain.common.calendar import quarter_label
from res_desktop.domain.common.calendar import quarter_of
from res_desktop.domain.common.calendar import quarterly_report_due
from res_desktop.domain.common.calendar import working_days_between


@dataclass(frozen=True)
class ReportDeadline:
    year: int
    quarter: int
    due: dt.date
    working_days_left: int  # negative: working days overdue
    sent: bool
    today: dt.date

    @property
    def overdue(self) -> bool:
        """Past the due day, weekends included (a Saturday after a Friday deadline is late)."""
        return not self.sent and self.today > self.due

    @property
    def label(self) -> str:
        return quarter_label(self.year, self.quarter)


def _previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def next_report_deadline(today: dt.date, sent: set[tuple[int, int]]) -> ReportDeadline:
    """The last ended quarter's report until it is sent, then the current quarter's."""
    current = (today.year, quarter_of(today))
    year, quarter = _previous_quarter(*current)
    if (year, quarter) in sent:
        year, quarter = current
    due = quarterly_report_due(year, quarter)
    if today <= due:
        left = working_days_between(today, due)
    else:
        left = -max(working_days_between(due, today), 1)
    return ReportDeadline(year, quarter, due, left, sent=(year, quarter) in sent, today=today)
