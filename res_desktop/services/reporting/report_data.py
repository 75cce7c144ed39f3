"""Gather what the quarterly and annual reports show, as of the period's end."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from res_desktop.clock import stamped
from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.schedule import milestones
from res_desktop.domain.checklist.schedule import verdict
from res_desktop.domain.common.calendar import quarter_bounds
from res_desktop.domain.common.calendar import quarter_label
from res_desktop.domain.common.calendar import quarterly_report_due
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.russian import date_short
from res_desktop.reports.common.data import Milestone
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportInstrument
from res_desktop.reports.common.data import ReportItem
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.data import RuleRow
from res_desktop.reports.common.data import Signatory
from res_desktop.reports.programme.data import KpiPlanRow
from res_desktop.reports.programme.data import ProgrammeKpiData
from res_desktop.services.common.results import ChecklistView
from res_desktop.services.common.results import ItemView
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.rows import row_from

if TYPE_CHECKING:
    from res_desktop.services.activities.service import ActivityService
    from res_desktop.services.checklist.own_offers import OwnOfferService
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
    own_offers: OwnOfferService | None = None  # block IV: own instruments offered to РЭЦ


def period_of(kind: ReportKind, year: int, quarter: int | None) -> tuple[dt.date, dt.date, str]:
    if kind is ReportKind.ANNUAL:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year} год"
    if quarter is None:
        raise ValidationFailed({"quarter": "Для квартального отчёта укажите квартал (1–4)."})
    start, end = quarter_bounds(year, quarter)
    return start, end, quarter_label(year, quarter)


def shown_evidence(evidence: Iterable[EvidenceItem], as_of: dt.date) -> tuple[str, ...]:
    """The evidence a report dated ``as_of`` lists.

    A document with a date counts from that date. A document without one, an attached file
    and a link have no date of their own (the time they were added is an audit stamp, not a
    business date): they are listed at every date.
    """
    return tuple(e.caption for e in evidence if e.doc_date is None or e.doc_date <= as_of)


def _item(number: int, view: ItemView, as_of: dt.date) -> ReportItem:
    state = view.state
    status = view.status
    later = status is Status.DONE and state.done_on is not None and state.done_on > as_of
    if later:
        status = Status.IN_PROGRESS  # done after the period: not yet done at its end
    # A status set by hand as done after the period did not stand at its end: the records'
    # word alone (else «не выполнено. Установлено вручную: выполнено» in one line).
    manual = view.is_manual and not later
    return ReportItem(
        number=number,
        key=view.item.key,
        title=view.item.title,
        status=status.value,
        status_label=status.label + (" (вручную)" if manual else ""),
        weight=view.item.weight,
        responsible=state.responsible,
        due_date=state.due_date,
        done_on=state.done_on if status is Status.DONE else None,
        comment=state.comment,
        na_reason=state.na_reason,
        evidence=shown_evidence(view.evidence, as_of),
        derived_note=view.status_note if manual else view.derived_note,
        criterion=view.item.basis is Basis.CRITERION,
        manual_grounds=view.manual_grounds if manual else "",
    )


def _instrument(view: ChecklistView, as_of: dt.date) -> ReportInstrument:
    instrument = view.instrument
    progress, advice = view.progress_on(as_of), view.advice_on(as_of)
    return row_from(
        ReportInstrument,
        instrument,
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
    start, end, label = period_of(kind, year, quarter)
    if start > today:
        raise ValidationFailed({"period": f"Период «{label}» ещё не начался."})
    data = _gather(sources, today, kind=kind, year=year, quarter=quarter, as_of=min(end, today))
    return dataclasses.replace(data, previous=_previous(sources, today, data))


def _previous(sources: ReportSources, today: dt.date, data: ReportData) -> ReportData | None:
    """The same computation one step back: the state at the previous quarter's end (the same
    year's checklists), or the previous year's annual figures."""
    if data.kind is ReportKind.QUARTERLY and data.quarter is not None:
        return _gather(
            sources,
            today,
            kind=data.kind,
            year=data.year,
            quarter=data.quarter - 1 if data.quarter > 1 else None,
            as_of=data.period_start - dt.timedelta(days=1),
        )
    if data.year - 1 < sources.region.require_profile().start_year:
        return None
    return _gather(
        sources,
        today,
        kind=ReportKind.ANNUAL,
        year=data.year - 1,
        quarter=None,
        as_of=dt.date(data.year - 1, 12, 31),
    )


def _gather(
    sources: ReportSources,
    today: dt.date,
    *,
    kind: ReportKind,
    year: int,
    quarter: int | None,
    as_of: dt.date,
) -> ReportData:
    """One data pass as of ``as_of``; a quarter of None stands for the year's start."""
    profile = sources.region.require_profile()
    if kind is ReportKind.QUARTERLY and quarter is None:
        start = end = as_of
        label = f"на {date_short(as_of)}"
    else:
        start, end, label = period_of(kind, year, quarter)
    checklists = sources.checklists
    views = [checklists.checklist(i.code, year, as_of=as_of) for i in checklists.instruments()]
    result = verdict(as_of, _implemented_on(views, as_of))
    points = tuple(
        Milestone(m.date, m.required, _implemented_on(views, m.date) if m.date <= as_of else None)
        for m in milestones(year)
    )
    instruments = tuple(_instrument(v, as_of) for v in views)
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
        instruments=instruments,
        extras=_in_checklist_words(_extras(sources, year, as_of), instruments),
        signatory=Signatory(profile.head_position, profile.signature_transcript),
        address=profile.address,
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
        if kpis := _programme_kpis(sources, year):
            extras["programme_kpis"] = kpis
    if sources.activities.has_records():
        extras["activities"] = sources.activities.report_extract(year, as_of)
    records = sources.records.report_extract(year, as_of)
    if records.kpis or records.presence or records.agreements or records.training:
        extras["records"] = records
    if offers := _own_offers(sources, as_of):
        extras["own_offers"] = offers
    return extras


