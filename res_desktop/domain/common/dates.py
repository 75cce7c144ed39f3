"""The date rules every record shares, each with its one Russian message.

A rule returns the message when the value breaks it and None when it holds or the value is
absent, so that a validation function writes ``errors[field] = message`` only when there is one.
``what`` is the field's name as the message starts it («Дата включения»); ``earliest_what`` is
the other date in the genitive («даты начала»).
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

Day = TypeVar("Day", dt.date, int)
"""A day, or a year where a record plans by years (the programme)."""


def is_future(day: dt.date | None, today: dt.date) -> bool:
    """What has been done cannot have been done tomorrow."""
    return day is not None and day > today


def not_after_today(day: dt.date | None, today: dt.date, what: str) -> str | None:
    """«Дата акта не может быть позже сегодняшней.»"""
    return f"{what} не может быть позже сегодняшней." if is_future(day, today) else None


def not_before(
    value: Day | None, earliest: Day | None, what: str, earliest_what: str
) -> str | None:
    """«Дата окончания не может быть раньше даты начала.»; no message while either is unknown."""
    if value is None or earliest is None or value >= earliest:
        return None
    return f"{what} не может быть раньше {earliest_what}."


def within(
    day: dt.date | None, earliest: dt.date, today: dt.date, what: str, earliest_what: str
) -> str | None:
    """«Дата протокола должна быть не раньше даты заседания и не позже сегодняшней.»

    ``what`` is a feminine noun («Дата …»), as every such field is."""
    if day is None or earliest <= day <= today:
        return None
    return f"{what} должна быть не раньше {earliest_what} и не позже сегодняшней."


def year_as_of(year: int, today: dt.date) -> dt.date:
    """The day a year's figures stand on: its last day once it is over, else today."""
    return min(dt.date(year, 12, 31), today)


def dated_by(day: dt.date | None, as_of: dt.date) -> bool:
    """Whether a dated record counts «as of» a day: dated on or before it (undated: no)."""
    return day is not None and day <= as_of
