"""Russian wording for report values: dates, counts, ordinals."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape


def date_ru(day: dt.date | None, empty: str = "—") -> str:
    """ДД.ММ.ГГГГ, the form official Russian documents use."""
    return day.strftime("%d.%m.%Y") if day else empty


def datetime_ru(moment: dt.datetime) -> str:
    return moment.strftime("%d.%m.%Y %H:%M")


def plural(n: int, one: str, few: str, many: str) -> str:
    """Pick the Russian noun form for ``n``: 1 инструмент, 2 инструмента, 5 инструментов."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def instruments_count(n: int) -> str:
    return f"{n} {plural(n, 'инструмент', 'инструмента', 'инструментов')}"


def markup(text: str) -> str:
    """Escape user text for reportlab's paragraph mini-markup; keep line breaks."""
    return escape(text.strip()).replace("\n", "<br/>")
