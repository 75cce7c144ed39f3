"""The programme and budget as a report shows them: plain values filled by ProgrammeService."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from res_desktop.domain.programme.model import Execution
from res_desktop.reports.common.data import RuleRow


@dataclass(frozen=True)
class EventRow:
    instrument: str
    title: str
    responsible: str
    deadline: dt.date
    planned_count: int
    done_count: int
    done_on: dt.date | None
    status_label: str
    execution_label: str  # as of the report date
    planned_total: int
    actual_total: int


@dataclass(frozen=True)
class FundingRow:
    instrument: str
    planned_regional: int
    planned_federal: int
    planned_extra: int
    actual_total: int

    @property
    def planned_total(self) -> int:
        return self.planned_regional + self.planned_federal + self.planned_extra


@dataclass(frozen=True)
class ProgrammeReportData:
    year: int
    as_of: dt.date
    implementation_year: int
    title: str
    approval: str  # «Постановление Губернатора от 12.03.2024 № 45-пг» or «не утверждена»
    period: str  # «2021–2024 гг. с прогнозом до 2030 г.»
    goals: tuple[str, ...]
    events: tuple[EventRow, ...]
    funding: tuple[FundingRow, ...]
    budget_note: str  # the block V check, or that no budget is recorded
    budget_met: bool | None
    verdicts: tuple[RuleRow, ...]

    @property
    def on_time_count(self) -> int:
        return sum(1 for e in self.events if e.execution_label == Execution.ON_TIME.label)


@dataclass(frozen=True)
class KpiPlanRow:
    """One target indicator of the regional programme: the year's plan and fact, next plan."""

    name: str
    unit: str
    plan: float | None
    fact: float | None  # None: no fact recorded for the year
    next_plan: float | None


@dataclass(frozen=True)
class ProgrammeKpiData:
    year: int
    rows: tuple[KpiPlanRow, ...]
    next_year_events: int  # programme events already planned for the next year
