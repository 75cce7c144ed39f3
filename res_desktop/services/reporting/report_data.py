"""Gather what the quarterly and annual reports show, as of the period's end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from res_desktop.clock import stamped
from res_desktop.domain.checklist.schedule import milestones, verdict
from res_desktop.domain.common.calendar import quarter_bounds, quarter_label, quarterly_report_due
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.progress import Status
from res_desktop.reports.common.data import (
    Milestone,
    ReportData,
    ReportInstrument,
    ReportItem,
    ReportKind,
)
from res_desktop.services.common.results import ChecklistView, ItemView, ValidationFailed

if TYPE_CHECKING:
    from res_desktop.services.activities.service import ActivityService
    from res_desktop.services.checklist.service import ChecklistService
    from res_desktop.services.common.region import RegionService
    from res_desktop.services.council.service import CouncilService
    from res_desktop.services.exporters.analysis import AnalysisService
    from res_desktop.services.programme.service import ProgrammeService
    from res_desktop.services.records.service import RecordsService
    from res_desktop.services.team.service import TeamService


@dataclass(frozen=True)
class ReportSources:
    """What a report reads: the profile, the checklists, and each record-keeping area."""

    region: RegionService
    checklists: ChecklistService
    council: CouncilService
    team: TeamService
    exporters: AnalysisService
    records: RecordsService
    programme: ProgrammeService
    activities: ActivityService


def period_of(kind: ReportKind, year: int, quarter: int | None) -> tuple[dt.date, dt.date, str]:
    if kind is ReportKind.ANNUAL:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year} год"
    if quarter is None:
        raise ValidationFailed({"quarter": "Для квартального отчёта укажите квартал (1–4)."})
    start, end = quarter_bounds(year, quarter)
    return start, end, quarter_label(year, quarter)


def _item(number: int, view: ItemView, as_of: dt.date) -> ReportItem:
    state = view.state
    status = view.status
    if status is Status.DONE and state.done_on and state.done_on > as_of:
        status = Status.IN_PROGRESS  # done after the period: not yet done at its end
    return ReportItem(
        number=number,
        title=view.item.title,
        status=status.value,
        status_label=status.label + (" (вручную)" if view.is_manual else ""),
        weight=view.item.weight,
        responsible=state.responsible,
        due_date=state.due_date,
        done_on=state.done_on if status is Status.DONE else None,
        comment=state.comment,
        na_reason=state.na_reason,
        evidence=tuple(e.caption for e in view.evidence),
        derived_note=view.status_note,
        criterion=view.item.basis is Basis.CRITERION,
        manual_grounds=view.manual_grounds,
    )


def _instrument(view: ChecklistView, as_of: dt.date) -> ReportInstrument:
    instrument = view.instrument
    progress, advice = view.progress_on(as_of), view.advice_on(as_of)
    return ReportInstrument(
        label=instrument.label,
        block=instrument.block,
        title=instrument.title,
        short_title=instrument.short_title,
        kind_label=instrument.kind.label,
        progress_percent=progress.percent,
        implemented=progress.implemented,
        items=tuple(_item(n, v, as_of) for n, v in enumerate(view.items, start=1)),
        advice_done=advice.done_items,
        advice_total=advice.total_items,
    )


def _implemented_on(views: list[ChecklistView], day: dt.date) -> int:
    return sum(1 for v in views if not v.instrument.is_own and v.progress_on(day).implemented)


def build_report_data(
    sources: ReportSources,
    today: dt.date,
    *,
    kind: ReportKind,
    year: int,
    quarter: int | None = None,
) -> ReportData:
    profile = sources.region.require_profile()
    start, end, label = period_of(kind, year, quarter)
    if start > today:
        raise ValidationFailed({"period": f"Период «{label}» ещё не начался."})
    as_of = min(end, today)
    checklists = sources.checklists
    views = [checklists.checklist(i.code, year) for i in checklists.instruments()]
    result = verdict(as_of, _implemented_on(views, as_of))
    points = tuple(
        Milestone(m.date, m.required, _implemented_on(views, m.date) if m.date <= as_of else None)
        for m in milestones(year)
    )
    return ReportData(
        kind=kind,
        year=year,
        quarter=quarter if kind is ReportKind.QUARTERLY else None,
        period_label=label,
        period_start=start,
        period_end=end,
        as_of=as_of,
        generated_at=stamped(today),
        due_date=quarterly_report_due(year, quarter)
        if quarter and kind is ReportKind.QUARTERLY
        else None,
        region_name=profile.region_name,
        coordinator_body=profile.coordinator_body,
        contact_person=profile.contact_person,
        phone=profile.phone,
        email=profile.email,
        implementation_year=profile.implementation_year(year),
        schedule_required=result.required,
        schedule_actual=result.actual,
        schedule_on_track=result.on_track,
        schedule_date=result.current.date if result.current else None,
        milestones=points,
        instruments=tuple(_instrument(v, as_of) for v in views),
        extras=_extras(sources, year, as_of),
    )


def _extras(sources: ReportSources, year: int, as_of: dt.date) -> dict[str, object]:
    """Each record-keeping area adds its section only when the region keeps such records."""
    extras: dict[str, object] = {
        "council": sources.council.report_extract(year, as_of),
        "team": sources.team.report_extract(year, as_of),
        "exporters": sources.exporters.report_extract(year, as_of),
    }
    indicators = sources.records.indicators_extract(year)
    if any(row.actual is not None or row.plan is not None for row in indicators.rows):
        extras["indicators"] = indicators
    if sources.programme.has_records():
        extras["programme"] = sources.programme.report_extract(year, as_of)
    if sources.activities.has_records():
        extras["activities"] = sources.activities.report_extract(year, as_of)
    records = sources.records.report_extract(year, as_of)
    if records.kpis or records.presence or records.agreements or records.training:
        extras["records"] = records
    return extras
