"""The Regional export programme and the Plan's budget: instrument 4 and block V (issue 7)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventId
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Execution
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.programme.rules import BudgetCheck
from res_desktop.domain.programme.rules import budget_check
from res_desktop.domain.programme.rules import events_of
from res_desktop.domain.programme.rules import funding_by_instrument
from res_desktop.domain.programme.rules import quarter_events
from res_desktop.domain.programme.validation import validate_budget
from res_desktop.domain.programme.validation import validate_event
from res_desktop.domain.programme.validation import validate_kpi
from res_desktop.domain.programme.validation import validate_programme
from res_desktop.reports.programme.data import ProgrammeReportData
from res_desktop.services.common.input import stripped
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import refuse_invalid
from res_desktop.services.common.results import with_id
from res_desktop.services.programme import extract as programme_extract
from res_desktop.storage.programme import repo as programme_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService

INSTRUMENT = "04"


@dataclass(frozen=True)
class QuarterExecution:
    year: int
    quarter: int
    rows: tuple[tuple[ProgrammeEvent, Execution], ...]  # events due by the quarter's end

    def count(self, execution: Execution) -> int:
        return sum(1 for _, e in self.rows if e is execution)


class ProgrammeService:
    def __init__(self, ctx: ServiceContext, *, region: RegionService) -> None:
        self._ctx = ctx
        self._region = region

    def has_records(self) -> bool:
        return programme_repo.has_records(self._ctx.db)

    # -- the document ------------------------------------------------------------------
    def programme(self) -> Programme | None:
        return programme_repo.load_programme(self._ctx.db)

    def save_programme(self, *, programme: Programme) -> Programme:
        """The programme's one record: texts trimmed, blank goals dropped."""
        programme = stripped(
            programme,
            ("title", "act_type", "act_number"),
            goals=tuple(g.strip() for g in programme.goals if g.strip()),
        )
        refuse_invalid(validate_programme(programme, self._ctx.today()))
        self._ctx.write(programme_repo.save_programme, programme)
        return programme

    # -- KPIs ----------------------------------------------------------------------------
    def kpis(self) -> list[Kpi]:
        return programme_repo.load_kpis(self._ctx.db)

    def save_kpi(self, *, kpi: Kpi) -> Kpi:
        """Add (id None) or replace one indicator with its plan and fact by year."""
        kpi = stripped(kpi, ("name", "unit"), plan=dict(kpi.plan), fact=dict(kpi.fact))
        refuse_invalid(validate_kpi(kpi))
        with self._ctx.writing():
            known = {k.id for k in programme_repo.load_kpis(self._ctx.db)}
            if kpi.id is not None and kpi.id not in known:
                raise ValidationFailed({"name": "Показатель не найден (возможно, удалён)."})
            new_id = programme_repo.save_kpi(self._ctx.db, kpi.id, kpi)
        return dataclasses.replace(kpi, id=new_id)

    def delete_kpi(self, kpi_id: int) -> None:
        self._ctx.write(programme_repo.delete_kpi, kpi_id)

    # -- events --------------------------------------------------------------------------
    def events(self, year: int | None = None) -> list[ProgrammeEvent]:
        found = programme_repo.load_events(self._ctx.db)
        return found if year is None else events_of(found, year)

    def event(self, event_id: int) -> ProgrammeEvent:
        return with_id(
            self.events(),
            event_id,
            {"event": "Мероприятие не найдено (возможно, удалено)."},
        )

    def save_event(self, *, event: ProgrammeEvent) -> ProgrammeEvent:
        """Add (id None) or change one event; an event deleted meanwhile is refused."""
        if event.id is not None:
            self.event(event.id)
        event = stripped(event, ("title", "responsible"))
        refuse_invalid(validate_event(event, self._ctx.today()))
        event_id = self._ctx.upsert(
            event, event.id, programme_repo.insert_event, programme_repo.update_event
        )
        return dataclasses.replace(event, id=EventId(event_id))

    def delete_event(self, event_id: int) -> ProgrammeEvent:
        return self._ctx.delete(programme_repo.delete_event, self.event(event_id))

    # -- budget --------------------------------------------------------------------------
    def budgets(self) -> list[BudgetYear]:
        return programme_repo.BUDGETS.load(self._ctx.db)

    def budget(self, year: int) -> BudgetYear | None:
        return programme_repo.BUDGETS.get(self._ctx.db, year)

    def save_budget(self, *, budget: BudgetYear) -> BudgetYear:
        """Add or replace the year's GRP and Plan budget."""
        refuse_invalid(validate_budget(budget))
        self._ctx.write(programme_repo.BUDGETS.save, budget)
        return budget

    def delete_budget(self, year: int) -> None:
        self._ctx.write(programme_repo.BUDGETS.delete, year)

    def budget_check(self, year: int) -> BudgetCheck | None:
        found = self.budget(year)
        return budget_check(found) if found else None

    def funding_by_instrument(self, year: int) -> dict[str, tuple[Funding, Funding]]:
        return funding_by_instrument(self.events(), year)

    # -- execution and verdicts ----------------------------------------------------------
    def quarter_execution(self, year: int, quarter: int) -> QuarterExecution:
        if quarter not in (1, 2, 3, 4):
            raise ValidationFailed({"quarter": "Квартал — от 1 до 4."})
        return QuarterExecution(year, quarter, tuple(quarter_events(self.events(), year, quarter)))

    def item_verdicts(self, year: int, as_of: dt.date | None = None) -> dict[str, Verdict]:
        """The verdicts as checklist items: a met item undated by the records counts from 1 Jan."""
        return {
            key: v if v.done_on or not v.met else dataclasses.replace(v, done_on=_year_start(year))
            for key, v in self.verdicts(year, as_of).items()
        }

    def verdicts(self, year: int, as_of: dt.date | None = None) -> dict[str, Verdict]:
        """Instrument 4's items this service decides for the year's implementation stage."""
        stage = self._region.require_profile().implementation_year(year)
        return programme_extract.verdicts(self, year, stage, as_of or self._ctx.today())

    def dashboard_warning(self, today: dt.date) -> str | None:
        """Overdue events of the year, or a budget below block V's threshold; None when fine."""
        if not self.has_records():
            return None
        overdue = [
            e
            for e in self.events(today.year)
            if not e.done_fully and e.status is not EventStatus.CANCELLED and e.deadline < today
        ]
        parts = []
        if overdue:
            first = overdue[0]
            parts.append(
                f"Просрочено мероприятий Региональной программы: {len(overdue)} "
                f"(например, «{first.title}», срок {date_short(first.deadline)})."
            )
        check = self.budget_check(today.year)
        if check is not None and not check.met:
            parts.append(check.note)
        return " ".join(parts) or None

    def report_extract(self, year: int, as_of: dt.date) -> ProgrammeReportData:
        stage = self._region.require_profile().implementation_year(year)
        return programme_extract.extract(self, year, stage, as_of)


def _year_start(year: int) -> dt.date:
    return dt.date(year, 1, 1)
