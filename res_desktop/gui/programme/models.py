"""Table models of the programme page: events, budget by year, quarterly execution."""

from __future__ import annotations

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import roubles
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import Execution
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.programme.model import target_short
from res_desktop.domain.programme.rules import budget_check
from res_desktop.gui.common import texts
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel

ExecutionRow = tuple[ProgrammeEvent, Execution]


def _done(e: ProgrammeEvent) -> str:
    return f"{e.done_count} из {e.planned_count}"


def events_model() -> RecordTableModel[ProgrammeEvent]:
    model: RecordTableModel[ProgrammeEvent] = RecordTableModel([
        Column("Инстр.", lambda e: target_short(e.instrument), lambda e: e.instrument, True),
        Column("Мероприятие", lambda e: e.title),
        Column("Ответственный", lambda e: e.responsible),
        Column("Срок", lambda e: date_short(e.deadline), lambda e: e.deadline.isoformat(),
               True),
        Column("Статус", lambda e: e.status.label),
        Column("Выполнено", _done, lambda e: e.done_count / e.planned_count, True),
        Column("Дата", lambda e: date_short(e.done_on), lambda e: str(e.done_on or ""), True),
        Column("План, ₽", lambda e: roubles(e.planned.total), lambda e: e.planned.total),
        Column("Факт, ₽", lambda e: roubles(e.actual.total), lambda e: e.actual.total),
    ])  # fmt: skip
    return model


def budget_model() -> RecordTableModel[BudgetYear]:
    def required(b: BudgetYear) -> int:
        return budget_check(b).required

    def verdict(b: BudgetYear) -> str:
        return "соответствует" if budget_check(b).met else "ниже ориентира"

    model: RecordTableModel[BudgetYear] = RecordTableModel([
        Column("Год", lambda b: str(b.year), lambda b: b.year, True),
        Column("ВРП", lambda b: roubles(b.grp), lambda b: b.grp),
        Column("Бюджет Плана", lambda b: roubles(b.budget), lambda b: b.budget),
        Column("Требуется (0,01% ВРП, не менее 50 млн)", lambda b: roubles(required(b)),
               required),
        Column("Проверка", verdict),
    ])  # fmt: skip
    model.colour = lambda b: texts.OK_COLOR if budget_check(b).met else texts.OVERDUE_COLOR
    return model


def execution_model() -> RecordTableModel[ExecutionRow]:
    model: RecordTableModel[ExecutionRow] = RecordTableModel([
        Column("Инстр.", lambda r: target_short(r[0].instrument), lambda r: r[0].instrument, True),
        Column("Мероприятие", lambda r: r[0].title),
        Column("Срок", lambda r: date_short(r[0].deadline),
               lambda r: r[0].deadline.isoformat(), True),
        Column("Выполнено", lambda r: _done(r[0]), None, True),
        Column("Дата", lambda r: date_short(r[0].done_on), lambda r: str(r[0].done_on or ""),
               True),
        Column("Исполнение на конец квартала", lambda r: r[1].label),
    ])  # fmt: skip
    colours = {Execution.ON_TIME: texts.OK_COLOR, Execution.LATE: "#9a6700",
               Execution.NOT_DONE: texts.OVERDUE_COLOR}  # fmt: skip
    model.colour = lambda r: colours[r[1]]
    return model
