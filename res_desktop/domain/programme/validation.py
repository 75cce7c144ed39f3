"""Field checks for the programme's records: field name -> Russian message."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.common.dates import not_before
from res_desktop.domain.common.russian import figure_error
from res_desktop.domain.common.russian import figure_errors
from res_desktop.domain.programme.model import EVENT_TARGETS
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent


def validate_programme(p: Programme, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not p.title.strip():
        errors["title"] = "Укажите наименование программы."
    if future := not_after_today(p.act_date, today, "Дата акта"):
        errors["act_date"] = future
    if not 2000 <= p.start_year <= 2100:
        errors["start_year"] = "Укажите год начала программы."
    if early := not_before(p.end_year, p.start_year, "Год окончания", "года начала"):
        errors["end_year"] = early
    if early := not_before(p.forecast_year, p.end_year, "Горизонт прогноза", "года окончания"):
        errors["forecast_year"] = early
    return errors


def validate_event(e: ProgrammeEvent, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not e.title.strip():
        errors["title"] = "Укажите наименование мероприятия."
    if e.instrument not in EVENT_TARGETS:
        errors["instrument"] = (
            "Выберите инструмент, мероприятие экспортной стратегии или региональный проект."
        )
    if e.planned_count < 1:
        errors["planned_count"] = "Плановое количество — не менее 1."
    if e.deadline.year != e.year:
        errors["deadline"] = f"Срок должен приходиться на {e.year} год."
    if e.done_count < 0:
        errors["done_count"] = "Количество не может быть отрицательным."
    for name, money in (("planned", e.planned), ("actual", e.actual)):
        if min(money.regional, money.federal, money.extra) < 0:
            errors[name] = "Суммы финансирования не могут быть отрицательными."
    errors.update(_done_fields(e, today))
    for name, money in (("planned", e.planned), ("actual", e.actual)):
        sums = (money.regional, money.federal, money.extra)
        problem = next((p for p in map(figure_error, sums) if p), None)
        if problem:
            errors[name] = problem
    errors.update(figure_errors({"planned_count": e.planned_count, "done_count": e.done_count}))
    return errors


def _done_fields(e: ProgrammeEvent, today: dt.date) -> dict[str, str]:
    if e.status is EventStatus.DONE:
        if e.done_on is None:
            return {"done_on": "Укажите дату выполнения."}
        if e.done_count < 1:
            return {"done_count": "Укажите количество проведённых мероприятий."}
    if e.done_on is not None and e.status is not EventStatus.DONE:
        return {"done_on": "Дата выполнения указывается только для выполненного мероприятия."}
    if future := not_after_today(e.done_on, today, "Дата выполнения"):
        return {"done_on": future}
    return {}


def validate_budget(b: BudgetYear) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not 2000 <= b.year <= 2100:
        errors["year"] = "Укажите год."
    if b.grp <= 0:
        errors["grp"] = "Укажите ВРП субъекта РФ (больше нуля)."
    if b.budget < 0:
        errors["budget"] = "Бюджет не может быть отрицательным."
    errors.update(figure_errors({"grp": b.grp, "budget": b.budget}))
    return errors


def validate_kpi(kpi: Kpi) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not kpi.name.strip():
        errors["name"] = "Укажите наименование показателя."
    for field, by_year, when, negative in (
        ("plan", kpi.plan, "План на {} год.", "Плановые значения не могут быть отрицательными."),
        ("fact", kpi.fact, "Факт за {} год.", "Фактические значения не могут быть отрицательными."),
    ):
        problems = figure_errors({str(year): value for year, value in by_year.items()})
        if problems:
            year, message = next(iter(problems.items()))
            errors[field] = f"{when.format(year)} {message}"
        elif any(value < 0 for value in by_year.values()):
            errors[field] = negative
    return errors
