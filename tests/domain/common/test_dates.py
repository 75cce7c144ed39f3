"""The shared date rules: the messages every record's validation gives, and when it gives none."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop.domain.common.dates import is_future
from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.common.dates import not_before
from res_desktop.domain.common.dates import within

TODAY = dt.date(2026, 11, 24)
DAY = dt.timedelta(days=1)


def test_a_future_date_is_refused_and_today_is_not() -> None:
    assert not_after_today(TODAY + DAY, TODAY, "Дата акта") == (
        "Дата акта не может быть позже сегодняшней."
    )
    assert not_after_today(TODAY, TODAY, "Дата акта") is None
    assert not_after_today(None, TODAY, "Дата акта") is None
    assert is_future(TODAY + DAY, TODAY)
    assert not is_future(TODAY, TODAY)
    assert not is_future(None, TODAY)


@pytest.mark.parametrize(
    ("value", "earliest", "message"),
    [
        (TODAY - DAY, TODAY, "Дата окончания не может быть раньше даты начала."),
        (TODAY, TODAY, None),
        (TODAY + DAY, TODAY, None),
        (None, TODAY, None),
        (TODAY, None, None),
    ],
)
def test_not_before(value: dt.date | None, earliest: dt.date | None, message: str | None) -> None:
    assert not_before(value, earliest, "Дата окончания", "даты начала") == message


def test_not_before_also_compares_years() -> None:
    assert not_before(2025, 2026, "Год окончания", "года начала") == (
        "Год окончания не может быть раньше года начала."
    )
    assert not_before(2026, 2026, "Год окончания", "года начала") is None


@pytest.mark.parametrize(
    ("day", "refused"),
    [
        (TODAY - 2 * DAY, True),
        (TODAY - DAY, False),
        (TODAY, False),
        (TODAY + DAY, True),
        (None, False),
    ],
)
def test_within(day: dt.date | None, refused: bool) -> None:
    message = within(day, TODAY - DAY, TODAY, "Дата протокола", "даты заседания")
    expected = "Дата протокола должна быть не раньше даты заседания и не позже сегодняшней."
    assert message == (expected if refused else None)
