"""Records of instruments 6-8: editing, validation and the derived checklist items (issue 7)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from res_desktop.domain.common.progress import Status
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.domain.records.model import StaffTraining
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.conftest import make_profile

KPI = CentreKpi(2026, plan_supported=120, fact_supported=120, plan_contracts=30,
                fact_contracts=30, plan_volume_kusd=8000, fact_volume_kusd=8000.5,
                approved_on=dt.date(2026, 2, 1), reported_on=dt.date(2026, 11, 10))  # fmt: skip


def test_records_no_records_leave_items_to_the_user(workspace: Workspace) -> None:
    for code, key in (("06", "kpi_set"), ("07", "presence_in_each_priority_country"),
                      ("08", "internship_share_30")):  # fmt: skip
        assert not workspace.checklists.checklist(code, 2026).view(key).is_derived


def test_records_kpi_saved_and_derived(workspace: Workspace) -> None:
    saved = workspace.records.save_kpi(kpi=KPI)
    assert saved.id is not None
    assert workspace.records.kpi(2026) == dataclasses.replace(KPI, id=saved.id)
    view = workspace.checklists.checklist("06", 2026)
    assert view.view("kpi_set").status is Status.DONE
    volume = view.view("kpi_supported_export_volume")
    assert volume.status is Status.DONE and volume.state.done_on == dt.date(2026, 11, 10)
    workspace.records.save_kpi(kpi=dataclasses.replace(KPI, fact_contracts=29))
    item = workspace.checklists.checklist("06", 2026).view("kpi_companies_with_contracts")
    assert item.status is Status.IN_PROGRESS
    assert "План 30, факт 29" in item.derived_note
    assert len(workspace.records.kpis()) == 1


def test_records_kpi_of_the_specialist(workspace: Workspace) -> None:
    workspace.region.save(make_profile(low_export_potential=True))
    workspace.records.save_kpi(kpi=dataclasses.replace(KPI, year=2025))
    item = workspace.checklists.checklist("06", 2026).view("kpi_companies_supported")
    assert item.status is Status.NOT_STARTED
    assert item.derived_note == "КПЭ специалиста на год не внесены."


def test_records_kpi_validation_keeps_nothing(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as caught:
        workspace.records.save_kpi(kpi=CentreKpi(2026, plan_supported=0))
    assert "plan_supported" in caught.value.errors
    assert workspace.records.kpis() == []


def test_records_priority_country_without_presence(workspace: Workspace) -> None:
    china = workspace.records.add_country(code="cn", listed_on=dt.date(2024, 5, 1))
    india = workspace.records.add_country(code="IN")
    assert china.name == "Китай"
    workspace.records.add_presence(
        presence=Presence(
            country_id=china.id or 0, format=PresenceFormat.TRADE_MISSION, since=dt.date(2025, 4, 1)
        )
    )
    view = workspace.checklists.checklist("07", 2026)
    assert view.view("priority_countries_listed").status is Status.DONE
    item = view.view("presence_in_each_priority_country")
    assert item.status is Status.IN_PROGRESS
    assert "нет присутствия: Индия" in item.derived_note
    workspace.records.add_presence(
        presence=Presence(
            country_id=india.id or 0, format=PresenceFormat.OWN_OFFICE, since=dt.date(2026, 6, 1)
        )
    )
    item = workspace.checklists.checklist("07", 2026).view("presence_in_each_priority_country")
    assert item.status is Status.DONE and item.state.done_on == dt.date(2026, 6, 1)
    workspace.records.delete_country(country_id=india.id or 0)
    assert [p.country_id for p in workspace.records.presences()] == [china.id]


def test_records_country_and_presence_validation(workspace: Workspace) -> None:
    workspace.records.add_country(code="CN")
    with pytest.raises(ValidationFailed) as caught:
        workspace.records.add_country(code="CN")
    assert caught.value.errors == {"code": "Эта страна уже в перечне приоритетных."}
    with pytest.raises(ValidationFailed):
        workspace.records.add_country(code="XX")
    with pytest.raises(ValidationFailed) as caught:
        workspace.records.add_presence(presence=Presence(country_id=1, format=PresenceFormat.OTHER))
    assert "description" in caught.value.errors
    with pytest.raises(ValidationFailed) as caught:
        workspace.records.add_agreement(
            agreement=ForeignAgreement(
                partner=" ", country_code="CN", signed_on=dt.date(2027, 1, 1)
            )
        )
    assert set(caught.value.errors) == {"partner", "signed_on"}


def test_records_agreement_decides_its_item(workspace: Workspace) -> None:
    workspace.records.add_agreement(
        agreement=ForeignAgreement(
            partner="Провинция Хэйлунцзян", country_code="CN", signed_on=dt.date(2025, 9, 3)
        )
    )
    item = workspace.checklists.checklist("07", 2026).view("foreign_region_agreements")
    assert item.status is Status.DONE and item.state.done_on == dt.date(2025, 9, 3)


def test_records_training_internship_boundary(workspace: Workspace) -> None:
    workspace.records.save_training(training=StaffTraining(2026, planned=50, trained=50,
                                                           interned=15))  # fmt: skip
    item = workspace.checklists.checklist("08", 2026).view("internship_share_30")
    assert item.status is Status.DONE
    workspace.records.save_training(training=StaffTraining(2026, planned=50, trained=50,
                                                           interned=14))  # fmt: skip
    view = workspace.checklists.checklist("08", 2026)
    assert view.view("internship_share_30").status is Status.IN_PROGRESS
    assert view.view("planned_number_trained").status is Status.DONE


def test_records_training_year_one(workspace: Workspace) -> None:
    workspace.records.save_training(
        training=StaffTraining(2024, planned=20, programmes_developed=True,
                               plan_approved_on=dt.date(2024, 6, 1))
    )  # fmt: skip
    view = workspace.checklists.checklist("08", 2024)
    assert view.view("programmes_developed").status is Status.DONE
    plan = view.view("staff_training_plan")
    assert plan.status is Status.DONE and plan.state.done_on == dt.date(2024, 6, 1)
    with pytest.raises(ValidationFailed):
        workspace.records.save_training(training=StaffTraining(2024, planned=-1))


def test_records_presence_everywhere_implements_seven_without_agreements(
    workspace: Workspace,
) -> None:
    """«считается внедренным, если международное присутствие в любом из вышеуказанных
    форматов обеспечено в каждой стране, определенной Экспортной стратегией как
    приоритетная»: the agreements with foreign regions are only recommended."""
    from res_desktop.domain.common.catalogue import Basis

    rec = workspace.records
    for code, since in (("CN", dt.date(2026, 3, 1)), ("IN", dt.date(2026, 5, 1))):
        country = rec.add_country(code=code, listed_on=dt.date(2026, 2, 1))
        assert country.id is not None
        rec.add_presence(presence=Presence(country.id, PresenceFormat.TRADE_MISSION, since=since))
    view = workspace.checklists.checklist("07", 2026)
    criteria = [v for v in view.items if v.item.basis is Basis.CRITERION]
    assert criteria and all(v.status is Status.DONE for v in criteria)
    assert view.view("presence_in_each_priority_country").state.done_on == dt.date(2026, 5, 1)
    assert view.view("foreign_region_agreements").status is Status.NOT_STARTED
