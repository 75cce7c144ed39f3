"""ProgrammeService: validation, the derived items of instrument 4, budget and dashboard."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from res_desktop.domain.common.progress import Status
from res_desktop.domain.programme.model import ApprovalBody
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Execution
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.programme import fill_programme_demo
from tests.conftest import TODAY
from tests.conftest import make_profile

Y = TODAY.year


def _programme(ws: Workspace, **changes: Any) -> None:
    values: dict[str, Any] = {
        "title": "Региональная программа",
        "approved_by": ApprovalBody.GOVERNOR,
        "act_type": "Постановление Губернатора",
        "act_number": "45-пг",
        "act_date": dt.date(2024, 3, 12),
        "start_year": 2021,
        "end_year": 2024,
        "forecast_year": 2030,
        "goals": ["Рост экспорта"],
    }
    values.update(changes)
    ws.programme.save_programme(programme=Programme(**values))


def _event(ws: Workspace, title: str, **changes: Any) -> None:
    values: dict[str, Any] = {
        "year": Y,
        "title": title,
        "instrument": "10",
        "planned_count": 1,
        "responsible": "ЦПЭ",
        "deadline": dt.date(Y, 6, 30),
        "status": EventStatus.DONE,
        "done_count": 1,
        "done_on": dt.date(Y, 6, 20),
    }
    values.update(changes)
    ws.programme.save_event(event=ProgrammeEvent(**values))


def test_no_records_leave_items_to_the_user(workspace: Workspace) -> None:
    view = workspace.checklists.checklist("04", Y)
    assert not any(v.is_derived for v in view.items)
    assert workspace.programme.dashboard_warning(TODAY) is None


def test_validation_messages_by_field(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as caught:
        _event(workspace, " ", planned_count=0, deadline=dt.date(Y + 1, 1, 1), done_on=None)
    assert set(caught.value.errors) == {"title", "planned_count", "deadline", "done_on"}
    with pytest.raises(ValidationFailed) as caught:
        _programme(workspace, title="", end_year=2020, act_date=TODAY + dt.timedelta(days=1))
    assert set(caught.value.errors) == {"title", "end_year", "act_date"}
    with pytest.raises(ValidationFailed) as caught:
        workspace.programme.save_budget(budget=BudgetYear(year=Y, grp=0, budget=1))
    assert "grp" in caught.value.errors
    assert workspace.programme.events() == [] and workspace.programme.programme() is None


def test_event_crud_round_trip(workspace: Workspace) -> None:
    _event(workspace, "Семинар", planned=Funding(100, 20, 3), actual=Funding(90, 0, 0))
    saved = workspace.programme.events(Y)[0]
    assert saved.planned == Funding(100, 20, 3) and saved.done_on == dt.date(Y, 6, 20)
    assert saved.id is not None
    fields = {f.name: getattr(saved, f.name) for f in dataclasses.fields(saved) if f.name != "id"}
    fields["title"] = "Семинар РЭЦ"
    workspace.programme.save_event(event=ProgrammeEvent(**fields, id=saved.id))
    assert workspace.programme.event(saved.id).title == "Семинар РЭЦ"
    workspace.programme.delete_event(saved.id)
    assert workspace.programme.events() == []


def test_derived_items_year_3_event_done_late(workspace: Workspace) -> None:
    _programme(workspace)
    _event(workspace, "Вебинар", planned=Funding(regional=5))
    _event(workspace, "Бизнес-миссия", instrument="11", done_on=dt.date(Y, 7, 2))
    view = workspace.checklists.checklist("04", Y)
    executed = view.view("programme_events_executed")
    assert executed.status is Status.IN_PROGRESS
    assert "«Бизнес-миссия» (срок 30.06.2026, выполнено 02.07.2026)" in executed.derived_note
    floor = view.view("programme_funding_current_year")
    assert floor.status is Status.NOT_STARTED and floor.item.basis.value == "criterion"
    workspace.programme.save_budget(budget=BudgetYear(year=Y, grp=600 * 10**9, budget=60_000_000))
    floor = workspace.checklists.checklist("04", Y).view("programme_funding_current_year")
    assert floor.status is Status.DONE and "требуется 60" in floor.derived_note
    assert "programme_updated" not in {v.item.key for v in view.items}  # instrument 5's text


def test_derived_items_year_3_all_on_time(workspace: Workspace) -> None:
    _programme(workspace)
    _event(workspace, "Вебинар")
    _event(workspace, "Бизнес-миссия", instrument="11", done_on=dt.date(Y, 6, 30))
    executed = workspace.checklists.checklist("04", Y).view("programme_events_executed")
    assert executed.status is Status.DONE
    assert executed.state.done_on == dt.date(Y, 6, 30)


def test_year_1_items_approval_and_funding(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "y1.sqlite3", clock=lambda: TODAY)
    try:
        ws.region.save(make_profile(start_year=Y))
        _programme(ws, act_number="", act_date=None)
        view = ws.checklists.checklist("04", Y)
        assert view.view("programme_approved").status is Status.IN_PROGRESS
        assert "номер, дата" in view.view("programme_approved").derived_note
        assert view.view("programme_funding").status is Status.NOT_STARTED
        _programme(ws, act_date=dt.date(Y, 2, 1))
        _event(ws, "Вебинар", status=EventStatus.PLANNED, done_count=0, done_on=None,
               planned=Funding(regional=1))  # fmt: skip
        ws.programme.save_budget(budget=BudgetYear(year=Y, grp=600 * 10**9, budget=0))
        view = ws.checklists.checklist("04", Y)
        assert view.view("programme_approved").status is Status.DONE
        assert view.view("programme_approved").state.done_on == dt.date(Y, 2, 1)
        assert view.view("programme_funding").status is Status.IN_PROGRESS  # 1 ₽ is not enough
        _event(ws, "Бизнес-миссия", instrument="11", status=EventStatus.PLANNED, done_count=0,
               done_on=None, planned=Funding(regional=59_999_999))  # fmt: skip
        view = ws.checklists.checklist("04", Y)
        assert view.view("programme_funding").status is Status.DONE  # 60 000 000 ₽ planned
        assert view.view("programme_blocks_2_3").status is Status.IN_PROGRESS
    finally:
        ws.close()


def test_budget_check_and_dashboard_warning(workspace: Workspace) -> None:
    _programme(workspace)
    workspace.programme.save_budget(budget=BudgetYear(year=Y, grp=600 * 10**9, budget=60_000_000))
    check = workspace.programme.budget_check(Y)
    assert check is not None and check.met and check.required == 60_000_000
    assert workspace.programme.dashboard_warning(TODAY) is None
    workspace.programme.save_budget(budget=BudgetYear(year=Y, grp=600 * 10**9, budget=59_999_999))
    warning = workspace.programme.dashboard_warning(TODAY)
    assert warning is not None and "ниже ориентира" in warning
    _event(workspace, "Выставка", status=EventStatus.IN_PROGRESS, done_count=0, done_on=None,
           deadline=dt.date(Y, 11, 1))  # fmt: skip
    warning = workspace.programme.dashboard_warning(TODAY)
    assert warning is not None
    assert "Просрочено мероприятий Региональной программы: 1 (например, «Выставка»" in warning


def test_demo_programme_fills_instrument_4(workspace: Workspace) -> None:
    fill_programme_demo(workspace, TODAY)
    check = workspace.programme.budget_check(Y)
    assert check is not None and check.met and check.grp == 600 * 10**9
    assert check.budget == 80_000_000
    assert len(workspace.programme.events(Y)) == 12
    assert workspace.programme.dashboard_warning(TODAY) is None
    q3 = workspace.programme.quarter_execution(Y, 3)
    assert q3.count(Execution.ON_TIME) == len(q3.rows) == 9
    q4 = workspace.programme.quarter_execution(Y, 4)
    assert q4.count(Execution.LATE) == 1 and q4.count(Execution.NOT_DONE) == 2
    executed = workspace.checklists.checklist("04", Y).view("programme_events_executed")
    assert executed.status is Status.IN_PROGRESS
    assert "Выполнено в срок 9 из 12" in executed.derived_note
    assert "«Семинар по электронной торговле» (срок 15.10.2026, выполнено 22.10.2026)" in (
        executed.derived_note
    )
    assert (
        workspace.checklists.checklist("04", 2024).view("programme_approved").status is Status.DONE
    )
    assert set(workspace.programme.funding_by_instrument(Y)) == {"10", "11", "12", "13", "14", "15"}


def test_kpi_fact_refused_when_negative_or_not_a_number(workspace: Workspace) -> None:
    kpi = workspace.programme.save_kpi(kpi=Kpi("Экспорт", "млн долл.", {Y: 10}))
    for bad, message in ((-1.0, "Фактические значения не могут быть отрицательными."),
                         (float("nan"), f"Факт за {Y} год.")):  # fmt: skip
        with pytest.raises(ValidationFailed) as caught:
            workspace.programme.save_kpi(kpi=dataclasses.replace(kpi, fact={Y: bad}))
        assert caught.value.errors["fact"].startswith(message)
    assert workspace.programme.kpis() == [kpi]  # nothing stored
    saved = workspace.programme.save_kpi(kpi=dataclasses.replace(kpi, fact={Y: 12.5}))
    assert workspace.programme.kpis() == [saved] and saved.fact == {Y: 12.5}
