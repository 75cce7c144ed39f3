"""Instrument 4's verdicts and the report extract, built from ProgrammeService's records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.programme.rules import approved
from res_desktop.domain.programme.rules import blocks_2_3
from res_desktop.domain.programme.rules import budget_floor
from res_desktop.domain.programme.rules import classify
from res_desktop.domain.programme.rules import events_executed
from res_desktop.domain.programme.rules import funding
from res_desktop.domain.programme.rules import funding_by_instrument
from res_desktop.domain.programme.rules import period_and_content
from res_desktop.domain.programme.rules import strategy_and_projects
from res_desktop.reports.common.data import RuleRow
from res_desktop.reports.programme.data import EventRow
from res_desktop.reports.programme.data import FundingRow
from res_desktop.reports.programme.data import ProgrammeReportData
from res_desktop.services.common.rows import row_from

if TYPE_CHECKING:
    from res_desktop.services.programme.service import ProgrammeService

# Catalogue titles shortened for the report's verdict list.
RULE_TITLES = {
    "programme_approved": "Программа разработана и утверждена",
    "programme_period_and_content": "Период, цели, показатели и мероприятия программы",
    "programme_blocks_2_3": "Мероприятия по инструментам блоков II и III",
    "programme_strategy_and_projects": "Мероприятия экспортной стратегии и региональных проектов",
    "programme_funding": "Необходимое финансирование предусмотрено или запланировано",
    "programme_events_executed": "Мероприятия исполняются в полном объёме и в срок",
    "programme_funding_current_year": "Бюджет Плана на год не ниже ориентира раздела V",
}


def as_it_stood(event: ProgrammeEvent, as_of: dt.date) -> ProgrammeEvent:
    """The event as the records stood on ``as_of``.

    The records keep one state per event, with its completion date: an event completed after
    ``as_of`` was still being executed then, and its count and spending, recorded at
    completion, were not yet there.
    """
    if event.done_on is None or event.done_on <= as_of:
        return event
    return dataclasses.replace(
        event, status=EventStatus.IN_PROGRESS, done_count=0, done_on=None, actual=Funding()
    )


def events_as_of(
    service: ProgrammeService, as_of: dt.date, year: int | None = None
) -> list[ProgrammeEvent]:
    return [as_it_stood(e, as_of) for e in service.events(year)]


def verdicts(
    service: ProgrammeService, year: int, stage: int, as_of: dt.date
) -> dict[str, Verdict]:
    events = events_as_of(service, as_of)
    budget = service.budget(year)
    if stage <= 1:
        programme = service.programme()
        return {
            "programme_approved": approved(programme),
            "programme_period_and_content": period_and_content(
                programme, len(service.kpis()), events, year
            ),
            "programme_strategy_and_projects": strategy_and_projects(events, year),
            "programme_blocks_2_3": blocks_2_3(events, year),
            "programme_funding": funding(events, budget, year),
        }
    return {
        "programme_events_executed": events_executed(events, year, as_of),
        "programme_funding_current_year": budget_floor(budget, year),
    }


def extract(
    service: ProgrammeService, year: int, stage: int, as_of: dt.date
) -> ProgrammeReportData:
    programme = service.programme()
    check = service.budget_check(year)
    return ProgrammeReportData(
        year=year,
        as_of=as_of,
        implementation_year=stage,
        title=programme.title if programme else "Региональная программа не внесена",
        approval=_approval(programme),
        period=_period(programme),
        goals=programme.goals if programme else (),
        events=tuple(_event_rows(service, year, as_of)),
        funding=tuple(_funding_rows(service, year, as_of)),
        budget_note=check.note if check else f"Бюджет Плана на {year} год не внесён.",
        budget_met=check.met if check else None,
        verdicts=tuple(
            RuleRow(RULE_TITLES[key], v.met, v.note, key)
            for key, v in verdicts(service, year, stage, as_of).items()
        ),
    )


def _approval(programme: Programme | None) -> str:
    if programme is None or not programme.is_approved:
        return "не утверждена"
    return f"{programme.act_type} от {date_short(programme.act_date)} № {programme.act_number}"


def _period(programme: Programme | None) -> str:
    if programme is None:
        return "—"
    return (
        f"{programme.start_year}–{programme.end_year} гг. "
        f"с прогнозом до {programme.forecast_year} г."
    )


def _event_rows(service: ProgrammeService, year: int, as_of: dt.date) -> list[EventRow]:
    rows = []
    for e in events_as_of(service, as_of, year):
        done = e.done_fully_by(as_of)
        execution = classify(e, as_of).label if e.deadline <= as_of or done else "срок не наступил"
        rows.append(
            row_from(
                EventRow,
                e,
                done_on=e.done_on if done else None,
                execution_label=execution,
                planned_total=e.planned.total,
                actual_total=e.actual.total,
            )
        )
    return rows


def _funding_rows(service: ProgrammeService, year: int, as_of: dt.date) -> list[FundingRow]:
    return [
        FundingRow(code, p.regional, p.federal, p.extra, a.total)
        for code, (p, a) in funding_by_instrument(events_as_of(service, as_of), year).items()
    ]
