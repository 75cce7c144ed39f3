"""The «Сводка»: instruments implemented against the plan-schedule, and what is due next."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.progress import Status
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.checklist.service import OwnInstrument
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY

YEAR = TODAY.year


def keys(ws: Workspace, code: str, year: int = YEAR) -> list[str]:
    return [v.item.key for v in ws.checklists.checklist(code, year).items]


def mark_all(ws: Workspace, code: str, done_on: dt.date | None = None, year: int = YEAR) -> None:
    for key in keys(ws, code, year):
        ws.checklists.save_item(
            code=code, key=key, year=year, edit=ItemEdit(status=Status.DONE, done_on=done_on)
        )


def test_empty_region(workspace: Workspace) -> None:
    board = workspace.dashboard.build()
    assert board.on == TODAY
    assert (board.year, board.implementation_year) == (YEAR, 3)
    assert len(board.summaries) == 15
    assert all(s.progress.percent == 0 for s in board.summaries)
    assert all(s.open_items == len(criteria(workspace, s.instrument.code)) for s in board.summaries)
    assert board.implemented == 0
    assert (board.verdict.required, board.verdict.actual) == (8, 0)  # 1 Nov: 8
    assert board.verdict.shortfall == 8
    assert board.due == ()


def test_verdict_counts_only_the_standards_instruments(workspace: Workspace) -> None:
    ws = workspace
    ws.checklists.add_own_instrument(
        instrument=OwnInstrument(
            title="Региональный экспортный акселератор",
            short_title="Акселератор",
            kind=Kind.ANNUAL,
            items=(ChecklistItem(key="own_1", title="Отобраны участники", years=frozenset({3})),),
        )
    )
    ws.checklists.save_item(code="R1", key="own_1", year=YEAR, edit=ItemEdit(status=Status.DONE))
    board = ws.dashboard.build()
    own = [s for s in board.summaries if s.instrument.is_own]
    assert [(s.instrument.code, s.progress.implemented) for s in own] == [("R1", True)]
    assert board.verdict.actual == 0

    mark_all(ws, "07")
    board = ws.dashboard.build()
    assert len(board.summaries) == 16
    assert board.verdict.actual == 1
    assert board.implemented == 1
    implemented = {s.instrument.code for s in board.summaries if s.progress.implemented}
    assert implemented == {"07", "R1"}


def criteria(ws: Workspace, code: str) -> list[str]:
    view = ws.checklists.checklist(code, YEAR)
    return [v.item.key for v in view.items if v.item.basis is Basis.CRITERION]


def test_open_items_counted_per_instrument(workspace: Workspace) -> None:
    """Open criteria only: a recommendation left open never shows as an open item."""
    ws = workspace
    first, second, *_ = criteria(ws, "05")
    ws.checklists.save_item(code="05", key=first, year=YEAR, edit=ItemEdit(status=Status.DONE))
    ws.checklists.save_item(
        code="05",
        key=second,
        year=YEAR,
        edit=ItemEdit(status=Status.NOT_APPLICABLE, na_reason="Причина"),
    )
    summary = next(s for s in ws.dashboard.summaries(YEAR) if s.instrument.code == "05")
    assert summary.open_items == len(criteria(ws, "05")) - 2
    assert summary.advice.done_items == 0 and summary.advice.total_items > 0


def test_on_a_past_date_items_done_later_do_not_count(workspace: Workspace) -> None:
    ws = workspace
    items = keys(ws, "07")
    ws.checklists.save_item(
        code="07",
        key=items[0],
        year=YEAR,
        edit=ItemEdit(status=Status.DONE, done_on=dt.date(2026, 3, 2)),
    )
    for key in items[1:]:
        ws.checklists.save_item(
            code="07",
            key=key,
            year=YEAR,
            edit=ItemEdit(status=Status.DONE, done_on=dt.date(2026, 6, 10)),
        )
    mark_all(ws, "02", done_on=dt.date(2025, 4, 1))  # one-time, done last year

    def state_on(day: dt.date) -> tuple[int, int, int]:
        board = ws.dashboard.build(day)
        percent = next(s for s in board.summaries if s.instrument.code == "07").progress.percent
        return board.verdict.required, board.verdict.actual, percent

    first_weight = ws.checklists.instrument("07").item(items[0]).weight
    view = ws.checklists.checklist("07", YEAR)
    assert view.items[0].item.basis is Basis.CRITERION  # listed first
    total = sum(v.item.weight for v in view.items if v.item.basis is Basis.CRITERION)
    assert state_on(dt.date(2026, 3, 1)) == (2, 1, 0)
    assert state_on(dt.date(2026, 5, 1)) == (2, 1, first_weight * 100 // total)
    assert state_on(dt.date(2026, 6, 9))[1] == 1
    assert state_on(dt.date(2026, 6, 10)) == (3, 2, 100)
    assert state_on(TODAY) == (8, 2, 100)
    past = ws.dashboard.build(dt.date(2026, 5, 1))
    assert past.on == dt.date(2026, 5, 1)
    assert not past.verdict.on_track
    assert past.verdict.shortfall == 1


def test_a_past_year_uses_that_years_checklists(workspace: Workspace) -> None:
    ws = workspace
    mark_all(ws, "05", done_on=dt.date(2025, 11, 1), year=YEAR - 1)
    last_year = ws.dashboard.build(dt.date(2025, 12, 31))
    assert (last_year.year, last_year.implementation_year) == (2025, 2)
    assert last_year.verdict.actual == 1
    assert last_year.verdict.required == 11
    assert ws.dashboard.build().verdict.actual == 0


def test_nearest_due_items_sorted_with_overdue_flag(workspace: Workspace) -> None:
    ws = workspace
    k05 = keys(ws, "05")
    k01 = keys(ws, "01")
    k06 = keys(ws, "06")

    def due(code: str, key: str, day: dt.date, status: Status = Status.IN_PROGRESS) -> None:
        ws.checklists.save_item(
            code=code,
            key=key,
            year=YEAR,
            edit=ItemEdit(status=status, due_date=day, responsible="Иванова"),
        )

    due("05", k05[0], dt.date(2026, 12, 10))
    due("01", k01[0], dt.date(2026, 11, 1), Status.NOT_STARTED)  # one-time instrument
    due("06", k06[0], TODAY)
    due("05", k05[1], dt.date(2026, 10, 5), Status.DONE)  # done: not due any more
    due("06", k06[1], dt.date(2026, 9, 1), Status.NOT_STARTED)
    ws.checklists.save_item(
        code="06",
        key=k06[2],
        year=YEAR + 1,
        edit=ItemEdit(status=Status.NOT_STARTED, due_date=TODAY),
    )  # next year's checklist
    ws.checklists.save_item(
        code="03",
        key="team_formed",
        year=YEAR,
        edit=ItemEdit(status=Status.NOT_STARTED, due_date=TODAY),
    )  # a first-year item: does not apply in year 3
    ws.checklists.save_item(
        code="06", key=k06[3], year=YEAR, edit=ItemEdit(status=Status.IN_PROGRESS)
    )

    found = ws.dashboard.nearest_due(YEAR, TODAY)
    assert [(d.instrument.code, d.item.key, d.due_date, d.overdue) for d in found] == [
        ("06", k06[1], dt.date(2026, 9, 1), True),
        ("01", k01[0], dt.date(2026, 11, 1), True),
        ("06", k06[0], TODAY, False),
        ("05", k05[0], dt.date(2026, 12, 10), False),
    ]
    assert all(d.responsible == "Иванова" for d in found)
    assert ws.dashboard.build().due == tuple(found)
    assert [d.item.key for d in ws.dashboard.nearest_due(YEAR, TODAY, limit=2)] == [
        k06[1],
        k01[0],
    ]
    later = ws.dashboard.nearest_due(YEAR, dt.date(2026, 12, 31))
    assert all(d.overdue for d in later)
