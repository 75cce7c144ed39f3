"""Table models of the programme page: events, budget by year, quarterly execution."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from res_desktop.domain.common.russian import date_short, roubles
from res_desktop.domain.programme.model import BudgetYear, Execution, ProgrammeEvent
from res_desktop.domain.programme.rules import budget_check
from res_desktop.gui.common import texts
from res_desktop.gui.common.table_model import Row, TableColumn, TeamTableModel

ExecutionRow = tuple[ProgrammeEvent, Execution]


class ColouredTableModel(TeamTableModel[Row], Generic[Row]):
    """A team-style table whose rows may carry a text colour (a check passed or failed)."""

    def __init__(self, columns: Sequence[TableColumn[Row]], parent: object = None) -> None:
        super().__init__(columns, parent)
        self.colour: Callable[[Row], str | None] = lambda _row: None

    def _decoration(self, row: Row, column: TableColumn[Row], role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and self.colour(row):
            return QBrush(QColor(self.colour(row)))
        return super()._decoration(row, column, role)


def _done(e: ProgrammeEvent) -> str:
    return f"{e.done_count} из {e.planned_count}"


def events_model() -> ColouredTableModel[ProgrammeEvent]:
    model: ColouredTableModel[ProgrammeEvent] = ColouredTableModel([
        TableColumn("Инстр.", lambda e: str(int(e.instrument)), lambda e: e.instrument, True),
        TableColumn("Мероприятие", lambda e: e.title),
        TableColumn("Ответственный", lambda e: e.responsible),
        TableColumn("Срок", lambda e: date_short(e.deadline), lambda e: e.deadline.isoformat(),
                    True),
        TableColumn("Статус", lambda e: e.status.label),
        TableColumn("Выполнено", _done, lambda e: e.done_count / e.planned_count, True),
        TableColumn("Дата", lambda e: date_short(e.done_on), lambda e: str(e.done_on or ""), True),
        TableColumn("План, ₽", lambda e: roubles(e.planned.total), lambda e: e.planned.total),
        TableColumn("Факт, ₽", lambda e: roubles(e.actual.total), lambda e: e.actual.total),
    ])  # fmt: skip
    return model


def budget_model() -> ColouredTableModel[BudgetYear]:
    def required(b: BudgetYear) -> int:
        return budget_check(b).required

    def verdict(b: BudgetYear) -> str:
        return "соответствует" if budget_check(b).met else "ниже ориентира"

    model: ColouredTableModel[BudgetYear] = ColouredTableModel([
        TableColumn("Год", lambda b: str(b.year), lambda b: b.year, True),
        TableColumn("ВРП", lambda b: roubles(b.grp), lambda b: b.grp),
        TableColumn("Бюджет Плана", lambda b: roubles(b.budget), lambda b: b.budget),
        TableColumn("Требуется (0,01% ВРП, не менее 50 млн)", lambda b: roubles(required(b)),
                    required),
        TableColumn("Проверка", verdict),
    ])  # fmt: skip
    model.colour = lambda b: texts.OK_COLOR if budget_check(b).met else texts.OVERDUE_COLOR
    return model


def execution_model() -> ColouredTableModel[ExecutionRow]:
    model: ColouredTableModel[ExecutionRow] = ColouredTableModel([
        TableColumn("Инстр.", lambda r: str(int(r[0].instrument)), lambda r: r[0].instrument, True),
        TableColumn("Мероприятие", lambda r: r[0].title),
        TableColumn("Срок", lambda r: date_short(r[0].deadline),
                    lambda r: r[0].deadline.isoformat(), True),
        TableColumn("Выполнено", lambda r: _done(r[0]), None, True),
        TableColumn("Дата", lambda r: date_short(r[0].done_on), lambda r: str(r[0].done_on or ""),
                    True),
        TableColumn("Исполнение на конец квартала", lambda r: r[1].label),
    ])  # fmt: skip
    colours = {Execution.ON_TIME: texts.OK_COLOR, Execution.LATE: "#9a6700",
               Execution.NOT_DONE: texts.OVERDUE_COLOR}  # fmt: skip
    model.colour = lambda r: colours[r[1]]
    return model
