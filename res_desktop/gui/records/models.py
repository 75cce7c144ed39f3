"""Table models of the records page: centre KPIs, priority countries, agreements, training."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import number
from res_desktop.domain.common.russian import percent
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PriorityCountry
from res_desktop.domain.records.model import StaffTraining
from res_desktop.domain.records.rules import internship_share_met
from res_desktop.gui.common import texts
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel


def _sort(value: float | None) -> float:
    return -1.0 if value is None else float(value)


def _plan_fact(plan: float, fact: float | None) -> str:
    return f"{number(plan)} / {number(fact)}"


def kpi_met_all(k: CentreKpi) -> bool | None:
    facts = (k.fact_supported, k.fact_contracts, k.fact_volume_kusd)
    if all(f is None for f in facts):
        return None
    plans = (k.plan_supported, k.plan_contracts, k.plan_volume_kusd)
    return all(f is not None and f >= p for p, f in zip(plans, facts, strict=True))


def kpi_model() -> RecordTableModel[CentreKpi]:
    def verdict(k: CentreKpi) -> str:
        return {None: "факт не внесён", True: "исполнены", False: "не исполнены"}[kpi_met_all(k)]

    model: RecordTableModel[CentreKpi] = RecordTableModel([
        Column("Год", lambda k: str(k.year), lambda k: k.year, True),
        Column("Поддержано компаний, план / факт",
               lambda k: _plan_fact(k.plan_supported, k.fact_supported),
               lambda k: _sort(k.fact_supported), True),
        Column("С контрактами, план / факт",
               lambda k: _plan_fact(k.plan_contracts, k.fact_contracts),
               lambda k: _sort(k.fact_contracts), True),
        Column("Экспорт, тыс. долл. США, план / факт",
               lambda k: _plan_fact(k.plan_volume_kusd, k.fact_volume_kusd),
               lambda k: _sort(k.fact_volume_kusd), True),
        Column("КПЭ утверждены", lambda k: date_short(k.approved_on),
               lambda k: str(k.approved_on or ""), True),
        Column("Отчёт", lambda k: date_short(k.reported_on),
               lambda k: str(k.reported_on or ""), True),
        Column("Исполнение", verdict),
    ])  # fmt: skip
    colours = {None: None, True: texts.OK_COLOR, False: texts.OVERDUE_COLOR}
    model.colour = lambda k: colours[kpi_met_all(k)]
    return model


@dataclass(frozen=True)
class CountryRow:
    """A priority country with its formats of presence."""

    country: PriorityCountry
    presences: tuple[Presence, ...]

    @property
    def formats(self) -> str:
        return "; ".join(p.format.label for p in self.presences) or "нет присутствия"


def country_rows(
    countries: Sequence[PriorityCountry], presences: Sequence[Presence]
) -> list[CountryRow]:
    return [CountryRow(c, tuple(p for p in presences if p.country_id == c.id)) for c in countries]


def countries_model() -> RecordTableModel[CountryRow]:
    model: RecordTableModel[CountryRow] = RecordTableModel([
        Column("Страна", lambda r: r.country.name),
        Column("В перечне с", lambda r: date_short(r.country.listed_on),
               lambda r: str(r.country.listed_on or ""), True),
        Column("Форматы присутствия", lambda r: r.formats),
    ])  # fmt: skip
    model.colour = lambda r: None if r.presences else texts.OVERDUE_COLOR
    return model


def presences_model() -> RecordTableModel[Presence]:
    model: RecordTableModel[Presence] = RecordTableModel([
        Column("Формат", lambda p: p.format.label),
        Column("С", lambda p: date_short(p.since), lambda p: str(p.since or ""), True),
        Column("Описание", lambda p: p.description),
    ])  # fmt: skip
    return model


def agreements_model() -> RecordTableModel[ForeignAgreement]:
    model: RecordTableModel[ForeignAgreement] = RecordTableModel([
        Column("Партнёр", lambda a: a.partner),
        Column("Страна", lambda a: country_name(a.country_code)),
        Column("Подписано", lambda a: date_short(a.signed_on),
               lambda a: a.signed_on.isoformat(), True),
        Column("Наименование", lambda a: a.title),
    ])  # fmt: skip
    return model


def share_text(t: StaffTraining) -> str:
    if not t.trained or t.interned is None:
        return "—"
    return percent(t.interned / t.trained * 100, 1, fixed=True)


def share_met(t: StaffTraining) -> bool | None:
    if not t.trained or t.interned is None:
        return None
    return internship_share_met(t.trained, t.interned)


def trainings_model() -> RecordTableModel[StaffTraining]:
    def share_sort(t: StaffTraining) -> float:
        return t.interned / t.trained if t.trained and t.interned is not None else -1.0

    model: RecordTableModel[StaffTraining] = RecordTableModel([
        Column("Год", lambda t: str(t.year), lambda t: t.year, True),
        Column("План, чел.", lambda t: str(t.planned), lambda t: t.planned, True),
        Column("Обучено, чел.", lambda t: number(t.trained),
               lambda t: _sort(t.trained), True),
        Column("Стажировки, чел.", lambda t: number(t.interned),
               lambda t: _sort(t.interned), True),
        Column("Доля стажёров (не менее 30%)", share_text, share_sort, True),
        Column("Программы", lambda t: "разработаны" if t.programmes_developed else "—"),
        Column("План утверждён", lambda t: date_short(t.plan_approved_on),
               lambda t: str(t.plan_approved_on or ""), True),
        Column("Отчёт", lambda t: date_short(t.reported_on),
               lambda t: str(t.reported_on or ""), True),
    ])  # fmt: skip
    colours = {None: None, True: texts.OK_COLOR, False: texts.OVERDUE_COLOR}
    model.colour = lambda t: colours[share_met(t)]
    model.coloured_headers = {"Доля стажёров (не менее 30%)"}
    return model
