"""Instrument 4's rules and block V's budget check, judged from the programme's records.

Decisions (issue 7):
- year 1: the programme is approved once the act (type, number, date) is recorded; funding is
  «необходимое» when the Plan's budget for the year, or else the events' planned regional money,
  reaches section V's floor (a budget above zero but below it is not enough);
- every later year: the Plan's budget reaches the floor (section V, «ежегодно»);
- year 2 and later: every event of the year (cancelled ones included: the programme was not
  executed in full) must be done fully (done count ≥ planned) and no later than its deadline.
  An event whose deadline has not come yet keeps the item «в работе» without a complaint;
- budget: required = max(⌈0.01% × GRP⌉, 50 000 000 ₽); a budget exactly at it passes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import roubles
from res_desktop.domain.programme.model import EVENT_INSTRUMENTS
from res_desktop.domain.programme.model import FORECAST_YEAR
from res_desktop.domain.programme.model import GRP_SHARE_DIVISOR
from res_desktop.domain.programme.model import MIN_BUDGET_ROUBLES
from res_desktop.domain.programme.model import PERIOD_END_YEAR
from res_desktop.domain.programme.model import REGIONAL_PROJECT_TARGET
from res_desktop.domain.programme.model import STRATEGY_TARGET
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import Execution
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.programme.model import quarter_end


@dataclass(frozen=True)
class BudgetCheck:
    year: int
    grp: int
    budget: int
    share_threshold: int  # 0.01% of GRP, rounded up to a rouble
    minimum: int = MIN_BUDGET_ROUBLES

    @property
    def required(self) -> int:
        return max(self.share_threshold, self.minimum)

    @property
    def met(self) -> bool:
        return self.budget >= self.required

    @property
    def note(self) -> str:
        verdict = "соответствует ориентиру" if self.met else "ниже ориентира"
        return (
            f"Бюджет Плана на {self.year} год — {roubles(self.budget)}: {verdict} "
            f"раздела V (0,01% ВРП — {roubles(self.share_threshold)}, "
            f"не менее {roubles(self.minimum)}; требуется {roubles(self.required)})."
        )


def budget_check(budget: BudgetYear) -> BudgetCheck:
    share = -(-budget.grp // GRP_SHARE_DIVISOR)  # ceiling: 0.01% is a lower bound
    return BudgetCheck(budget.year, budget.grp, budget.budget, share)


def classify(event: ProgrammeEvent, by: dt.date) -> Execution:
    """Done on time, done late (but by ``by``), or not done by ``by``."""
    if not event.done_fully_by(by):
        return Execution.NOT_DONE
    return Execution.ON_TIME if event.on_time else Execution.LATE


def events_of(events: Sequence[ProgrammeEvent], year: int) -> list[ProgrammeEvent]:
    return sorted((e for e in events if e.year == year), key=lambda e: (e.deadline, e.title))


def quarter_events(
    events: Sequence[ProgrammeEvent], year: int, quarter: int
) -> list[tuple[ProgrammeEvent, Execution]]:
    """The year's events due by the quarter's end, each classified as of that day."""
    end = quarter_end(year, quarter)
    due = [e for e in events_of(events, year) if e.deadline <= end]
    return [(e, classify(e, end)) for e in due]


def funding_by_instrument(
    events: Sequence[ProgrammeEvent], year: int
) -> dict[str, tuple[Funding, Funding]]:
    """Instrument -> (planned, actual) summed over the year's events."""
    found: dict[str, tuple[Funding, Funding]] = {}
    for e in events_of(events, year):
        planned, actual = found.get(e.instrument, (Funding(), Funding()))
        found[e.instrument] = (planned + e.planned, actual + e.actual)
    return dict(sorted(found.items()))


def approved(programme: Programme | None) -> Verdict:
    if programme is None:
        return Verdict(
            met=False, done_on=None, note="Сведения о Региональной программе не внесены."
        )
    if programme.is_approved:
        note = (
            f"Утверждена: {programme.act_type} от {date_short(programme.act_date)} "
            f"№ {programme.act_number} ({programme.approved_by.label.lower()})."
        )
        return Verdict(met=True, done_on=programme.act_date, note=note)
    missing = [
        name
        for name, value in (
            ("вид акта", programme.act_type.strip()),
            ("номер", programme.act_number.strip()),
            ("дата", programme.act_date),
        )
        if not value
    ]
    note = f"Программа разработана, акт об утверждении не внесён: нет — {', '.join(missing)}."
    return Verdict(met=False, done_on=None, note=note, partial=True)


def period_and_content(
    programme: Programme | None, kpi_count: int, events: Sequence[ProgrammeEvent], year: int
) -> Verdict:
    if programme is None:
        return Verdict(
            met=False, done_on=None, note="Сведения о Региональной программе не внесены."
        )
    missing = []
    if programme.end_year < PERIOD_END_YEAR or programme.forecast_year < FORECAST_YEAR:
        missing.append(f"период до {PERIOD_END_YEAR} года с прогнозом до {FORECAST_YEAR} года")
    if not programme.goals:
        missing.append("цели")
    if not kpi_count:
        missing.append("показатели")
    if not events_of(events, year):
        missing.append(f"мероприятия на {year} год")
    if missing:
        return Verdict(
            met=False, done_on=None, note=f"Не указаны: {'; '.join(missing)}.", partial=True
        )
    note = (
        f"Период {programme.start_year}–{programme.end_year} гг. с прогнозом до "
        f"{programme.forecast_year} г.; целей: {len(programme.goals)}, показателей: {kpi_count}."
    )
    return Verdict(met=True, done_on=programme.act_date, note=note)


