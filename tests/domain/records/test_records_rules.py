"""Boundaries of the instrument 6-8 rules (issue 7)."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.common.progress import Status
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.domain.records.model import PriorityCountry
from res_desktop.domain.records.model import StaffTraining
from res_desktop.domain.records.model import validate_kpi
from res_desktop.domain.records.model import validate_training
from res_desktop.domain.records.rules import agreements_verdict
from res_desktop.domain.records.rules import internship_share_met
from res_desktop.domain.records.rules import internship_verdict
from res_desktop.domain.records.rules import kpi_verdict
from res_desktop.domain.records.rules import presence_verdict
from res_desktop.domain.records.rules import programmes_verdict
from res_desktop.domain.records.rules import trained_verdict

KPI = CentreKpi(2026, plan_supported=100, fact_supported=100, plan_contracts=20,
                fact_contracts=19, plan_volume_kusd=5000, fact_volume_kusd=None,
                reported_on=dt.date(2026, 11, 1))  # fmt: skip


def test_records_kpi_fact_equal_to_plan_is_met() -> None:
    verdict = kpi_verdict(KPI, "kpi_companies_supported", "ЦПЭ")
    assert verdict.status is Status.DONE
    assert verdict.done_on == dt.date(2026, 11, 1)
    assert "100%" in verdict.note


def test_records_kpi_fact_below_plan_is_not_met() -> None:
    verdict = kpi_verdict(KPI, "kpi_companies_with_contracts", "ЦПЭ")
    assert verdict.status is Status.IN_PROGRESS
    assert "План 20, факт 19" in verdict.note
    assert "не исполнен" in verdict.note


def test_records_kpi_without_fact_or_record() -> None:
    assert kpi_verdict(KPI, "kpi_supported_export_volume", "ЦПЭ").note.endswith("факт не внесён.")
    missing = kpi_verdict(None, "kpi_supported_export_volume", "специалиста")
    assert missing.status is Status.NOT_STARTED
    assert "специалиста" in missing.note


def test_records_internship_share_thirty_percent_exactly_passes() -> None:
    assert internship_share_met(10, 3)
    assert internship_share_met(100, 30)
    assert not internship_share_met(100, 29)
    assert not internship_share_met(1000, 299)
    assert not internship_share_met(0, 0)


def test_records_internship_verdict_notes() -> None:
    done = internship_verdict(StaffTraining(2026, planned=40, trained=40, interned=12))
    assert done.status is Status.DONE
    assert "12 из 40" in done.note and "30,0%" in done.note.replace(".", ",")
    short = internship_verdict(StaffTraining(2026, planned=40, trained=40, interned=11))
    assert short.status is Status.IN_PROGRESS
    assert "не менее 30%" in short.note


def test_records_trained_against_plan() -> None:
    assert trained_verdict(StaffTraining(2026, planned=40, trained=40)).status is Status.DONE
    below = trained_verdict(StaffTraining(2026, planned=40, trained=39))
    assert below.status is Status.IN_PROGRESS
    assert "39 из 40" in below.note


def test_records_plan_of_nobody_is_not_done() -> None:
    """«во второй год и далее ежегодно считается внедренным, если обучено не менее планового
    количества человек в год»: «запланировано 0, обучено 0» trains nobody; 1 of 1 is done."""
    zero = trained_verdict(StaffTraining(2026, planned=0, trained=0))
    assert zero.status is Status.NOT_STARTED and "0 чел." in zero.note
    assert trained_verdict(StaffTraining(2026, planned=1, trained=1)).status is Status.DONE
    assert trained_verdict(StaffTraining(2026, planned=1, trained=0)).status is Status.IN_PROGRESS


def test_records_programmes_year_one() -> None:
    """«в первый год считается внедренным, если в регионе разработана/ы программа/ы … /
    разработана система направления студентов»: the flag alone does it, with no plan figure."""
    assert programmes_verdict(StaffTraining(2024, planned=0)).status is Status.NOT_STARTED
    alone = programmes_verdict(StaffTraining(2024, planned=0, programmes_developed=True))
    assert alone.status is Status.DONE


def test_records_programmes_flag() -> None:
    assert programmes_verdict(None).status is Status.NOT_STARTED
    flagged = StaffTraining(2024, planned=10, programmes_developed=True)
    assert programmes_verdict(flagged).status is Status.DONE


def _countries() -> list[PriorityCountry]:
    return [PriorityCountry("CN", "Китай", id=1), PriorityCountry("IN", "Индия", id=2)]


def test_records_priority_country_without_presence_is_named() -> None:
    presences = [Presence(1, PresenceFormat.TRADE_MISSION, since=dt.date(2025, 3, 1))]
    verdict = presence_verdict(_countries(), presences)
    assert verdict.status is Status.IN_PROGRESS
    assert "в 1 из 2 стран" in verdict.note
    assert "нет присутствия: Индия" in verdict.note


def test_records_presence_in_every_country_is_done() -> None:
    presences = [
        Presence(1, PresenceFormat.TRADE_MISSION, since=dt.date(2025, 3, 1)),
        Presence(2, PresenceFormat.OWN_OFFICE, since=dt.date(2026, 2, 1)),
        Presence(2, PresenceFormat.PPP, since=dt.date(2024, 2, 1)),
    ]
    verdict = presence_verdict(_countries(), presences)
    assert verdict.status is Status.DONE
    assert verdict.done_on == dt.date(2025, 3, 1)


def test_records_no_presence_at_all_and_no_countries() -> None:
    assert presence_verdict(_countries(), []).status is Status.NOT_STARTED
    assert presence_verdict([], []).note == "Приоритетные страны не внесены."


def test_records_agreements_count_until_year_end() -> None:
    from res_desktop.domain.records.model import ForeignAgreement

    agreement = ForeignAgreement("Провинция Хэйлунцзян", "CN", dt.date(2027, 1, 10))
    assert agreements_verdict([agreement], dt.date(2026, 12, 31)).status is Status.NOT_STARTED
    assert agreements_verdict([agreement], dt.date(2027, 12, 31)).status is Status.DONE


def test_records_validation_messages() -> None:
    assert "plan_supported" in validate_kpi(CentreKpi(2026, plan_supported=0))
    assert validate_kpi(CentreKpi(2026, plan_supported=1, fact_supported=-1)) == {
        "fact_supported": "Фактическое значение не может быть отрицательным."
    }
    errors = validate_training(StaffTraining(2026, planned=10, trained=5, interned=6))
    assert errors == {"interned": "Стажёров не может быть больше, чем обученных."}
