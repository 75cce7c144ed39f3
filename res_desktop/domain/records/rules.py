"""What the records say about the items of instruments 6, 7 and 8 (issue 7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.russian import count, figure_or_none, number, percent
from res_desktop.domain.records.model import (
    CentreKpi,
    ForeignAgreement,
    Presence,
    PriorityCountry,
    StaffTraining,
)

INTERNSHIP_SHARE = 0.30  # at least 30% of those trained in the year intern


@dataclass(frozen=True)
class Verdict:
    status: Status
    note: str
    done_on: dt.date | None = None


# -- instrument 6 ----------------------------------------------------------------------------
KPI_FIELDS: dict[str, tuple[str, str, str]] = {
    "kpi_companies_supported": (
        "plan_supported",
        "fact_supported",
        "компаний, получивших поддержку",
    ),
    "kpi_companies_with_contracts": (
        "plan_contracts",
        "fact_contracts",
        "компаний, заключивших экспортные контракты",
    ),
    "kpi_supported_export_volume": (
        "plan_volume_kusd",
        "fact_volume_kusd",
        "объём поддержанного экспорта, тыс. долл. США",
    ),
}


def _plan_and_fact(kpi: CentreKpi, item_key: str) -> tuple[float | None, float | None]:
    """A non-finite figure (stored by an old version) counts as not entered."""
    plan_field, fact_field, _label = KPI_FIELDS[item_key]
    return figure_or_none(getattr(kpi, plan_field)), figure_or_none(getattr(kpi, fact_field))


def kpi_met(kpi: CentreKpi, item_key: str) -> bool:
    plan, fact = _plan_and_fact(kpi, item_key)
    return plan is not None and fact is not None and fact >= plan


def kpi_set_verdict(kpi: CentreKpi | None, who: str) -> Verdict:
    if kpi is None:
        return Verdict(Status.NOT_STARTED, f"КПЭ {who} на год не внесены.")
    return Verdict(Status.DONE, f"КПЭ {who} на год установлены.", kpi.approved_on)


def kpi_verdict(kpi: CentreKpi | None, item_key: str, who: str) -> Verdict:
    """Met at 100%: the fact reaches the plan; a fact below it or not reported is not."""
    label = KPI_FIELDS[item_key][2]
    if kpi is None:
        return Verdict(Status.NOT_STARTED, f"КПЭ {who} на год не внесены.")
    plan, fact = _plan_and_fact(kpi, item_key)
    if plan is None:
        return Verdict(Status.NOT_STARTED, f"План ({label}) не внесён.")
    if fact is None:
        return Verdict(Status.IN_PROGRESS, f"План {number(plan)} ({label}); факт не внесён.")
    ratio = 100.0 if plan == 0 else fact / plan * 100
    note = f"План {number(plan)}, факт {number(fact)} ({label}) — {percent(ratio, 0)}."
    if fact >= plan:
        return Verdict(Status.DONE, note, kpi.reported_on)
    return Verdict(Status.IN_PROGRESS, note + " Показатель не исполнен на 100%.")


# -- instrument 7 ----------------------------------------------------------------------------
def countries_verdict(countries: Sequence[PriorityCountry]) -> Verdict:
    if not countries:
        return Verdict(Status.NOT_STARTED, "Приоритетные страны не внесены.")
    dates = [c.listed_on for c in countries if c.listed_on]
    names = ", ".join(c.name for c in countries)
    return Verdict(Status.DONE, f"Приоритетные страны: {names}.", min(dates) if dates else None)


def countries_without_presence(
    countries: Sequence[PriorityCountry], presences: Sequence[Presence]
) -> list[PriorityCountry]:
    covered = {p.country_id for p in presences}
    return [c for c in countries if c.id not in covered]


def presence_verdict(
    countries: Sequence[PriorityCountry], presences: Sequence[Presence]
) -> Verdict:
    """Implemented when every priority country has at least one format of presence."""
    if not countries:
        return Verdict(Status.NOT_STARTED, "Приоритетные страны не внесены.")
    missing = countries_without_presence(countries, presences)
    if missing:
        names = ", ".join(c.name for c in missing)
        covered = len(countries) - len(missing)
        return Verdict(
            Status.IN_PROGRESS if covered else Status.NOT_STARTED,
            f"Присутствие обеспечено в {covered} из {len(countries)} стран; нет присутствия: "
            f"{names}.",
        )
    first = {}
    for p in presences:
        if p.since and (p.country_id not in first or p.since < first[p.country_id]):
            first[p.country_id] = p.since
    done_on = max(first.values()) if len(first) == len(countries) else None
    return Verdict(
        Status.DONE,
        f"Присутствие обеспечено во всех {len(countries)} приоритетных странах.",
        done_on,
    )


def agreements_verdict(agreements: Sequence[ForeignAgreement], year_end: dt.date) -> Verdict:
    signed = sorted(a.signed_on for a in agreements if a.signed_on <= year_end)
    if not signed:
        return Verdict(Status.NOT_STARTED, "Соглашения с иностранными регионами не внесены.")
    return Verdict(Status.DONE, f"Заключено соглашений: {len(signed)}.", signed[0])


# -- instrument 8 ----------------------------------------------------------------------------
def training_plan_verdict(training: StaffTraining | None) -> Verdict:
    if training is None or training.plan_approved_on is None:
        return Verdict(Status.NOT_STARTED, "Нет даты утверждения плана подготовки кадров.")
    return Verdict(
        Status.DONE, f"План утверждён; на год запланировано {count(training.planned)} чел.",
        training.plan_approved_on,
    )  # fmt: skip


def programmes_verdict(training: StaffTraining | None) -> Verdict:
    if training is None or not training.programmes_developed:
        return Verdict(
            Status.NOT_STARTED,
            "Не отмечена разработка программ либо системы направления студентов в другие регионы.",
        )
    return Verdict(Status.DONE, "Программы (система направления студентов) разработаны.")


def trained_verdict(training: StaffTraining | None) -> Verdict:
    if training is None:
        return Verdict(Status.NOT_STARTED, "План и факт подготовки кадров на год не внесены.")
    if training.trained is None:
        return Verdict(Status.IN_PROGRESS, f"План {count(training.planned)} чел.; факт не внесён.")
    note = f"Обучено {count(training.trained)} из {count(training.planned)} запланированных."
    if training.trained >= training.planned:
        return Verdict(Status.DONE, note, training.reported_on)
    return Verdict(Status.IN_PROGRESS, note + " Плановое число не достигнуто.")


def internship_share_met(trained: int, interned: int) -> bool:
    """At least 30%, checked in whole numbers so that exactly 30% passes."""
    return trained > 0 and interned * 100 >= trained * 30


def internship_verdict(training: StaffTraining | None) -> Verdict:
    if training is None or not training.trained:
        return Verdict(Status.NOT_STARTED, "Нет данных об обученных за год.")
    if training.interned is None:
        return Verdict(Status.IN_PROGRESS, "Число прошедших стажировку не внесено.")
    share = percent(training.interned / training.trained * 100, 1, fixed=True)
    interned, trained = count(training.interned), count(training.trained)
    note = f"Стажировку прошли {interned} из {trained} обученных ({share})."
    if internship_share_met(training.trained, training.interned):
        return Verdict(Status.DONE, note, training.reported_on)
    return Verdict(Status.IN_PROGRESS, note + " Нужно не менее 30%.")
