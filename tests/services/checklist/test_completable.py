"""Every criterion of every instrument, implementation year and settings can be completed by
31.12 of its year: by hand for the user's items, and for those derived from records either by
records dated within the year or by the coordinator's manual status over them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.progress import Status
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.activities import fill_activities_demo
from res_desktop.services.demo.council import fill_council_demo
from res_desktop.services.demo.exporters import fill_exporters_demo
from res_desktop.services.demo.programme import fill_programme_demo
from res_desktop.services.demo.records import fill_records_demo
from res_desktop.services.demo.team import fill_team_demo
from tests.conftest import make_profile

YEAR = 2026
YEAR_END = dt.date(YEAR, 12, 31)
IMPLEMENTATION_YEARS = (1, 2, 3, 4, 6)  # 6: a later year, on the 4th year's criteria
SETTINGS = [(low, federal) for low in (False, True) for federal in (False, True)]


@pytest.fixture(params=IMPLEMENTATION_YEARS, ids=lambda n: f"year{n}")
def implementation_year(request: pytest.FixtureRequest) -> int:
    return int(request.param)


@pytest.fixture(params=SETTINGS, ids=lambda s: f"low{int(s[0])}-federal{int(s[1])}")
def region(
    request: pytest.FixtureRequest, implementation_year: int, tmp_path: Path
) -> Iterator[Workspace]:
    """A region on 31.12 of its year, with every kind of record, so derived items are derived."""
    low, federal = request.param
    ws = Workspace.open(tmp_path / "region.sqlite3", clock=lambda: YEAR_END)
    start = YEAR - implementation_year + 1
    ws.region.save(make_profile(start_year=start))  # the demo team has a municipal head
    fill_team_demo(ws, YEAR_END)
    fill_programme_demo(ws, YEAR_END)
    fill_council_demo(ws, YEAR_END)
    fill_exporters_demo(ws, YEAR_END, count=20)
    fill_activities_demo(ws, YEAR_END)
    fill_records_demo(ws, YEAR_END)
    ws.region.save(make_profile(start_year=start, low_export_potential=low, federal_city=federal))
    yield ws
    ws.close()


def test_every_criterion_can_be_completed_by_the_year_end(region: Workspace) -> None:
    ws = region
    derived_seen = 0
    for instrument in ws.checklists.instruments():
        view = ws.checklists.checklist(instrument.code, YEAR)
        criteria = [v for v in view.items if v.item.basis is Basis.CRITERION]
        assert criteria, f"{instrument.label}: no criterion in {view.implementation_year}-й год"
        for item in criteria:
            if item.verdict is not None and item.verdict.met:
                # Met from the records: it must count by the year end, from within the year.
                done_on = item.state.done_on
                assert done_on is None or done_on <= YEAR_END, (instrument.code, item.item.key)
                continue
            if item.is_derived:
                derived_seen += 1
                edit = ItemEdit(
                    status=item.state.status,
                    manual_status=Status.DONE,
                    manual_reason="Выполнено по данным, не внесённым в программу",
                    done_on=YEAR_END,
                )
            else:
                edit = ItemEdit(status=Status.DONE, done_on=YEAR_END)
            ws.checklists.save_item(code=instrument.code, key=item.item.key, year=YEAR, edit=edit)
        done = ws.checklists.checklist(instrument.code, YEAR)
        assert done.progress_on(YEAR_END).implemented, (instrument.code, done.progress)
    assert derived_seen, "the records left some derived criterion open: the manual path ran"
    board = ws.dashboard.build(YEAR_END)
    assert board.verdict.actual == 15
    assert board.verdict.required == 11 and board.verdict.on_track
