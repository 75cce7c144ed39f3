"""Row values <-> Python values: dates as ISO text, flags as integers."""

from __future__ import annotations

import datetime as dt

from res_desktop.clock import timestamp


def date_to_db(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def date_from_db(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def now_text() -> str:
    return timestamp().isoformat(timespec="seconds")
