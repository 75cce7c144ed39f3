"""The «Сводка»: instruments implemented against the plan-schedule, and what is due next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING
from typing import Protocol

from res_desktop.domain.checklist.model import ONE_TIME_CYCLE
from res_desktop.domain.checklist.schedule import verdict
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.deadlines import next_report_deadline
from res_desktop.domain.common.progress import Status
from res_desktop.services.common.results import Dashboard
from res_desktop.services.common.results import DueItem
from res_desktop.services.common.results import InstrumentSummary
from res_desktop.storage.checklist import repo as checklist_repo

if TYPE_CHECKING:
    from res_desktop.services.checklist.service import ChecklistService
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService
    from res_desktop.services.reporting.service import ReportService

DUE_LIMIT = 10


class WarningSource(Protocol):
    """A record-keeping area that may have something to warn about on the dashboard."""

    def dashboard_warning(self, today: dt.date) -> str | None: ...


class DashboardService:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        region: RegionService,
        checklists: ChecklistService,
        reports: ReportService,
        warnings: Sequence[WarningSource],
    ) -> None:
        """``warnings``: the areas asked, in this order, for the dashboard's warnings."""
        self._ctx = ctx
        self._region = region
        self._checklists = checklists
        self._reports = reports
        self._warning_sources = tuple(warnings)

    def summaries(self, year: int, on: dt.date | None = None) -> list[InstrumentSummary]:
        """Each instrument as the records stood on ``on`` (today by default), as a report
        for that date shows it."""
        checklists = self._checklists
        result = []
        for instrument in checklists.instruments():
            view = checklists.checklist(instrument.code, year, as_of=on)
            progress = view.progress_on(on)
            open_items = sum(  # criteria only: the recommendations have their own count
                1
                for v in view.items
                if v.item.basis is Basis.CRITERION
                and v.status in (Status.NOT_STARTED, Status.IN_PROGRESS)
            )
            advice = view.advice_on(on)
            result.append(InstrumentSummary(instrument, progress, open_items, advice))
        return result

    def build(self, on: dt.date | None = None) -> Dashboard:
        """The state on ``on`` (today by default): done items count from their done date."""
        today = self._ctx.today()
        on = on or today
        profile = self._region.require_profile()
        summaries = self.summaries(on.year, on)
        implemented = sum(
            1 for s in summaries if not s.instrument.is_own and s.progress.implemented
        )
        return Dashboard(
            on=on,
            year=on.year,
            implementation_year=profile.implementation_year(on.year),
            summaries=tuple(summaries),
            verdict=verdict(on, implemented),
            due=tuple(self.nearest_due(on.year, today)),
            deadline=next_report_deadline(today, self._reports.sent_quarters()),
            warnings=self.warnings(today),
        )

    def warnings(self, today: dt.date) -> tuple[str, ...]:
        found = [source.dashboard_warning(today) for source in self._warning_sources]
        return tuple(w for w in found if w)

    def nearest_due(self, year: int, today: dt.date, limit: int = DUE_LIMIT) -> list[DueItem]:
        checklists = self._checklists
        instruments: dict[str, Instrument] = {i.code: i for i in checklists.instruments()}
        profile = self._region.require_profile()
        settings, bucket = profile.settings, profile.year_bucket(year)
        due: list[DueItem] = []
        effective: dict[str, dict[str, Status]] = {}  # per instrument, read when first needed
        for state in checklist_repo.load_open_with_due(self._ctx.db, [year, ONE_TIME_CYCLE]):
            instrument = instruments.get(state.instrument_code)
            if instrument is None or state.due_date is None:
                continue
            applicable = {i.key: i for i in instrument.items_for(bucket, settings)}
            item = applicable.get(state.item_key)
            if item is None:
                continue
            if instrument.code not in effective:
                view = checklists.checklist(instrument.code, year, as_of=today)
                effective[instrument.code] = {v.item.key: v.status for v in view.items}
            # The stored status is only the user's plain one: done by the records or by the
            # coordinator's manual word, the item has no deadline left to warn of.
            if effective[instrument.code].get(item.key) in (Status.DONE, Status.NOT_APPLICABLE):
                continue
            due.append(
                DueItem(
                    instrument,
                    item,
                    state.due_date,
                    state.responsible,
                    overdue=state.due_date < today,
                )
            )
            if len(due) >= limit:
                break
        return due
