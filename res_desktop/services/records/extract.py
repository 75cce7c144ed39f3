"""Verdicts and report extracts of the records of instruments 6-8 and Table 1 (issue 7)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import number
from res_desktop.domain.records import rules
from res_desktop.domain.records.indicators import YEARS
from res_desktop.domain.records.indicators import reference
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PriorityCountry
from res_desktop.domain.records.model import StaffTraining
from res_desktop.reports.records.data import IndicatorPoint
from res_desktop.reports.records.data import IndicatorReportRow
from res_desktop.reports.records.data import IndicatorsReportData
from res_desktop.reports.records.data import KpiLine
from res_desktop.reports.records.data import PresenceLine
from res_desktop.reports.records.data import RecordsReportData
from res_desktop.services.records import indicators as indicator_service

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService
    from res_desktop.services.exporters.analysis import AnalysisService
    from res_desktop.services.records.service import RecordsService


def _who(region: RegionService) -> str:
    low = region.require_profile().low_export_potential
    return "специалиста" if low else "ЦПЭ"


@dataclass(frozen=True)
class _Records:
    """The records of instruments 6-8 as they stood on ``as_of``.

    Dated records count from their date: a country from the day it was listed, a presence
    from ``since``, an agreement from its signing; a country or presence entered without a
    date counts at every date (the user did not say when, and the list is the strategy's).
    The yearly KPI and training records keep plan and fact in one row: the facts count from
    ``reported_on`` and the plan from its approval date, when those are filled in.
    """

    kpis: tuple[CentreKpi, ...]
    kpi: CentreKpi | None
    countries: tuple[PriorityCountry, ...]
    presences: tuple[Presence, ...]
    agreements: tuple[ForeignAgreement, ...]
    trainings: tuple[StaffTraining, ...]
    training: StaffTraining | None


def _undated_or_by(day: dt.date | None, as_of: dt.date) -> bool:
    return day is None or day <= as_of


def _kpi_as_of(kpi: CentreKpi | None, as_of: dt.date) -> CentreKpi | None:
    if kpi is None or _undated_or_by(kpi.reported_on, as_of):
        return kpi
    return dataclasses.replace(
        kpi, fact_supported=None, fact_contracts=None, fact_volume_kusd=None, reported_on=None
    )


def _training_as_of(training: StaffTraining | None, as_of: dt.date) -> StaffTraining | None:
    if training is None:
        return None
    if not _undated_or_by(training.reported_on, as_of):
        training = dataclasses.replace(training, trained=None, interned=None, reported_on=None)
    if not _undated_or_by(training.plan_approved_on, as_of):
        training = dataclasses.replace(training, plan_approved_on=None)
    return training


def _records(rec: RecordsService, year: int, as_of: dt.date) -> _Records:
    countries = tuple(c for c in rec.countries() if _undated_or_by(c.listed_on, as_of))
    return _Records(
        kpis=tuple(rec.kpis()),
        kpi=_kpi_as_of(rec.kpi(year), as_of),
        countries=countries,
        presences=tuple(p for p in rec.presences() if _undated_or_by(p.since, as_of)),
        agreements=tuple(a for a in rec.agreements() if a.signed_on <= as_of),
        trainings=tuple(rec.trainings()),
        training=_training_as_of(rec.training(year), as_of),
    )


def verdicts(
    rec: RecordsService, region: RegionService, year: int, as_of: dt.date
) -> dict[tuple[int, str], Verdict]:
    found: dict[tuple[int, str], Verdict] = {}
    r = _records(rec, year, as_of)
    if r.kpis:
        kpi, who = r.kpi, _who(region)
        found[6, "kpi_set"] = rules.kpi_set_verdict(kpi, who)
        for key in rules.KPI_FIELDS:
            found[6, key] = rules.kpi_verdict(kpi, key, who)
    # Whether the region keeps such records at all is today's question, not the date's.
    if rec.countries() or rec.agreements():
        found[7, "priority_countries_listed"] = rules.countries_verdict(r.countries)
        found[7, "presence_in_each_priority_country"] = rules.presence_verdict(
            r.countries, r.presences
        )
        found[7, "foreign_region_agreements"] = rules.agreements_verdict(r.agreements, as_of)
    if r.trainings:
        training = r.training
        found[8, "staff_training_plan"] = rules.training_plan_verdict(training)
        found[8, "programmes_developed"] = rules.programmes_verdict(training)
        found[8, "planned_number_trained"] = rules.trained_verdict(training)
        found[8, "internship_share_30"] = rules.internship_verdict(training)
    return found


def report_extract(
    rec: RecordsService, region: RegionService, year: int, as_of: dt.date
) -> RecordsReportData:
    r = _records(rec, year, as_of)
    kpi = r.kpi
    lines = []
    if kpi is not None:
        for key, (plan_field, fact_field, label) in rules.KPI_FIELDS.items():
            plan, fact = getattr(kpi, plan_field), getattr(kpi, fact_field)
            lines.append(KpiLine(label, number(plan), number(fact), rules.kpi_met(kpi, key)))
    countries, presences = r.countries, r.presences
    presence = tuple(
        PresenceLine(
            c.name,
            "; ".join(p.format.label for p in presences if p.country_id == c.id) or "—",
        )
        for c in countries
    )
    training = r.training
    low = region.require_profile().low_export_potential
    return RecordsReportData(
        year=year,
        centre="специалист по поддержке экспортёров" if low else "ЦПЭ",
        kpis=tuple(lines),
        presence=presence,
        presence_note=rules.presence_verdict(countries, presences).note,
        agreements=tuple(
            f"{a.partner} ({country_name(a.country_code)}), {date_short(a.signed_on)}"
            for a in r.agreements
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
    years = (*YEARS, year)  # one registry pass for every year the table and the chart show
    tables = {y: indicator_service.indicator_table(ctx, analysis, y, years) for y in YEARS}
    shown = tables.get(year) or indicator_service.indicator_table(ctx, analysis, year, years)
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
