"""What the records say about the items of instruments 6, 7 and 8 (issue 7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import figure_or_none
from res_desktop.domain.common.russian import number
from res_desktop.domain.common.russian import percent
from res_desktop.domain.common.russian import plural_genitive
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PriorityCountry
from res_desktop.domain.records.model import StaffTraining

INTERNSHIP_SHARE = 0.30  # at least 30% of those trained in the year intern


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
        return Verdict(met=False, note=f"КПЭ {who} на год не внесены.")
    return Verdict(met=True, note=f"КПЭ {who} на год установлены.", done_on=kpi.approved_on)


def kpi_verdict(kpi: CentreKpi | None, item_key: str, who: str) -> Verdict:
    """Met at 100%: the fact reaches the plan; a fact below it or not reported is not."""
    label = KPI_FIELDS[item_key][2]
    if kpi is None:
        return Verdict(met=False, note=f"КПЭ {who} на год не внесены.")
    plan, fact = _plan_and_fact(kpi, item_key)
    if plan is None:
        return Verdict(met=False, note=f"План ({label}) не внесён.")
    if fact is None:
        return Verdict(
            met=False, partial=True, note=f"План {number(plan)} ({label}); факт не внесён."
        )
    ratio = 100.0 if plan == 0 else fact / plan * 100
    note = f"План {number(plan)}, факт {number(fact)} ({label}) — {percent(ratio, 0)}."
    if fact >= plan:
        return Verdict(met=True, note=note, done_on=kpi.reported_on)
    return Verdict(met=False, partial=True, note=note + " Показатель не исполнен на 100%.")


# -- instrument 7 ----------------------------------------------------------------------------
def countries_verdict(countries: Sequence[PriorityCountry]) -> Verdict:
    if not countries:
        return Verdict(met=False, note="Приоритетные страны не внесены.")
    dates = [c.listed_on for c in countries if c.listed_on]
    names = ", ".join(c.name for c in countries)
    return Verdict(
        met=True, note=f"Приоритетные страны: {names}.", done_on=min(dates) if dates else None
    )


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
        return Verdict(met=False, note="Приоритетные страны не внесены.")
    missing = countries_without_presence(countries, presences)
    if missing:
        names = ", ".join(c.name for c in missing)
        covered = len(countries) - len(missing)
        return Verdict(
            met=False,
            partial=bool(covered),
            note=f"Присутствие обеспечено в {covered} из {len(countries)} стран; нет присутствия: "
            f"{names}.",
        )
    first: dict[int, dt.date] = {}
    for p in presences:
        if p.since and (p.country_id not in first or p.since < first[p.country_id]):
            first[p.country_id] = p.since
    done_on = max(first.values()) if len(first) == len(countries) else None
    return Verdict(
        met=True,
        note=f"Присутствие обеспечено во всех {len(countries)} приоритетных странах.",
        done_on=done_on,
    )


def agreements_verdict(agreements: Sequence[ForeignAgreement], year_end: dt.date) -> Verdict:
    signed = sorted(a.signed_on for a in agreements if a.signed_on <= year_end)
    if not signed:
        return Verdict(met=False, note="Соглашения с иностранными регионами не внесены.")
    return Verdict(met=True, note=f"Заключено соглашений: {len(signed)}.", done_on=signed[0])


# -- instrument 8 ----------------------------------------------------------------------------
def training_plan_verdict(training: StaffTraining | None) -> Verdict:
    if training is None or training.plan_approved_on is None:
        return Verdict(met=False, note="Нет даты утверждения плана подготовки кадров.")
    note = f"План утверждён; на год запланировано {count(training.planned)} чел."
    return Verdict(met=True, note=note, done_on=training.plan_approved_on)


def programmes_verdict(training: StaffTraining | None) -> Verdict:
    if training is None or not training.programmes_developed:
        return Verdict(
            met=False,
            note=(
                "Не отмечена разработка программ либо системы направления студентов "
                "в другие регионы."
            ),
        )
    return Verdict(met=True, note="Программы (система направления студентов) разработаны.")


def trained_verdict(training: StaffTraining | None) -> Verdict:
    """«обучено не менее планового количества человек в год»: a plan of nobody trains
    nobody, so «запланировано 0, обучено 0» is not done."""
    if training is None:
        return Verdict(met=False, note="План и факт подготовки кадров на год не внесены.")
    if training.planned <= 0:
        return Verdict(
            met=False,
            note="Плановое количество обучаемых на год не установлено (0 чел.): "
            "инструмент требует обучить не менее планового количества человек.",
        )
    if training.trained is None:
        return Verdict(
            met=False, partial=True, note=f"План {count(training.planned)} чел.; факт не внесён."
        )
    planned = plural_genitive(training.planned, "запланированного", "запланированных")
    note = f"Обучено {count(training.trained)} из {planned}."
    if training.trained >= training.planned:
        return Verdict(met=True, note=note, done_on=training.reported_on)
    return Verdict(met=False, partial=True, note=note + " Плановое число не достигнуто.")


def internship_share_met(trained: int, interned: int) -> bool:
    """At least 30%, checked in whole numbers so that exactly 30% passes."""
    return trained > 0 and interned * 100 >= trained * 30


def internship_verdict(training: StaffTraining | None) -> Verdict:
    if training is None or not training.trained:
        return Verdict(met=False, note="Нет данных об обученных за год.")
    if training.interned is None:
        return Verdict(met=False, partial=True, note="Число прошедших стажировку не внесено.")
    share = percent(training.interned / training.trained * 100, 1, fixed=True)
    trained = plural_genitive(training.trained, "обученного", "обученных")
    note = f"Стажировку прошли {count(training.interned)} из {trained} ({share})."
    if internship_share_met(training.trained, training.interned):
        return Verdict(met=True, note=note, done_on=training.reported_on)
    return Verdict(met=False, partial=True, note=note + " Нужно не менее 30%.")
