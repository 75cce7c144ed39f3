"""The coordinator's word over a status derived from records: it counts, both are shown,
clearing it brings the derived one back, «не применимо» always leaves the count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import Source
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.progress import Status
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.conftest import make_profile

YEAR = TODAY.year
CODE, KEY = "05", "meetings_at_least_four"  # a criterion in the 3rd year (start 2024)


class FakeCouncil:
    """The council register saying what a test needs of one item."""

    source = Source.COUNCIL

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict

    def verdicts(self, instrument: Instrument, year: int, as_of: dt.date) -> dict[str, Verdict]:
        return {KEY: self.verdict} if instrument.code == CODE else {}


THREE_OF_FOUR = Verdict(met=False, note="проведено 3 из 4 заседаний", partial=True)
FOUR_OF_FOUR = Verdict(met=True, note="проведено 4 заседания", done_on=dt.date(2026, 10, 1))


def with_council(ws: Workspace, verdict: Verdict) -> Workspace:
    ws.derived_sources[Source.COUNCIL] = FakeCouncil(verdict)
    return ws


def manual(status: Status, reason: str = "Заседание проведено заочно", **more: object) -> ItemEdit:
    return ItemEdit(
        status=Status.NOT_STARTED,
        manual_status=status,
        manual_reason=reason,
        **more,  # type: ignore[arg-type]
    )


def save(ws: Workspace, edit: ItemEdit) -> None:
    ws.checklists.save_item(code=CODE, key=KEY, year=YEAR, edit=edit)


def weight_done(ws: Workspace) -> int:
    return ws.checklists.checklist(CODE, YEAR).progress.done_weight


def test_the_manual_status_counts_and_both_are_shown(workspace: Workspace) -> None:
    ws = with_council(workspace, THREE_OF_FOUR)
    derived = ws.checklists.checklist(CODE, YEAR).view(KEY)
    assert derived.status is Status.IN_PROGRESS and not derived.is_manual
    assert derived.status_note == "проведено 3 из 4 заседаний"
    before = weight_done(ws)

    save(ws, manual(Status.DONE, manual_document="Протокол № 4 от 20.11.2026",
                    done_on=dt.date(2026, 11, 20)))  # fmt: skip
    view = ws.checklists.checklist(CODE, YEAR)
    item = view.view(KEY)
    assert item.status is Status.DONE and item.is_manual and item.is_derived
    assert item.state.done_on == dt.date(2026, 11, 20)
    assert item.status_note == (
        "установлено вручную: выполнено; "
        "по данным программы: не выполнено (проведено 3 из 4 заседаний)"
    )
    assert item.recorded is not None
    assert item.recorded.manual_document == "Протокол № 4 от 20.11.2026"
    assert weight_done(ws) == before + item.item.weight
    # Counted from its own date, like any done item.
    assert view.progress_on(dt.date(2026, 11, 19)).done_weight == before


def test_clearing_the_manual_status_brings_back_the_derived_one(workspace: Workspace) -> None:
    ws = with_council(workspace, THREE_OF_FOUR)
    save(ws, manual(Status.DONE))
    save(ws, ItemEdit(status=Status.NOT_STARTED, manual_reason="забыто"))
    item = ws.checklists.checklist(CODE, YEAR).view(KEY)
    assert item.status is Status.IN_PROGRESS and not item.is_manual
    assert item.recorded is not None and item.recorded.manual_reason == ""
    assert item.status_note == "проведено 3 из 4 заседаний"


def test_manual_not_met_over_met_records_wins_too(workspace: Workspace) -> None:
    ws = with_council(workspace, FOUR_OF_FOUR)
    assert ws.checklists.checklist(CODE, YEAR).view(KEY).status is Status.DONE
    met = weight_done(ws)
    save(ws, manual(Status.IN_PROGRESS, "Одно заседание признано неправомочным"))
    item = ws.checklists.checklist(CODE, YEAR).view(KEY)
    assert item.status is Status.IN_PROGRESS
    assert item.status_note == (
        "установлено вручную: в работе; по данным программы: выполнено (проведено 4 заседания)"
    )
    assert weight_done(ws) == met - item.item.weight


@pytest.mark.parametrize("verdict", [THREE_OF_FOUR, FOUR_OF_FOUR])
def test_not_applicable_always_leaves_the_count(workspace: Workspace, verdict: Verdict) -> None:
    ws = with_council(workspace, verdict)
    total = ws.checklists.checklist(CODE, YEAR).progress.total_weight
    save(ws, manual(Status.NOT_APPLICABLE, "Совет упразднён решением губернатора"))
    view = ws.checklists.checklist(CODE, YEAR)
    item = view.view(KEY)
    assert item.status is Status.NOT_APPLICABLE
    assert item.state.na_reason == "Совет упразднён решением губернатора"
    assert view.progress.total_weight == total - item.item.weight


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_manual_status_needs_a_reason(workspace: Workspace, reason: str) -> None:
    ws = with_council(workspace, THREE_OF_FOUR)
    with pytest.raises(ValidationFailed) as caught:
        save(ws, manual(Status.DONE, reason))
    assert caught.value.errors == {
        "manual_reason": "Укажите основание, по которому статус установлен вручную."
    }
    assert not ws.checklists.checklist(CODE, YEAR).view(KEY).is_manual


def test_a_manual_done_date_cannot_be_in_the_future(workspace: Workspace) -> None:
    ws = with_council(workspace, THREE_OF_FOUR)
    with pytest.raises(ValidationFailed) as caught:
        save(ws, manual(Status.DONE, done_on=TODAY + dt.timedelta(days=1)))
    assert set(caught.value.errors) == {"done_on"}


def test_the_manual_status_survives_a_restart_and_is_undone(db_path: Path) -> None:
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    try:
        ws.region.save(make_profile())
        with_council(ws, THREE_OF_FOUR)
        before, after = ws.checklists.save_item(
            code=CODE, key=KEY, year=YEAR, edit=manual(Status.DONE)
        )
    finally:
        ws.close()
    ws = with_council(Workspace.open(db_path, clock=lambda: TODAY), THREE_OF_FOUR)
    try:
        item = ws.checklists.checklist(CODE, YEAR).view(KEY)
        assert item.recorded == after
        assert item.status is Status.DONE and item.state.done_on == TODAY
        ws.checklists.restore_item(before)
        assert ws.checklists.checklist(CODE, YEAR).view(KEY).status is Status.IN_PROGRESS
        ws.checklists.restore_item(after)
        assert ws.checklists.checklist(CODE, YEAR).view(KEY).is_manual
    finally:
        ws.close()


def test_the_manual_status_wins_even_when_the_records_are_gone(workspace: Workspace) -> None:
    ws = with_council(workspace, THREE_OF_FOUR)
    save(ws, manual(Status.DONE))
    del ws.derived_sources[Source.COUNCIL]
    item = ws.checklists.checklist(CODE, YEAR).view(KEY)
    assert item.status is Status.DONE and item.is_manual and item.verdict is None
    assert item.status_note == "установлено вручную: выполнено"


def test_a_plain_not_applicable_beats_the_records(workspace: Workspace) -> None:
    """Set before the records were kept: it still takes the item out of the count."""
    save(workspace, ItemEdit(status=Status.NOT_APPLICABLE, na_reason="Совет не создаётся"))
    ws = with_council(workspace, FOUR_OF_FOUR)
    view = ws.checklists.checklist(CODE, YEAR)
    item = view.view(KEY)
    assert item.status is Status.NOT_APPLICABLE and item.is_derived
    assert item.state.na_reason == "Совет не создаётся"
    others = [v for v in view.items if v.item.basis is Basis.CRITERION and v.item.key != KEY]
    assert view.progress.total_weight == sum(v.item.weight for v in others)


def test_an_item_done_by_records_or_by_hand_leaves_the_nearest_deadlines(
    workspace: Workspace,
) -> None:
    """«Ближайшие сроки» warn of what is still open as the checklist counts it."""
    due = TODAY + dt.timedelta(days=10)
    plain = ItemEdit(status=Status.IN_PROGRESS, responsible="Иванова М.С.", due_date=due)

    def due_keys(ws: Workspace) -> list[str]:
        return [d.item.key for d in ws.dashboard.nearest_due(YEAR, TODAY)]

    ws = with_council(workspace, THREE_OF_FOUR)
    save(ws, plain)
    assert KEY in due_keys(ws)
    save(ws, manual(Status.DONE, responsible="Иванова М.С.", due_date=due))
    assert KEY not in due_keys(ws)  # the coordinator's word
    save(ws, plain)
    ws = with_council(ws, FOUR_OF_FOUR)
    assert KEY not in due_keys(ws)  # done by the records
