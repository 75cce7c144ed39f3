"""Every record that stores a figure refuses a non-finite or absurd one at the service.

The window, the command line and the importer all save through these services, so a check
here covers them all; the message is Russian and names the field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from typing import Any

import pytest

from benchmarks.registry_table import inn_for
from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import StaffTraining
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY

Y = TODAY.year
BAD = (math.inf, -math.inf, math.nan, 1e16)


def _refused(call, field: str) -> str:
    with pytest.raises(ValidationFailed) as failed:
        call()
    assert field in failed.value.errors, failed.value.errors
    message = failed.value.errors[field]
    assert "число" in message, message  # «…введите число…», «Слишком большое число…»
    return message


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize(
    "field",
    ["plan_supported", "fact_supported", "plan_contracts", "fact_contracts", "plan_volume_kusd",
     "fact_volume_kusd"],
)  # fmt: skip
def test_centre_kpis(workspace: Workspace, field: str, bad: float) -> None:
    kpi = dataclasses.replace(CentreKpi(Y, 10), **{field: bad})  # type: ignore[arg-type]
    _refused(lambda: workspace.records.save_kpi(kpi=kpi), field)
    assert workspace.records.kpis() == []


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("field", ["planned", "trained", "interned"])
def test_staff_training(workspace: Workspace, field: str, bad: float) -> None:
    training = dataclasses.replace(StaffTraining(Y, 10, 10, 5), **{field: bad})  # type: ignore[arg-type]
    _refused(lambda: workspace.records.save_training(training=training), field)
    assert workspace.records.trainings() == []


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("kind", ["plan", "actual", "base"])
def test_indicator_values(workspace: Workspace, kind: str, bad: float) -> None:
    _refused(
        lambda: workspace.records.set_indicator_value(number=1, year=Y, kind=kind, value=bad),
        "value",
    )


@pytest.mark.parametrize("bad", BAD)
def test_export_volumes(workspace: Workspace, bad: float) -> None:
    company = Company(inn=inn_for(1), full_name="ООО «Объём»", export_volume=((2025, bad),))
    message = _refused(lambda: workspace.exporters.save_company(company=company), "export_volume")
    assert "отрицательн" not in message
    assert workspace.exporters.total() == 0


@pytest.mark.parametrize("bad", BAD)
def test_support_amounts(workspace: Workspace, bad: float) -> None:
    saved = workspace.exporters.save_company(company=Company(inn=inn_for(2), full_name="ООО «Ф»"))
    assert saved.id is not None
    company_id = saved.id
    record = SupportRecord(
        company_id=company_id, measure="Выставка", given_on=TODAY, export_contract=True,
        amount_kusd=bad,
    )  # fmt: skip
    message = _refused(
        lambda: workspace.exporters.save_support_record(record=record), "amount_kusd"
    )
    assert "отрицательн" not in message


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("field", ["contracts_kusd", "contracts_count", "companies_count"])
def test_activity_figures(workspace: Workspace, field: str, bad: float) -> None:
    activity = Activity(
        kind=ActivityKind.SEMINAR, title="Семинар", starts_on=TODAY, ends_on=TODAY,
        **{field: bad},  # type: ignore[arg-type]
    )  # fmt: skip
    _refused(lambda: workspace.activities.save_activity(activity=activity), field)
    assert workspace.activities.activities() == []


@pytest.mark.parametrize("bad", BAD)
def test_programme_kpi_plan(workspace: Workspace, bad: float) -> None:
    _refused(
        lambda: workspace.programme.save_kpi(
            kpi=Kpi(name="Экспорт", unit="млн долл.", plan={Y: bad})
        ),
        "plan",
    )


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("field", ["grp", "budget"])
def test_grp_and_budget(workspace: Workspace, field: str, bad: float) -> None:
    values: dict[str, Any] = {"year": Y, "grp": 10**12, "budget": 10**8, field: bad}
    _refused(lambda: workspace.programme.save_budget(budget=BudgetYear(**values)), field)
    assert workspace.programme.budgets() == []


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("field", ["planned", "actual", "planned_count", "done_count"])
def test_programme_event_funding_and_counts(workspace: Workspace, field: str, bad: float) -> None:
    funding = field in ("planned", "actual")
    value = Funding(regional=bad) if funding else bad  # type: ignore[arg-type]
    values: dict[str, Any] = {
        "year": Y, "title": "Выставка", "instrument": "10", "planned_count": 1,
        "responsible": "ЦПЭ", "deadline": dt.date(Y, 6, 30), "status": EventStatus.PLANNED,
        field: value,
    }  # fmt: skip
    _refused(lambda: workspace.programme.save_event(event=ProgrammeEvent(**values)), field)
