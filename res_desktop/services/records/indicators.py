"""Table 1 for a year: registry figures where the registry holds them, hand values else."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from res_desktop.domain.common.russian import figure_error
from res_desktop.domain.common.russian import number
from res_desktop.domain.exporters.analysis import IndicatorFigures
from res_desktop.domain.records.indicators import BASE_YEAR
from res_desktop.domain.records.indicators import BY_NUMBER
from res_desktop.domain.records.indicators import INDICATORS
from res_desktop.domain.records.indicators import Indicator
from res_desktop.domain.records.indicators import IndicatorValue
from res_desktop.domain.records.indicators import Measure
from res_desktop.domain.records.indicators import evaluate
from res_desktop.domain.records.indicators import reference_parts
from res_desktop.domain.records.indicators import reference_text
from res_desktop.services.common.results import refuse_invalid
from res_desktop.storage.exporters import stats_repo as exporters_stats
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


def registry_value(
    figures: IndicatorFigures,
    number: int,
    current_year: int,
    snapshot: tuple[int, int, int] | None = None,
) -> float | None:
    """What the registry says for the indicator in figures.year; None when it holds nothing.

    Volumes are kept by year; counts are the registry's present state for the current year,
    and a past year's snapshot (issue 15) for that year; without one a past year has none.
    """
    year = figures.year
    if number == 1:
        return dict(figures.volume_by_year).get(year)
    if number in (6, 7):
        share = figures.leading_share if number == 6 else figures.top5_share
        return None if share is None else share * 100
    if year != current_year:
        if snapshot is None:
            return None
        sme, countries, positions = snapshot
        figures = dataclasses.replace(
            figures, sme_exporters=sme, export_countries=countries, tnved_positions=positions
        )
    count = {3: figures.sme_exporters, 5: figures.export_countries, 8: figures.tnved_positions}
    found = count.get(number)
    return float(found) if found else None


def _pick(registry: float | None, manual: float | None) -> tuple[float | None, str]:
    """An official figure entered by hand wins over the registry's (issue 15: the registry
    covers only the companies it holds); the registry's stays shown beside it."""
    if manual is not None:
        return manual, "manual"
    if registry is not None:
        return registry, "registry"
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
    snapshot = exporters_stats.snapshot_counts(ctx.db, year)
    base_snapshot = exporters_stats.snapshot_counts(ctx.db, BASE_YEAR)
    rows = []
    for ind in INDICATORS:
        n = ind.number
        registry = registry_value(figures, n, current, snapshot)
        raw, raw_source = _pick(registry, values.get((n, year, "actual")))
        base, base_source = None, ""
        if ind.measure is not Measure.SHARE:
            base, base_source = _base(values, base_figures, n, current, base_snapshot)
        rows.append(
            evaluate(
                ind, year, raw=raw, raw_source=raw_source, base=base, base_source=base_source,
                plan=values.get((n, year, "plan")), registry_raw=registry,
            )
        )  # fmt: skip
    return IndicatorTable(year=year, rows=tuple(rows))


def _base(
    values: dict[tuple[int, int, str], float],
    figures: IndicatorFigures,
    n: int,
    current: int,
    snapshot: tuple[int, int, int] | None,
) -> tuple[float | None, str]:
    manual = values.get((n, BASE_YEAR, "base"))
    if manual is not None:
        return manual, "manual"
    registry = registry_value(figures, n, current, snapshot)
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


# The largest value a region can have, in the unit entered (issue 15: 1.2 quadrillion dollars
# was accepted): a volume above all of Russia's exports, more countries than there are, more
# 6-digit ТН ВЭД positions than the nomenclature has.
_LARGEST = {
    1: (1e9, "1 трлн долл. США (1 000 000 000 тыс. долл. США)"),
    3: (1e6, "1 000 000 экспортёров"),
    5: (252.0, "252 страны (все страны ОКСМ)"),
    8: (6000.0, "6 000 позиций (столько шестизначных позиций в ТН ВЭД нет)"),
}
_LARGEST_PLAN = 10_000.0  # % of the 2020 value


def _absurd(indicator: Indicator, kind: str, value: float) -> str | None:
    largest = _LARGEST.get(indicator.number)
    if kind != "plan" and largest and value > largest[0]:
        return f"Значение больше {largest[1]}: проверьте число и единицы."
    if kind == "plan" and indicator.measure is not Measure.SHARE and value > _LARGEST_PLAN:
        return f"План больше {number(_LARGEST_PLAN, 0)}% к базе: проверьте число."
    return None


