"""Verdicts and report extracts of the records of instruments 6-8 and Table 1 (issue 7)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import count, date_short, number
from res_desktop.domain.records import rules
from res_desktop.domain.records.indicators import YEARS, reference
from res_desktop.domain.records.model import StaffTraining
from res_desktop.reports.records.data import (
    IndicatorPoint,
    IndicatorReportRow,
    IndicatorsReportData,
    KpiLine,
    PresenceLine,
    RecordsReportData,
)
from res_desktop.services.records import indicators as indicator_service

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService
    from res_desktop.services.exporters.analysis import AnalysisService
    from res_desktop.services.records.service import RecordsService


def _who(region: RegionService) -> str:
    low = region.require_profile().low_export_potential
    return "специалиста" if low else "ЦПЭ"


def verdicts(
    rec: RecordsService, region: RegionService, year: int
) -> dict[tuple[int, str], Verdict]:
    found: dict[tuple[int, str], Verdict] = {}
    kpis = rec.kpis()
    if kpis:
        kpi, who = rec.kpi(year), _who(region)
        found[6, "kpi_set"] = rules.kpi_set_verdict(kpi, who)
        for key in rules.KPI_FIELDS:
            found[6, key] = rules.kpi_verdict(kpi, key, who)
    countries, agreements = rec.countries(), rec.agreements()
    if countries or agreements:
        presences = rec.presences()
        found[7, "priority_countries_listed"] = rules.countries_verdict(countries)
        found[7, "presence_in_each_priority_country"] = rules.presence_verdict(countries, presences)
        found[7, "foreign_region_agreements"] = rules.agreements_verdict(
            agreements, dt.date(year, 12, 31)
        )
    if rec.trainings():
        training = rec.training(year)
        found[8, "staff_training_plan"] = rules.training_plan_verdict(training)
        found[8, "programmes_developed"] = rules.programmes_verdict(training)
        found[8, "planned_number_trained"] = rules.trained_verdict(training)
        found[8, "internship_share_30"] = rules.internship_verdict(training)
    return found


def report_extract(
    rec: RecordsService, region: RegionService, year: int, as_of: dt.date
) -> RecordsReportData:
    del as_of  # the records are yearly; kept for the callers' symmetry
    kpi = rec.kpi(year)
    lines = []
    if kpi is not None:
        for key, (plan_field, fact_field, label) in rules.KPI_FIELDS.items():
            plan, fact = getattr(kpi, plan_field), getattr(kpi, fact_field)
            lines.append(KpiLine(label, number(plan), number(fact), rules.kpi_met(kpi, key)))
    countries, presences = rec.countries(), rec.presences()
    presence = tuple(
        PresenceLine(
            c.name,
            "; ".join(p.format.label for p in presences if p.country_id == c.id) or "—",
        )
        for c in countries
    )
    training = rec.training(year)
    low = region.require_profile().low_export_potential
    return RecordsReportData(
        year=year,
        centre="специалист по поддержке экспортёров" if low else "ЦПЭ",
        kpis=tuple(lines),
        presence=presence,
        presence_note=rules.presence_verdict(countries, presences).note,
        agreements=tuple(
            f"{a.partner} ({country_name(a.country_code)}), {date_short(a.signed_on)}"
            for a in rec.agreements()
            if a.signed_on.year <= year
        ),
        training=_training_lines(training),
        training_note=_training_note(region, year, training),
    )


def _training_lines(training: StaffTraining | None) -> tuple[tuple[str, str], ...]:
    if training is None:
        return ()
    return (
        ("Запланировано к обучению, чел.", count(training.planned)),
        ("Обучено, чел.", number(training.trained)),
        ("Прошли стажировку, чел.", number(training.interned)),
    )


def _training_note(region: RegionService, year: int, training: StaffTraining | None) -> str:
    if region.require_profile().implementation_year(year) == 1:
        return rules.programmes_verdict(training).note
    trained = rules.trained_verdict(training).note
    return f"{trained} {rules.internship_verdict(training).note}"


def indicators_extract(
    ctx: ServiceContext, analysis: AnalysisService, year: int
) -> IndicatorsReportData:
    tables = {y: indicator_service.indicator_table(ctx, analysis, y) for y in YEARS}
    shown = tables.get(year) or indicator_service.indicator_table(ctx, analysis, year)
    rows = []
    for value in shown.rows:
        n = value.indicator.number
        series = tuple(
            IndicatorPoint(
                y,
                tables[y].row(n).actual if y in tables else None,
                tables[y].row(n).plan if y in tables else None,
                (reference(n, y) or (None, None))[1],
            )
            for y in YEARS
        )
        rows.append(
            IndicatorReportRow(
                number=n, title=value.indicator.title, unit=value.indicator.unit,
                actual=value.actual, source=value.source_label, plan=value.plan,
                reference=value.reference, met_reference=value.met_reference,
                met_plan=value.met_plan, series=series,
            )
        )  # fmt: skip
    return IndicatorsReportData(year=year, rows=tuple(rows))