def _in_checklist_words(
    extras: dict[str, object], instruments: tuple[ReportInstrument, ...]
) -> dict[str, object]:
    """A section's criterion rows say what the checklist says of the same item: a status the
    coordinator set by hand wins there too, with both words (one verdict per item)."""
    items = {i.key: i for instrument in instruments for i in instrument.items if i.key}
    fixed: dict[str, object] = {}
    for name, section in extras.items():
        rows = getattr(section, "verdicts", None)
        stated = section
        if (
            dataclasses.is_dataclass(section)
            and isinstance(rows, tuple)
            and rows
            and all(isinstance(r, RuleRow) for r in rows)
        ):
            stated = dataclasses.replace(  # type: ignore[type-var]
                section, verdicts=tuple(_as_item_says(r, items.get(r.key)) for r in rows)
            )
        fixed[name] = stated
    return fixed


def _as_item_says(row: RuleRow, item: ReportItem | None) -> RuleRow:
    if item is None or not item.manual_grounds:
        return row
    return dataclasses.replace(row, met=item.status == Status.DONE.value, note=item.derived_note)


def _own_offers(sources: ReportSources, as_of: dt.date) -> tuple[str, ...]:
    """«IV.1 «Акселератор»: описан …; предложен РЭЦ к масштабированию …» up to the report date."""
    if sources.own_offers is None:
        return ()
    found = []
    for instrument in sources.checklists.instruments():
        offer = sources.own_offers.offer(instrument.code)
        if instrument.is_own and offer is not None and offer.offered_on <= as_of:
            found.append(f"{instrument.label} «{instrument.short_title}»: {offer.summary}")
    return tuple(found)


def _programme_kpis(sources: ReportSources, year: int) -> ProgrammeKpiData | None:
    """The programme's target indicators: this year's plan and fact, next year's plan (a fact
    not recorded reads «нет данных»)."""
    kpis = sources.programme.kpis()
    if not kpis:
        return None
    rows = tuple(
        KpiPlanRow(k.name, k.unit, k.plan.get(year), k.fact.get(year), k.plan.get(year + 1))
        for k in kpis
    )
    following = sum(1 for _ in sources.programme.events(year + 1))
    return ProgrammeKpiData(year=year, rows=rows, next_year_events=following)
