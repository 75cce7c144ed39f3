"""Table 1 of the Standard: the strategic indicators and their reference targets (issue 7)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from res_desktop.domain.common import russian as ru

BASE_YEAR = 2020
YEARS = tuple(range(2020, 2031))


class Bound(StrEnum):
    """How a value is compared with a target."""

    AT_LEAST = ">="
    MORE = ">"
    LESS = "<"

    def holds(self, value: float, target: float) -> bool:
        # Rounded so that floating-point noise never decides a boundary.
        value, target = round(value, 6), round(target, 6)
        if self is Bound.AT_LEAST:
            return value >= target
        if self is Bound.MORE:
            return value > target
        return value < target


class Measure(StrEnum):
    """What the actual value is made of."""

    GROWTH = "growth"  # index to 2020, % (rows 1, 3, 8)
    GEOGRAPHY = "geography"  # increase over the base, % (row 5)
    SHARE = "share"  # share, % (rows 4, 6, 7)


@dataclass(frozen=True)
class Indicator:
    number: int
    title: str
    unit: str  # of the compared value
    raw_unit: str  # of the value entered or counted (growth rows); "" for shares
    measure: Measure
    lower_is_better: bool = False


INDICATORS: tuple[Indicator, ...] = (
    Indicator(1, "Темп роста объёма несырьевого неэнергетического экспорта", "% к 2020 г.",
              "тыс. долл. США", Measure.GROWTH),
    Indicator(3, "Темп роста количества экспортёров — субъектов МСП (несырьевой экспорт)",
              "% к 2020 г.", "ед.", Measure.GROWTH),
    Indicator(4, "Доля МСП в несырьевом экспорте", "%", "", Measure.SHARE),
    Indicator(5, "Прирост географии экспорта (число стран экспорта)", "% прироста к базе",
              "стран", Measure.GEOGRAPHY),
    Indicator(6, "Доля ведущей отрасли в несырьевом экспорте", "%", "", Measure.SHARE,
              lower_is_better=True),
    Indicator(7, "Доля 5 ведущих отраслей в несырьевом экспорте", "%", "", Measure.SHARE,
              lower_is_better=True),
    Indicator(8, "Темп роста количества товарных позиций в экспорте (6 знаков ТН ВЭД)",
              "% к 2020 г.", "позиций", Measure.GROWTH),
)  # fmt: skip

BY_NUMBER = {i.number: i for i in INDICATORS}

_AL, _MO, _LE = Bound.AT_LEAST, Bound.MORE, Bound.LESS


def _row(bounds: list[Bound], values: list[float | None]) -> dict[int, tuple[Bound, float | None]]:
    return dict(zip(YEARS, zip(bounds, values, strict=True), strict=True))


# The Standard's Table 1, «Целевые показатели»; None: the base year of row 5.
REFERENCE: dict[int, dict[int, tuple[Bound, float | None]]] = {
    1: _row([_AL] * 11, [100, 103.8, 108.9, 116.7, 127.0, 134.1, 141.3, 148.5, 155.6, 162.8, 170]),
    3: _row([_AL] * 11, [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200]),
    4: _row([_AL, _AL] + [_MO] * 9, [9.5, 10, 10, 11, 11, 12, 12, 13, 13, 14, 15]),
    5: _row([_AL] * 11, [None, 12, 20, 30, 40, 50, 60, 70, 80, 90, 100]),
    6: _row([_LE] * 11, [40] * 11),
    7: _row([_LE] * 11, [85, 85, 85, 85, 85, 85, 80, 80, 80, 75, 75]),
    8: _row([_AL] * 11, [100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 150]),
}

SOURCE_LABELS = {"registry": "из реестра", "manual": "введено вручную", "": "нет данных"}


def reference(number: int, year: int) -> tuple[Bound, float | None] | None:
    return REFERENCE[number].get(year)


COMPARATORS = {Bound.AT_LEAST: "≥", Bound.MORE: ">", Bound.LESS: "<"}


def reference_parts(number: int, year: int) -> tuple[str, float | None] | None:
    """The reference target as (comparator, value): «≥», «>», «<», or «base» (no value)."""
    found = reference(number, year)
    if found is None:
        return None
    bound, value = found
    return ("base", None) if value is None else (COMPARATORS[bound], value)


def reference_text(number: int, year: int) -> str:
    found = reference(number, year)
    if found is None or found[1] is None:
        return "база" if found else "—"
    bound, value = found
    sign = {Bound.AT_LEAST: "", Bound.MORE: ">", Bound.LESS: "<"}[bound]
    return f"{sign}{ru.number(value, 2)}%"


def compared(indicator: Indicator, raw: float | None, base: float | None) -> float | None:
    """The value in the indicator's unit: a share as is, growth against the 2020 base."""
    if raw is None:
        return None
    if indicator.measure is Measure.SHARE:
        return raw
    if not base:
        return None
    if indicator.measure is Measure.GROWTH:
        return raw / base * 100
    return (raw / base - 1) * 100


def plan_bound(indicator: Indicator) -> Bound:
    return Bound.LESS if indicator.lower_is_better else Bound.AT_LEAST


@dataclass(frozen=True)
class IndicatorValue:
    """One indicator in one year: actual, plan, reference and the verdicts."""

    indicator: Indicator
    year: int
    raw: float | None  # volume, count or share as entered or counted
    raw_source: str  # "registry" | "manual" | ""
    base: float | None  # the 2020 value the growth is measured against
    base_source: str
    actual: float | None  # in the indicator's unit
    plan: float | None
    reference: str
    met_reference: bool | None  # None: nothing to compare
    met_plan: bool | None
    registry_raw: float | None = None  # what the registry says, shown beside an official figure

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS[self.raw_source]


def evaluate(
    indicator: Indicator,
    year: int,
    *,
    raw: float | None,
    raw_source: str,
    base: float | None,
    base_source: str,
    plan: float | None,
    registry_raw: float | None = None,
) -> IndicatorValue:
    # A non-finite figure (an old database, a registry sum over one) is no data.
    raw, base, plan = ru.figure_or_none(raw), ru.figure_or_none(base), ru.figure_or_none(plan)
    actual = ru.figure_or_none(compared(indicator, raw, base))
    ref = reference(indicator.number, year)
    met_reference = None
    if actual is not None and ref is not None and ref[1] is not None:
        met_reference = ref[0].holds(actual, ref[1])
    if indicator.measure is Measure.GEOGRAPHY and base is not None and base >= 100 and raw:
        met_reference = raw >= base  # 100+ countries: keeping the geography is enough
    met_plan = None
    if actual is not None and plan is not None:
        bound = plan_bound(indicator)
        met_plan = actual <= plan if bound is Bound.LESS else bound.holds(actual, plan)
    return IndicatorValue(
        indicator=indicator, year=year, raw=raw, raw_source=raw_source, base=base,
        base_source=base_source, actual=actual, plan=plan,
        reference=reference_text(indicator.number, year),
        met_reference=met_reference, met_plan=met_plan,
        registry_raw=ru.figure_or_none(registry_raw),
    )  # fmt: skip
