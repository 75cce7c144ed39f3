"""Table 1 for a year: registry figures where the registry holds them, hand values else."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from res_desktop.domain.common.russian import figure_error, number
from res_desktop.domain.exporters.analysis import IndicatorFigures
from res_desktop.domain.records.indicators import (
    BASE_YEAR,
    BY_NUMBER,
    INDICATORS,
    Indicator,
    IndicatorValue,
    Measure,
    evaluate,
)
from res_desktop.services.common.results import refuse_invalid
from res_desktop.storage.records import repo as records_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.exporters.analysis import AnalysisService

KINDS = ("plan", "actual", "base")


@dataclass(frozen=True)
class IndicatorTable:
    year: int
    rows: tuple[IndicatorValue, ...]

    def row(self, number: int) -> IndicatorValue:
        return next(r for r in self.rows if r.indicator.number == number)


def registry_value(figures: IndicatorFigures, number: int, current_year: int) -> float | None:
    """What the registry says for the indicator in figures.year; None when it holds nothing.

    Volumes are kept by year; counts are the registry's present state, so they answer
    only for the current year (the registry keeps no yearly snapshots).
    """
    year = figures.year
    if number == 1:
        return dict(figures.volume_by_year).get(year)
    if number in (6, 7):
        share = figures.leading_share if number == 6 else figures.top5_share
        return None if share is None else share * 100
    if year != current_year:
        return None
    count = {3: figures.sme_exporters, 5: figures.export_countries, 8: figures.tnved_positions}
    found = count.get(number)
    return float(found) if found else None


def _pick(registry: float | None, manual: float | None) -> tuple[float | None, str]:
    if registry is not None:
        return registry, "registry"
    if manual is not None:
        return manual, "manual"
    return None, ""


def indicator_table(
    ctx: ServiceContext,
    analysis: AnalysisService,
    year: int,
    years: Iterable[int] = (),
) -> IndicatorTable:
    """``years``: the other years the caller will ask for, read in the same registry pass."""
    values = records_repo.load_indicator_values(ctx.db)
    found = analysis.indicator_figures_for({year, BASE_YEAR, *years})
    figures, base_figures = found[year], found[BASE_YEAR]
    current = ctx.today().year
    rows = []
    for ind in INDICATORS:
        n = ind.number
        raw, raw_source = _pick(
            registry_value(figures, n, current), values.get((n, year, "actual"))
        )
        base, base_source = None, ""
        if ind.measure is not Measure.SHARE:
            base, base_source = _base(values, base_figures, n, current)
        rows.append(
            evaluate(
                ind, year, raw=raw, raw_source=raw_source, base=base, base_source=base_source,
                plan=values.get((n, year, "plan")),
            )
        )  # fmt: skip
    return IndicatorTable(year=year, rows=tuple(rows))


def _base(
    values: dict[tuple[int, int, str], float], figures: IndicatorFigures, n: int, current: int
) -> tuple[float | None, str]:
    manual = values.get((n, BASE_YEAR, "base"))
    if manual is not None:
        return manual, "manual"
    registry = registry_value(figures, n, current)
    if registry is not None:
        return registry, "registry"
    return _pick(None, values.get((n, BASE_YEAR, "actual")))


def set_value(
    ctx: ServiceContext, *, number: int, year: int, kind: str, value: float | None
) -> None:
    """Enter (or clear, with None) a plan, actual or 2020 base value by hand."""
    refuse_invalid(check_value(BY_NUMBER.get(number), year, kind, value))
    ctx.write(records_repo.set_indicator_value, number, year, kind, value)


def check_value(
    indicator: Indicator | None, year: int, kind: str, value: float | None
) -> dict[str, str]:
    if indicator is None:
        return {"indicator": "Такого показателя нет в таблице 1 Стандарта."}
    if kind not in KINDS:
        return {"kind": "Неизвестный вид значения."}
    if not 2019 <= year <= 2100:
        return {"year": "Укажите год от 2019 до 2100."}
    return {} if value is None else _check_number(indicator, kind, value)


def _check_number(indicator: Indicator, kind: str, value: float) -> dict[str, str]:
    share = indicator.measure is Measure.SHARE
    problem = figure_error(value)
    if problem:
        return {"value": problem}
    if value < 0:
        return {"value": "Значение не может быть отрицательным."}
    if kind == "base" and share:
        return {"kind": "Для долей базовое значение не вводится."}
    if kind == "base" and value == 0:
        return {"value": "Базовое значение 2020 года должно быть больше нуля."}
    if share and kind == "actual" and value > 100:
        return {"value": "Доля не может превышать 100%."}
    return {}


def indicators_json(table: IndicatorTable) -> list[dict[str, object]]:
    """The year's Table 1 as plain values, for `res-desktop indicators --json`."""
    return [
        {
            "number": r.indicator.number,
            "title": r.indicator.title,
            "unit": r.indicator.unit,
            "actual": None if r.actual is None else round(r.actual, 2),  # finite: evaluate()
            "actual_source": r.source_label,
            "plan": r.plan,
            "reference": r.reference,
            "met_reference": r.met_reference,
            "met_plan": r.met_plan,
        }
        for r in table.rows
    ]


def _verdict(met: object) -> str:
    verdicts: dict[object, str] = {True: "выполнен", False: "не выполнен"}
    return verdicts.get(met, "нет данных")


def _figure(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def indicator_line(row: dict[str, object]) -> str:
    """One line of the plain-text output."""
    actual, plan = number(_figure(row["actual"]), 2), number(_figure(row["plan"]), 2)
    return (
        f"{row['number']}. {row['title']} ({row['unit']}): факт {actual} ({row['actual_source']}),"
        f" план {plan} — {_verdict(row['met_plan'])}; эталон {row['reference']} —"
        f" {_verdict(row['met_reference'])}"
    )
