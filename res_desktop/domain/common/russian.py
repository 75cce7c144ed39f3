"""Russian text of numbers, money, percentages, dates and noun forms; the one number parser.

Everything the user reads or types as a figure goes through here, so that the window, the
PDFs, the command line and the spreadsheet importer agree: thousands grouped with
non-breaking spaces («100 300»), a decimal comma («1 234,5»), and input read back exactly
(``parse_number(format_edit(x)) == x``). Built on Babel's CLDR data for Russian.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern
from babel.numbers import get_decimal_symbol
from babel.numbers import get_group_symbol
from babel.numbers import parse_pattern

_RU = Locale.parse("ru")
GROUP = get_group_symbol(_RU)  # U+00A0: a group never breaks across lines
DECIMAL = get_decimal_symbol(_RU)  # «,»
NO_VALUE = "—"
NO_DATA = "нет данных"  # a figure nobody recorded, where «0,0» would read as a zero
MAX_FIGURE = 1e15  # larger is a typing slip (or «1e400»), not a regional figure

NUMBER_HINT = f"Введите число, например 1{GROUP}234,5."
WHOLE_HINT = "Введите целое число."
_LIMIT_TEXT = GROUP.join(("1", "000", "000", "000", "000", "000"))  # MAX_FIGURE
TOO_LARGE = f"Слишком большое число: не более {_LIMIT_TEXT} по модулю."
NOT_FINITE = f"Недопустимое значение: {NUMBER_HINT[0].lower()}{NUMBER_HINT[1:]}"


# -- plurals ---------------------------------------------------------------------------
def plural_word(n: int, one: str, few: str, many: str) -> str:
    """The noun form for ``n``: «инструмент» (1, 21), «инструмента» (2–4), «инструментов»."""
    form = _RU.plural_form(abs(n))
    return one if form == "one" else few if form == "few" else many


def plural(n: int, one: str, few: str, many: str) -> str:
    """«1 инструмент», «2 инструмента», «100 300 компаний»."""
    return f"{count(n)} {plural_word(n, one, few, many)}"


def plural_genitive(n: int, singular: str, many: str) -> str:
    """After «не менее», «не хватает», «из»: «1 инструмента», «21 инструмента», «4 инструментов».

    The genitive has one form for 1, 21, 31… (``singular``) and one for every other count.
    """
    one = _RU.plural_form(abs(n)) == "one"
    return f"{count(n)} {singular if one else many}"


# -- numbers for reading ---------------------------------------------------------------
@cache
def _pattern(min_decimals: int, max_decimals: int) -> NumberPattern:
    fraction = "0" * min_decimals + "#" * (max_decimals - min_decimals)
    return parse_pattern("#,##0" + (f".{fraction}" if fraction else ""))


def number(value: float | None, decimals: int = 1, *, fixed: bool = False) -> str:
    """«1 234,5», «100 300»: up to ``decimals`` fraction digits (exactly, when ``fixed``).

    None and a non-finite value (from an old database) read «—»: there is no figure.
    """
    if value is None or not math.isfinite(value):
        return NO_VALUE
    text: str = _pattern(decimals if fixed else 0, decimals).apply(value, _RU)
    if text.startswith("-") and not text.strip("-0,"):
        text = text[1:]  # -0.04 rounded is «0», not «-0»
    return text


def count(n: int) -> str:
    """A whole number of things: «100 300»."""
    return number(n, 0)


def amount(value: float | None, unit: str, decimals: int = 1) -> str:
    """A figure with its unit: «1 234,5 млн руб.», «12,5 тыс. долл.»."""
    text = number(value, decimals)
    return text if text == NO_VALUE else f"{text}{GROUP}{unit}"


def roubles(value: int | None) -> str:
    """«80 000 000 ₽»: whole roubles, as the Plan's tables print them."""
    return amount(value, "₽", 0)


def percent(value: float | None, decimals: int = 1, *, fixed: bool = False) -> str:
    """A value already in per cent: 134.1 -> «134,1%»."""
    text = number(value, decimals, fixed=fixed)
    return text if text == NO_VALUE else f"{text}%"


def share(fraction: float | None, decimals: int = 1) -> str:
    """A fraction as per cent, always with ``decimals`` digits: 0.341 -> «34,1%»."""
    return percent(None if fraction is None else fraction * 100, decimals, fixed=True)


