"""Every criterion of instruments 2-6 can be met by 31 December of its year from that year's
records alone, in every implementation year (4 = 4th and later, so 5 too) and setting.

The Standard's own sentences: «в первый год считается внедренным, если …», «во второй и
третий год …», «в четвертый год …», «во второй год и далее ежегодно …». A criterion that only
a later year's record (or one dated before the year) could meet would make the instrument
impossible to implement in its year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingId
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Minutes
from res_desktop.domain.programme.model import EVENT_INSTRUMENTS
from res_desktop.domain.programme.model import ApprovalBody
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import Topic
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.results import ItemView
from res_desktop.services.common.workspace import Workspace
from tests.services.common.year_end_helpers import criteria
from tests.services.common.year_end_helpers import year_end_workspace
from tests.services.team.team_helpers import form_team
from tests.services.team.team_helpers import saved_id
from tests.services.team.team_helpers import train

Y = 2026
YEAR_END = dt.date(Y, 12, 31)
INSTRUMENTS = ("02", "03", "04", "05", "06")
D = dt.date


def _team(ws: Workspace, implementation_year: int, federal_city: bool) -> None:
    members = form_team(ws, D(Y, 1, 15), federal_city)
    train(ws, members, D(Y, 3, 6), topics=Topic)
    if implementation_year >= 4:
        for m in members:
            ws.team.add_confirmation(
                confirmation=QualificationConfirmation(
                    saved_id(m), D(Y, 11, 10), "Протокол аттестации"
                )
            )


def _council(ws: Workspace) -> None:
    def held(day: dt.date, number: str) -> Meeting:
        return ws.council.save_meeting(
            meeting=Meeting(day, MeetingStatus.HELD, minutes=Minutes(number, day))
        )

    founding = held(D(Y, 2, 10), "1")
    for number, day in enumerate((D(Y, 5, 15), D(Y, 8, 14), D(Y, 11, 16)), start=2):
        held(day, str(number))
    assert founding.id is not None
    ws.council.save_council(
        council=Council(
            name="Экспортный совет при Губернаторе",
            regulation_act_type="Указ Губернатора",
            regulation_number="7-у",
            regulation_date=D(Y, 1, 20),
            regulation_approved_by="Губернатор области",
            chair_name="Громов Андрей Павлович",
            chair_position="Губернатор области",
            deputy_chair_name="Орлов Виктор Николаевич",
            deputy_chair_organisation="Региональное отделение «Опоры России»",
            founding_meeting_id=MeetingId(founding.id),
        )
    )


def _programme(ws: Workspace) -> None:
    ws.programme.save_programme(
        programme=Programme(
            title="Региональная программа развития экспорта",
            approved_by=ApprovalBody.GOVERNOR,
            act_type="Постановление Губернатора",
            act_number="45-пг",
            act_date=D(Y, 2, 20),
            goals=("Рост несырьевого экспорта",),
        )
    )
    ws.programme.save_budget(budget=BudgetYear(year=Y, grp=600 * 10**9, budget=60_000_000))
    for code in EVENT_INSTRUMENTS:
        ws.programme.save_event(
            event=ProgrammeEvent(
                year=Y,
                title=f"Мероприятие по инструменту {int(code)}",
                instrument=code,
                planned_count=1,
                responsible="ЦПЭ",
                deadline=D(Y, 10, 30),
                status=EventStatus.DONE,
                done_count=1,
                done_on=D(Y, 10, 20),
            )
        )


def _centre(ws: Workspace) -> None:
    ws.records.save_kpi(
        kpi=CentreKpi(
            year=Y,
            plan_supported=100,
            fact_supported=104,
            plan_contracts=20,
            fact_contracts=21,
            plan_volume_kusd=5_000.0,
            fact_volume_kusd=5_200.0,
            approved_on=D(Y, 1, 25),
            reported_on=D(Y, 12, 20),
        )
    )


@pytest.fixture(params=[(False, False, True), (True, True, False)], ids=["centre", "specialist"])
def settings(request: pytest.FixtureRequest) -> tuple[bool, bool, bool]:
    value: tuple[bool, bool, bool] = request.param
    return value


def _workspace(
    path: Path, implementation_year: int, settings: tuple[bool, bool, bool]
) -> Iterator[Workspace]:
    low, city, federal = settings
    with year_end_workspace(
        path,
        Y,
        implementation_year,
        low_export_potential=low,
        federal_city=city,
        export_centre_federal_funding=federal,
    ) as ws:
        _team(ws, implementation_year, city)
        _council(ws)
        _programme(ws)
        _centre(ws)
        yield ws


def _criteria(ws: Workspace) -> Iterator[tuple[str, ItemView]]:
    return criteria(ws, INSTRUMENTS, Y)


def _mark_the_users_items_done(ws: Workspace) -> None:
    """What no record decides the user marks done on the year's last day."""
    for code, view in list(_criteria(ws)):
        if not view.is_derived:
            edit = ItemEdit(status=Status.DONE, done_on=YEAR_END)
            ws.checklists.save_item(code=code, key=view.item.key, year=Y, edit=edit)


def _not_done_in_year(view: ItemView) -> bool:
    done_on = view.state.done_on
    in_year = done_on is None or D(Y, 1, 1) <= done_on <= YEAR_END
    return view.status is not Status.DONE or not in_year


# The records decide these, not the user's mark: a rule that cannot be met in its year shows.
DERIVED = {
    1: {"team_formed", "team_trained", "programme_approved", "programme_funding",
        "meetings_at_least_two"},
    2: {"programme_events_executed", "programme_funding_current_year", "meetings_at_least_four"},
    3: {"programme_events_executed", "programme_funding_current_year", "meetings_at_least_four"},
    4: {"qualification_confirmed", "programme_events_executed", "meetings_at_least_four"},
    5: {"qualification_confirmed", "programme_events_executed", "meetings_at_least_four"},
}  # fmt: skip
EVERY_YEAR = {
    "council_created", "council_chair_governor", "council_business_deputy_chair",
    "kpi_set", "kpi_companies_supported", "kpi_supported_export_volume",
}  # fmt: skip


@pytest.mark.parametrize("implementation_year", [1, 2, 3, 4, 5])
def test_every_criterion_of_instruments_2_to_6_completable_within_its_year(
    tmp_path: Path, implementation_year: int, settings: tuple[bool, bool, bool]
) -> None:
    for ws in _workspace(tmp_path / "r.sqlite3", implementation_year, settings):
        _mark_the_users_items_done(ws)
        criteria = list(_criteria(ws))
        left = [
            f"{code}/{v.item.key}: {v.status} {v.state.done_on} {v.derived_note}"
            for code, v in criteria
            if _not_done_in_year(v)
        ]
        assert left == []
        derived = {v.item.key for _code, v in criteria if v.is_derived}
        assert DERIVED[implementation_year] | EVERY_YEAR <= derived
