"""Table 1 arithmetic and its reference targets (issue 7)."""

from __future__ import annotations

import pytest

from res_desktop.domain.records.indicators import BY_NUMBER
from res_desktop.domain.records.indicators import INDICATORS
from res_desktop.domain.records.indicators import REFERENCE
from res_desktop.domain.records.indicators import YEARS
from res_desktop.domain.records.indicators import evaluate
from res_desktop.domain.records.indicators import reference_text


def _eval(number: int, year: int, raw: float | None, base: float | None, plan: float | None):
    return evaluate(BY_NUMBER[number], year, raw=raw, raw_source="manual", base=base,
                    base_source="manual", plan=plan)  # fmt: skip


def test_indicators_rows_are_the_standards_seven() -> None:
    assert [i.number for i in INDICATORS] == [1, 3, 4, 5, 6, 7, 8]
    assert all(tuple(REFERENCE[n]) == YEARS for n in REFERENCE)
    assert [REFERENCE[1][y][1] for y in (2021, 2024, 2030)] == [103.8, 127.0, 170]
    assert reference_text(4, 2021) == "10%"
    assert reference_text(4, 2022) == ">10%"
    assert reference_text(7, 2026) == "<80%"
    assert reference_text(5, 2020) == "база"


def test_indicators_growth_against_base() -> None:
    value = _eval(1, 2026, 141_300, 100_000, 140)
    assert value.actual == pytest.approx(141.3)
    assert value.met_reference is True
    assert value.met_plan is True
    below = _eval(1, 2026, 141_299, 100_000, 142)
    assert below.met_reference is False
    assert below.met_plan is False


def test_indicators_geography_is_increase_over_base() -> None:
    value = _eval(5, 2026, 32, 20, None)
    assert value.actual == pytest.approx(60)
    assert value.met_reference is True
    assert _eval(5, 2026, 31, 20, None).met_reference is False
    assert _eval(5, 2026, 120, 120, None).met_reference is True  # 100+ countries kept


def test_indicators_share_bounds_strict() -> None:
    assert _eval(4, 2021, 10, None, None).met_reference is True  # 10%, not «>10%»
    assert _eval(4, 2022, 10, None, None).met_reference is False  # >10%
    assert _eval(6, 2026, 40, None, 40).met_reference is False  # <40%
    assert _eval(6, 2026, 39.9, None, 40).met_reference is True
    assert _eval(6, 2026, 40, None, 40).met_plan is True  # the plan is a ceiling


def test_indicators_missing_values_leave_verdicts_open() -> None:
    value = _eval(3, 2026, 160, None, 150)
    assert value.actual is None
    assert value.met_reference is None and value.met_plan is None
    assert _eval(8, 2026, None, 100, 130).source_label == "введено вручную"
