"""The registry's yearly analysis (instrument 9): figures, barriers to send, dispatch letters,
and the instrument's items decided from the registry."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from typing import TypeVar
from typing import cast

from res_desktop.clock import stamped
from res_desktop.domain.common.dates import year_as_of
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.exporters import analysis_rules as rules
from res_desktop.domain.exporters.analysis import FEDERAL_BARRIERS
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.domain.exporters.analysis import BarrierToSend
from res_desktop.domain.exporters.analysis import DispatchId
from res_desktop.domain.exporters.analysis import IndicatorFigures
from res_desktop.domain.exporters.analysis import RegistryAnalysis
from res_desktop.domain.exporters.analysis import YearActivity
from res_desktop.domain.exporters.analysis import validate_dispatch
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.records.indicators import BASE_YEAR
from res_desktop.domain.records.indicators import YEARS
from res_desktop.reports.exporters.data import BarriersAnnexData
from res_desktop.reports.exporters.data import ExporterReportData
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import cleaned_names
from res_desktop.services.common.results import refuse_invalid
from res_desktop.services.exporters import analysis_reports as extract
from res_desktop.storage.exporters import dispatch_repo
from res_desktop.storage.exporters import stats_repo as stats

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService

INSTRUMENT = "09"
_BODY_REFUSALS = (
    "Название федерального органа не может быть пустым.",
    "Федеральный орган указан в списке дважды.",
)
T = TypeVar("T")


class AnalysisService:
    def __init__(self, ctx: ServiceContext, *, region: RegionService) -> None:
        self._ctx = ctx
        self._region = region
        self._memo: dict[tuple[object, ...], tuple[tuple[int, int], object]] = {}

    def has_records(self) -> bool:
        """Whether the registry holds any company (else instrument 9 stays manual)."""
        return stats.company_count(self._ctx.db) > 0

    # -- figures -------------------------------------------------------------------------
    def analysis(self, year: int, as_of: dt.date | None = None) -> RegistryAnalysis:
        """The year's figures; the dated ones (checks, sources, support) up to ``as_of``.

        Its activity and Table 1 figures are the ones the checklist and the indicators read.
        """
        on = as_of or year_as_of(year, self._ctx.today())
        # The registry's present state is the same at every date: computed once per state
        # (a report reads it at its date and at the previous quarter's end).
        present = self._remembered(
            ("analysis", year),
            lambda: stats.registry_analysis(
                self._ctx.db,
                year,
                on,
                activity=self.activity(year, on),
                indicators=self.indicator_figures(year),
                needs_count=self.with_needs(),
            ),
        )
        return dataclasses.replace(present, activity=self.activity(year, on))

    def with_needs(self) -> int:
        """Companies with needs: the section's figure and instrument 9's, computed once."""
        return self._remembered(("with_needs",), lambda: stats.with_needs(self._ctx.db))

    def activity(self, year: int, as_of: dt.date) -> YearActivity:
        """Checks, sources and support of the year up to ``as_of``; computed once per state."""
        return self._remembered(
            ("activity", year, as_of), lambda: stats.year_activity(self._ctx.db, year, as_of)
        )

    def indicator_figures(self, year: int) -> IndicatorFigures:
        """SME exporters, export countries, ТН ВЭД positions, volumes and industry shares."""
        return self.indicator_figures_for([year])[year]

    def indicator_figures_for(self, years: Iterable[int]) -> dict[int, IndicatorFigures]:
        """Several years' Table 1 figures in one pass over the registry, computed once while
        the database stays as it is (a report's sections and Table 1 all read these)."""
        wanted = set(years)
        state = self._data_state()
        cached = self._memo.get(("figures",))
        known: dict[int, IndicatorFigures] = {}
        if cached is not None and cached[0] == state:
            known = cast("dict[int, IndicatorFigures]", cached[1])
        if not wanted <= known.keys():  # one pass for these, Table 1's years and those before
            every = wanted | known.keys() | {BASE_YEAR, *YEARS}
            known = self._as_snapshots_hold(
                stats.indicator_figures_for(self._ctx.db, every, self._ctx.today().year)
            )
            self._memo[("figures",)] = (state, known)
        return {year: known[year] for year in wanted}

    def _as_snapshots_hold(self, found: dict[int, IndicatorFigures]) -> dict[int, IndicatorFigures]:
        """A past year's counts as its snapshot holds them (issue 15: 2024's figures are
        2024's, not today's); a year without one keeps the registry's present counts."""
        current = self._ctx.today().year
        for year, figures in found.items():
            held = stats.snapshot_counts(self._ctx.db, year) if year < current else None
            if held is not None:
                sme, countries, positions = held
                found[year] = dataclasses.replace(
                    figures,
                    sme_exporters=sme,
                    export_countries=countries,
                    tnved_positions=positions,
                )
        return found

    def _remembered(self, key: tuple[object, ...], compute: Callable[[], T]) -> T:
        """``compute()``'s value, kept until the database changes (here or elsewhere)."""
        state = self._data_state()
        cached = self._memo.get(key)
        if cached is None or cached[0] != state:
            cached = (state, compute())
            self._memo[key] = cached
        return cast("T", cached[1])

    def barriers_to_send(
        self, year: int, kinds: Iterable[Barrier] | None = None
    ) -> tuple[BarrierToSend, ...]:
        """Barriers of the registry's companies that need federal decisions, most common first.

        ``kinds`` defaults to FEDERAL_BARRIERS; the registry's current state answers for
        ``year`` (the registry keeps no yearly snapshots).
        """
        del year  # the same registry answers every year; kept for the callers' symmetry
        chosen = tuple(FEDERAL_BARRIERS if kinds is None else kinds)
        return self._remembered(
            ("barriers", chosen), lambda: stats.barriers_to_send(self._ctx.db, chosen)
        )

    def annex_data(self, year: int, kinds: Iterable[Barrier] | None = None) -> BarriersAnnexData:
        profile = self._region.require_profile()
        return BarriersAnnexData(
            region_name=profile.region_name,
            coordinator_body=profile.coordinator_body,
            year=year,
            generated_at=stamped(self._ctx.today()),
            total_companies=stats.company_count(self._ctx.db),
            analysed_companies=stats.with_barriers(self._ctx.db),
            barriers=tuple(extract.barrier_line(b) for b in self.barriers_to_send(year, kinds)),
            contact_person=profile.contact_person,
            phone=profile.phone,
            email=profile.email,
        )

    def export_barriers_xlsx(
        self, year: int, out: str | Path, kinds: Iterable[Barrier] | None = None
    ) -> Path:
        return extract.write_barriers_xlsx(self.annex_data(year, kinds), Path(out))

    def export_barriers_pdf(
        self, year: int, out: str | Path, kinds: Iterable[Barrier] | None = None
    ) -> Path:
        from res_desktop.reports.exporters.barriers_annex import build_barriers_annex_pdf

        return build_barriers_annex_pdf(self.annex_data(year, kinds), out)

    def report_extract(self, year: int, as_of: dt.date) -> ExporterReportData | None:
        """The registry's report section (``ReportData.extras["exporters"]``); None if empty."""
        if not self.has_records():
            return None
        titles = {i.key: i.title for i in self._ctx.catalogue.get(INSTRUMENT).items}
        return extract.report_data(
            self.analysis(year, as_of),
            as_of,
            self.barriers_to_send(year),
            self.dispatches(year, as_of),
            {titles.get(k, k): v for k, v in self.verdicts(year, as_of).items()},
        )

    # -- dispatch letters ------------------------------------------------------------------
    def dispatches(
        self, year: int | None = None, as_of: dt.date | None = None
    ) -> list[BarrierDispatch]:
        """The letters sent (up to ``as_of`` when given: each counts from its sending date)."""
        table, db = dispatch_repo.DISPATCHES, self._ctx.db
        found = table.load(db) if year is None else table.load(db, year=year)
        return found if as_of is None else [d for d in found if d.sent_on <= as_of]

    def save_dispatch(self, *, dispatch: BarrierDispatch) -> BarrierDispatch:
        """Record (id None) or correct the letter sending the year's results to the federal
        body or РЭЦ."""
        if (
            dispatch.id is not None
            and dispatch_repo.DISPATCHES.get(self._ctx.db, dispatch.id) is None
        ):
            raise ValidationFailed({"dispatch": "Письмо не найдено: возможно, оно уже удалено."})
        dispatch = dataclasses.replace(
            dispatch,
            outgoing_number=dispatch.outgoing_number.strip(),
            recipient=dispatch.recipient.strip(),
        )
        _check(validate_dispatch(dispatch, self._ctx.today()))
        table = dispatch_repo.DISPATCHES
        dispatch_id = self._ctx.upsert(dispatch, dispatch.id, table.insert, table.update)
        return dataclasses.replace(dispatch, id=DispatchId(dispatch_id))

    def delete_dispatch(self, dispatch_id: int) -> None:
        self._ctx.write(dispatch_repo.DISPATCHES.delete, dispatch_id)

    # -- federal bodies ------------------------------------------------------------------
    def federal_bodies(self) -> list[str]:
        """The bodies a letter must go to for «переданы в профильный федеральный орган»."""
        return dispatch_repo.federal_bodies(self._ctx.db)

    def set_federal_bodies(self, *, names: list[str]) -> list[str]:
        """Replaces the whole list (the dialog saves it at once), refused with Russian
        messages when a name is empty or repeated."""
        cleaned = cleaned_names(names, "federal_bodies", *_BODY_REFUSALS)
        self._ctx.write(dispatch_repo.set_federal_bodies, cleaned)
        return self.federal_bodies()

    # -- instrument 9 --------------------------------------------------------------------
    def verdict(self, key: str, year: int, as_of: dt.date | None = None) -> Verdict | None:
        """One of instrument 9's items as the registry decides it; None when it does not."""
        return self.verdicts(year, as_of).get(key)

    def verdicts(self, year: int, as_of: dt.date | None = None) -> dict[str, Verdict]:
        """Every item the registry decides as of ``as_of`` (the year's end or today);
        remembered until the database changes.

        The dashboard, the checklist and a report all ask: at 100,000 companies the figures
        take about half a second, so they are computed once per date.
        """
        on = as_of or year_as_of(year, self._ctx.today())
        return dict(self._remembered(("verdicts", year, on), lambda: self._decide(year, on)))

    def _data_state(self) -> tuple[int, int]:
        return self._ctx.data_state()

    def _decide(self, year: int, as_of: dt.date) -> dict[str, Verdict]:
        """From the same year's activity the registry section shows (one computation)."""
        db = self._ctx.db
        done = self.activity(year, as_of)
        total, in_year, last = stats.company_count(db), done.in_year, done.last_date
        return {
            "registry_formed": rules.registry_formed(year, total, in_year, done.first_date),
            "registry_official_sources": rules.official_sources(year, done.sources),
            "export_stage_analysis": rules.stage_analysis(
                year, done.in_year_with_stage, in_year, last
            ),
            "needs_barriers_analysis": rules.needs_barriers_analysis(
                year, done.in_year_analysed, in_year, last
            ),
            "targeted_support_access": rules.targeted_support(
                year,
                self.with_needs(),
                done.supported_with_needs,
                done.first_support_with_needs,
                done.support,
            ),
            "barriers_sent_federal": rules.barriers_sent(
                year, self.dispatches(as_of=as_of), self.federal_bodies()
            ),
        }


def _check(errors: dict[str, str]) -> None:
    refuse_invalid(errors)