def _check_number(indicator: Indicator, kind: str, value: float) -> dict[str, str]:
    share = indicator.measure is Measure.SHARE
    negative = "Значение не может быть отрицательным." if value < 0 else None
    problem = figure_error(value) or negative or _absurd(indicator, kind, value)
    if problem:
        return {"value": problem}
    if kind == "base" and share:
        return {"kind": "Для долей базовое значение не вводится."}
    if kind == "base" and value == 0:
        return {"value": "Базовое значение 2020 года должно быть больше нуля."}
    if share and kind == "actual" and value > 100:
        return {"value": "Доля не может превышать 100%."}
    return {}


def _plan_comparator(indicator: Indicator) -> str:
    return "≤" if indicator.lower_is_better else "≥"


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)  # finite: evaluate()


def indicators_json(table: IndicatorTable) -> list[dict[str, object]]:
    """The year's Table 1 as numbers, for `res-desktop indicators --json`: each of fact,
    plan and reference a value with its comparator and unit, never display text."""
    rows: list[dict[str, object]] = []
    for r in table.rows:
        ind = r.indicator
        ref = reference_parts(ind.number, table.year)
        rows.append(
            {
                "number": ind.number,
                "title": ind.title,
                "unit": ind.unit,
                "actual": {
                    "value": _rounded(r.actual), "unit": ind.unit, "source": r.raw_source or None,
                    "source_label": r.source_label, "raw": r.raw, "raw_unit": ind.raw_unit,
                    "registry_raw": r.registry_raw,
                },
                "plan": {
                    "value": r.plan, "comparator": _plan_comparator(ind), "unit": ind.unit,
                },
                "reference": None if ref is None else {
                    "value": ref[1], "comparator": ref[0], "unit": ind.unit,
                },
                "met_reference": r.met_reference,
                "met_plan": r.met_plan,
            }
        )  # fmt: skip
    return rows


def _verdict(met: object) -> str:
    verdicts: dict[object, str] = {True: "выполнен", False: "не выполнен"}
    return verdicts.get(met, "нет данных")


def _figure(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _part(row: dict[str, object], key: str) -> dict[str, object]:
    value = row[key]
    return value if isinstance(value, dict) else {}


def indicator_line(row: dict[str, object], year: int) -> str:
    """One line of the plain-text output."""
    fact, plan = _part(row, "actual"), _part(row, "plan")
    actual, planned = number(_figure(fact.get("value")), 2), number(_figure(plan.get("value")), 2)
    reference = reference_text(int(str(row["number"])), year)
    return (
        f"{row['number']}. {row['title']} ({row['unit']}): факт {actual}"
        f" ({fact.get('source_label')}), план {planned} — {_verdict(row['met_plan'])};"
        f" эталон {reference} — {_verdict(row['met_reference'])}"
    )


def excluded_headings(ctx: ServiceContext) -> list[tuple[str, str]]:
    return exporters_stats.excluded_headings(ctx.db)


def check_headings(headings: list[tuple[str, str]]) -> dict[str, str]:
    """Line n -> the Russian message (codes of 2, 4 or 6 digits, each once)."""
    errors: dict[str, str] = {}
    seen: set[str] = set()
    for n, (code, _title) in enumerate(headings, start=1):
        if not (code.isascii() and code.isdigit() and len(code) in (2, 4, 6)):
            errors[f"line{n}"] = (
                f"Строка {n}, код «{code}»: укажите группу (2 цифры), товарную позицию "
                "(4 цифры) или субпозицию (6 цифр) ТН ВЭД."
            )
        elif code in seen:
            errors[f"line{n}"] = f"Строка {n}, код {code}: код указан дважды."
        seen.add(code)
    return errors


def set_excluded_headings(
    ctx: ServiceContext, headings: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    cleaned = [("".join(code.split()), " ".join(title.split())) for code, title in headings]
    refuse_invalid(check_headings(cleaned))
    ctx.write(exporters_stats.set_excluded_headings, sorted(cleaned))
    return excluded_headings(ctx)


def take_snapshot(ctx: ServiceContext, year: int) -> None:
    """The registry as it stands kept as ``year``'s (after an import of the current year)."""
    ctx.write(exporters_stats.take_snapshot, year)
