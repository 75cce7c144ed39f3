"""The one home of Russian numbers, money, percentages, dates and noun forms."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from res_desktop.domain.common import russian as ru
from res_desktop.domain.common.russian import NumberError

NB = "\u00a0"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("1\u202f234,5", 1234.5),
        ("1234.5", 1234.5),
        ("1234,5", 1234.5),
        ("-1 234,5", -1234.5),
        ("\u22125", -5.0),
        ("  0,1 ", 0.1),
        ("9 876 543", 9876543.0),
        ("12 345 678 901,25", 12345678901.25),
        ("1,234,567.5", 1234567.5),  # spreadsheets: the later mark is the decimal one
        ("1.234,5", 1234.5),
        ("0", 0.0),
        ("1 000 000 000 000 000", 1e15),
    ],
)
def test_parser_reads_russian_figures(text: str, value: float) -> None:
    assert ru.parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    ["inf", "-inf", "nan", "NaN", "Infinity", "1e400", "1e3", "много", "12 34", "1,2,3",
     "1.2.3", "- 5", "1 000 000 000 000 001", "9" * 400, "0x10", "1_000"],
)  # fmt: skip
def test_parser_refuses_what_is_not_a_figure(text: str) -> None:
    with pytest.raises(NumberError) as refused:
        ru.parse_number(text)
    assert str(refused.value) in (ru.NUMBER_HINT, ru.TOO_LARGE)
    assert "например 1\u00a0234,5" in ru.NUMBER_HINT


def test_empty_is_none_or_an_error_where_required() -> None:
    assert ru.parse_number_or_none("  ") is None
    assert ru.parse_whole_or_none("") is None
    with pytest.raises(NumberError, match="Введите число"):
        ru.parse_number("")
    with pytest.raises(NumberError, match="Введите целое число"):
        ru.parse_whole(" ")


def test_whole_numbers() -> None:
    assert ru.parse_whole("1 234") == 1234
    assert ru.parse_whole("12,0") == 12
    with pytest.raises(NumberError) as refused:
        ru.parse_whole("1,5")
    assert str(refused.value) == ru.WHOLE_HINT
    assert refused.value.reason == "не целое число"
    with pytest.raises(NumberError, match="Введите число"):
        ru.parse_whole("inf")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (9876543, f"9{NB}876{NB}543"),
        (9876543.0, f"9{NB}876{NB}543"),
        (0.1, "0,1"),
        (12345678901.25, f"12{NB}345{NB}678{NB}901,25"),
        (1234.5678, f"1{NB}234,5678"),
        (0.30000000000000004, "0,30000000000000004"),
        (1e-7, "0,0000001"),
        (-1234.5, f"-1{NB}234,5"),
        (-0.0, "0"),
        (1e15, f"1{NB}000{NB}000{NB}000{NB}000{NB}000"),
    ],
)
def test_edit_format_is_exact(value: float, text: str) -> None:
    assert ru.format_edit(value) == text
    assert ru.parse_number(text) == value
    assert ru.format_plain(value) == text.replace(NB, "")


@given(st.floats(min_value=-ru.MAX_FIGURE, max_value=ru.MAX_FIGURE, allow_nan=False))
def test_every_accepted_figure_survives_an_edit(value: float) -> None:
    assert ru.parse_number(ru.format_edit(value)) == value
    assert ru.parse_number(ru.format_plain(value)) == value


@given(st.floats(min_value=-ru.MAX_FIGURE, max_value=ru.MAX_FIGURE, allow_nan=False))
def test_any_figure_shown_reads_back_as_a_number(value: float) -> None:
    shown = ru.number(value, 2)
    assert abs(ru.parse_number(shown) - value) <= 0.005 + abs(value) * 1e-15


def test_edit_format_refuses_non_finite() -> None:
    for value in (math.inf, -math.inf, math.nan):
        with pytest.raises(ValueError):
            ru.format_edit(value)


def test_numbers_for_reading() -> None:
    assert ru.number(100300) == f"100{NB}300"
    assert ru.count(100300) == f"100{NB}300"
    assert ru.number(1234.5) == f"1{NB}234,5"
    assert ru.number(1234.0) == f"1{NB}234"
    assert ru.number(1234.56, 1) == f"1{NB}234,6"
    assert ru.number(5, 1, fixed=True) == "5,0"
    assert ru.number(-0.04) == "0"
    assert ru.number(None) == "—"
    assert ru.number(math.inf) == "—"  # a non-finite figure from an old database: no data
    assert ru.number(math.nan) == "—"


def test_money_and_percentages() -> None:
    assert ru.amount(1234.5, "млн руб.") == f"1{NB}234,5{NB}млн руб."
    assert ru.roubles(80_000_000) == f"80{NB}000{NB}000{NB}₽"
    assert ru.percent(134.1) == "134,1%"
    assert ru.percent(30, 1, fixed=True) == "30,0%"
    assert ru.percent(math.inf) == "—"


def test_dates() -> None:
    assert ru.date_short(dt.date(2026, 12, 1)) == "01.12.2026"
    assert ru.date_short(None) == "—"
    assert ru.date_short(None, "") == ""
    assert ru.date_long(dt.date(2026, 12, 1)) == "1 декабря 2026 г."
    assert ru.date_long(dt.date(2026, 3, 5)) == "5 марта 2026 г."
    assert ru.datetime_short(dt.datetime(2026, 1, 2, 3, 4)) == "02.01.2026 03:04"


@pytest.mark.parametrize(
    ("n", "word"),
    [(0, "инструментов"), (1, "инструмент"), (2, "инструмента"), (4, "инструмента"),
     (5, "инструментов"), (11, "инструментов"), (12, "инструментов"), (14, "инструментов"),
     (21, "инструмент"), (22, "инструмента"), (25, "инструментов"), (101, "инструмент"),
     (111, "инструментов"), (-1, "инструмент"), (-22, "инструмента")],
)  # fmt: skip
def test_plurals(n: int, word: str) -> None:
    assert ru.plural_word(n, "инструмент", "инструмента", "инструментов") == word
    assert ru.plural(n, "инструмент", "инструмента", "инструментов") == f"{ru.count(n)} {word}"


def test_plural_groups_thousands() -> None:
    assert ru.plural(100300, "компания", "компании", "компаний") == f"100{NB}300 компаний"


def test_figure_checks() -> None:
    assert ru.figure_error(None) is None
    assert ru.figure_error(1234.5) is None
    assert ru.figure_error(math.inf) == ru.NOT_FINITE
    assert ru.figure_error(math.nan) == ru.NOT_FINITE
    assert ru.figure_error(-1e16) == ru.TOO_LARGE
    assert ru.figure_or_none(math.inf) is None
    assert ru.figure_or_none(2.5) == 2.5