# -- numbers for editing and for spreadsheets ------------------------------------------
def _exact_parts(value: float) -> tuple[str, str, str]:
    """Sign, integer digits and fraction digits of the shortest decimal that reads back
    as ``value`` (Python's repr), written out without an exponent."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    text = format(Decimal(repr(float(value)) if isinstance(value, float) else value), "f")
    sign = "-" if text.startswith("-") and value != 0 else ""  # -0.0 is typed as «0»
    whole, _, fraction = text.lstrip("-").partition(".")
    return sign, whole, fraction.rstrip("0")


def format_edit(value: float) -> str:
    """The figure as typed back into a field, with nothing lost: 9876543 -> «9 876 543»,
    0.1 -> «0,1», 12345678901.25 -> «12 345 678 901,25» (no rounding, no exponent)."""
    sign, whole, fraction = _exact_parts(value)
    grouped = f"{int(whole):,}".replace(",", GROUP)
    return sign + grouped + (DECIMAL + fraction if fraction else "")


def exact(value: float | None) -> str:
    """A figure shown as the user typed it (``format_edit``); «—» when absent or non-finite."""
    return NO_VALUE if value is None or not math.isfinite(value) else format_edit(value)


def edit_text(value: float | None) -> str:
    """The text of a field holding ``value``: empty when absent or non-finite (an old
    database's infinity is no data; the user types the figure anew)."""
    return "" if value is None or not math.isfinite(value) else format_edit(value)


def format_plain(value: float) -> str:
    """Exact, without grouping: «1234,5» — what Russian Excel reads as a number in a CSV."""
    sign, whole, fraction = _exact_parts(value)
    return sign + whole + (DECIMAL + fraction if fraction else "")


# -- the number parser -----------------------------------------------------------------
class NumberError(ValueError):
    """Text that is not an acceptable figure. ``str()`` is the sentence for a form field;
    ``reason`` is the short phrase for «“text” — reason» lists (rejected import rows)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']+")  # any space, the apostrophe (1'234)
_DIGITS = re.compile(r"(?:\d+|\d{1,3}(?: \d{3})+)(?:\.\d*)?|\.\d+")


def _normalised(text: str) -> str | None:
    """«-1 234,5» -> «-1234.5»; None when the text is not a plain decimal number.

    A decimal mark is a comma or a point; when both occur, the later one is the mark and
    the other groups thousands («1,234.5», «1.234,5»). Groups must be of three digits, so
    «12 34» or «1,2,3» is refused rather than misread.
    """
    s = text.strip().replace("\u2212", "-")
    sign = ""
    if s[:1] in ("-", "+"):
        sign, s = ("-" if s[0] == "-" else ""), s[1:]
    s = _SPACES.sub(" ", s)
    if "," in s and "." in s:
        mark = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if mark == "," else ",", " ")
    s = s.replace(",", ".")
    if s.count(".") > 1 or not _DIGITS.fullmatch(s):
        return None
    return sign + s.replace(" ", "")


def parse_number_or_none(text: str) -> float | None:
    """A figure typed in Russian, or None for an empty field.

    Accepts «1 234,5» (ordinary, non-breaking U+00A0 and narrow U+202F spaces), «1234.5»,
    a leading minus. Refuses words, ``inf``, ``nan``, exponents («1e400») and magnitudes
    above ``MAX_FIGURE`` with ``NumberError``.
    """
    if not text.strip():
        return None
    normal = _normalised(text)
    if normal is None:
        raise NumberError(NUMBER_HINT, "не число")
    value = float(normal)
    if not math.isfinite(value) or abs(value) > MAX_FIGURE:
        raise NumberError(TOO_LARGE, "слишком большое число")
    return value


def parse_number(text: str) -> float:
    """Like ``parse_number_or_none`` for a required field: empty is an error too."""
    value = parse_number_or_none(text)
    if value is None:
        raise NumberError(NUMBER_HINT, "не число")
    return value


def parse_whole_or_none(text: str) -> int | None:
    """A whole number («1 234»), or None for an empty field; «1,5» is refused."""
    value = parse_number_or_none(text)
    if value is None:
        return None
    if not value.is_integer():
        raise NumberError(WHOLE_HINT, "не целое число")
    return int(value)


def parse_whole(text: str) -> int:
    value = parse_whole_or_none(text)
    if value is None:
        raise NumberError(WHOLE_HINT, "не число")
    return value


# -- checks on stored figures ----------------------------------------------------------
def figure_error(value: float | None) -> str | None:
    """The Russian message for a figure a record must not store (``inf``, ``nan``, absurdly
    large), or None when it is a proper figure or absent."""
    if value is None:
        return None
    if not math.isfinite(value):
        return NOT_FINITE
    if abs(value) > MAX_FIGURE:
        return TOO_LARGE
    return None


def figure_errors(figures: Mapping[str, float | None]) -> dict[str, str]:
    """Field -> message for each figure ``figure_error`` refuses; for validation functions."""
    found = {field: figure_error(value) for field, value in figures.items()}
    return {field: message for field, message in found.items() if message}


def figure_or_none(value: float | None) -> float | None:
    """A stored figure fit to compute with; a non-finite one (an old database) is no data."""
    return value if value is not None and math.isfinite(value) else None


# -- dates -----------------------------------------------------------------------------
def date_short(day: dt.date | None, empty: str = NO_VALUE) -> str:
    """«01.12.2026»: ДД.ММ.ГГГГ, as official Russian documents write dates."""
    if day is None:
        return empty
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def datetime_short(moment: dt.datetime) -> str:
    """«01.12.2026 14:05»."""
    return f"{date_short(moment)} {moment.hour:02d}:{moment.minute:02d}"


def date_long(day: dt.date | None, empty: str = NO_VALUE) -> str:
    """«1 декабря 2026 г.»."""
    if day is None:
        return empty
    return str(format_date(day, "d MMMM y 'г'.", locale=_RU))