def blocks_2_3(events: Sequence[ProgrammeEvent], year: int) -> Verdict:
    of_year = events_of(events, year)
    covered = {e.instrument for e in of_year}
    missing = [code for code in EVENT_INSTRUMENTS if code not in covered]
    counts = ", ".join(
        f"{code} — {sum(e.planned_count for e in of_year if e.instrument == code)}"
        for code in EVENT_INSTRUMENTS
        if code in covered
    )
    if missing:
        note = f"Нет мероприятий {year} года по инструментам: {', '.join(missing)}."
        return Verdict(met=False, done_on=None, note=note, partial=bool(covered))
    return Verdict(
        met=True, done_on=None, note=f"Мероприятий в {year} году по инструментам: {counts}."
    )


def _planned_regional(events: Sequence[ProgrammeEvent], year: int) -> int:
    return sum(e.planned.regional for e in events_of(events, year))


def funding(events: Sequence[ProgrammeEvent], budget: BudgetYear | None, year: int) -> Verdict:
    """Year 1: «предусмотрено необходимое финансирование … либо запланированы мероприятия по …
    выделению финансирования»; «необходимое» is section V's floor, so the Plan's budget or the
    events' planned regional money must reach it, not just be above zero."""
    planned = _planned_regional(events, year)
    if budget is None:
        note = f"ВРП и бюджет Плана на {year} год не внесены: ориентир раздела V не проверить"
        if planned:
            note += f" (запланировано из бюджета субъекта РФ {roubles(planned)})"
        return Verdict(met=False, done_on=None, note=note + ".", partial=planned > 0)
    check = budget_check(budget)
    if check.met:
        return Verdict(met=True, done_on=None, note=check.note)
    if planned >= check.required:
        note = (
            f"Запланировано финансирование мероприятий из бюджета субъекта РФ: "
            f"{roubles(planned)} — не ниже ориентира раздела V ({roubles(check.required)})."
        )
        return Verdict(met=True, done_on=None, note=note)
    note = check.note
    if planned:
        note += f" Запланировано по мероприятиям: {roubles(planned)}."
    return Verdict(met=False, done_on=None, note=note, partial=bool(budget.budget or planned))


def budget_floor(budget: BudgetYear | None, year: int) -> Verdict:
    """Years 2+: the Plan's budget for the year reaches section V's floor, figures shown."""
    if budget is None:
        return Verdict(
            met=False,
            done_on=None,
            note=f"ВРП и бюджет Плана на {year} год не внесены: ориентир раздела V "
            "(не менее 0,01% ВРП и не менее 50 млн ₽) не проверить.",
        )
    check = budget_check(budget)
    return Verdict(met=check.met, done_on=None, note=check.note, partial=budget.budget > 0)


def strategy_and_projects(events: Sequence[ProgrammeEvent], year: int) -> Verdict:
    """The year's events include the export strategy's events and regional projects' events."""
    of_year = events_of(events, year)
    found = {e.instrument for e in of_year}
    wanted = {
        STRATEGY_TARGET: "экспортной стратегии",
        REGIONAL_PROJECT_TARGET: "региональных проектов",
    }
    missing = [name for code, name in wanted.items() if code not in found]
    if missing:
        note = f"Нет мероприятий {year} года: {', '.join(missing)}."
        return Verdict(met=False, done_on=None, note=note, partial=len(missing) < len(wanted))
    counts = ", ".join(
        f"{name} — {sum(1 for e in of_year if e.instrument == code)}"
        for code, name in wanted.items()
    )
    return Verdict(met=True, done_on=None, note=f"Мероприятий в {year} году: {counts}.")


def events_executed(events: Sequence[ProgrammeEvent], year: int, as_of: dt.date) -> Verdict:
    of_year = events_of(events, year)
    if not of_year:
        return Verdict(
            met=False, done_on=None, note=f"Мероприятия программы на {year} год не внесены."
        )
    done = [e for e in of_year if e.done_fully_by(as_of)]
    late = [e for e in done if not e.on_time]
    undone = [e for e in of_year if e not in done and e.deadline < as_of]
    waiting = [e for e in of_year if e not in done and e.deadline >= as_of]
    on_time = len(of_year) - len(late) - len(undone) - len(waiting)
    parts = [f"Выполнено в срок {on_time} из {len(of_year)} мероприятий"]
    if late:
        parts.append("с нарушением срока: " + "; ".join(_late(e) for e in late))
    if undone:
        parts.append("не выполнены в срок: " + "; ".join(_undone(e) for e in undone))
    if waiting:
        parts.append("срок не наступил: " + "; ".join(f"«{e.title}» (до {date_short(e.deadline)})"
                                                      for e in waiting))  # fmt: skip
    note = "; ".join(parts) + "."
    if late or undone or waiting:
        return Verdict(met=False, done_on=None, note=note, partial=on_time > 0 or bool(waiting))
    return Verdict(met=True, done_on=max(e.done_on for e in done if e.done_on), note=note)


def _late(event: ProgrammeEvent) -> str:
    deadline, done = date_short(event.deadline), date_short(event.done_on)
    return f"«{event.title}» (срок {deadline}, выполнено {done})"


def _undone(event: ProgrammeEvent) -> str:
    done = f"{event.done_count} из {event.planned_count}"
    return f"«{event.title}» (срок {date_short(event.deadline)}, {event.status.label}, {done})"
