"""Weighted progress of an instrument's checklist."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.progress import ItemMark
from res_desktop.domain.common.progress import Progress
from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.progress import advice_label
from res_desktop.domain.common.progress import progress_of

ALL_YEARS = frozenset({1, 2, 3, 4})


def item(key: str, weight: int = 1) -> ChecklistItem:
    return ChecklistItem(key=key, title=f"Пункт {key}", years=ALL_YEARS, weight=weight)


def mark(key: str, weight: int, status: Status, done_on: dt.date | None = None) -> ItemMark:
    return ItemMark(item(key, weight), status, done_on)


def test_progress_is_weighted() -> None:
    marks = [
        mark("a", 3, Status.DONE),
        mark("b", 1, Status.NOT_STARTED),
        mark("c", 1, Status.IN_PROGRESS),
    ]
    progress = progress_of(marks)
    assert progress == Progress(done_weight=3, total_weight=5)
    assert progress.percent == 60
    assert progress.ratio == 0.6
    assert not progress.implemented


def test_light_item_done_counts_less_than_heavy_one() -> None:
    light = progress_of([mark("a", 3, Status.NOT_STARTED), mark("b", 1, Status.DONE)])
    heavy = progress_of([mark("a", 3, Status.DONE), mark("b", 1, Status.NOT_STARTED)])
    assert (light.percent, heavy.percent) == (25, 75)


def test_not_applicable_leaves_the_denominator() -> None:
    marks = [mark("a", 2, Status.DONE), mark("b", 5, Status.NOT_APPLICABLE)]
    progress = progress_of(marks)
    assert progress == Progress(done_weight=2, total_weight=2)
    assert progress.percent == 100
    assert progress.implemented


def test_not_applicable_with_open_items() -> None:
    marks = [
        mark("a", 1, Status.DONE),
        mark("b", 1, Status.NOT_STARTED),
        mark("c", 4, Status.NOT_APPLICABLE),
    ]
    assert progress_of(marks).percent == 50


def test_percent_is_floored() -> None:
    assert Progress(2, 3).percent == 66
    assert Progress(1, 3).percent == 33
    assert Progress(199, 200).percent == 99
    assert not Progress(199, 200).implemented


def test_implemented_only_at_100_percent() -> None:
    assert Progress(5, 5).implemented
    assert Progress(5, 5).percent == 100
    assert not Progress(4, 5).implemented


def test_nothing_to_do_is_not_implemented() -> None:
    empty = progress_of([])
    assert empty == Progress(0, 0)
    assert (empty.percent, empty.ratio, empty.implemented) == (0, 0.0, False)
    all_na = progress_of([mark("a", 1, Status.NOT_APPLICABLE)])
    assert all_na.total_weight == 0
    assert not all_na.implemented
    assert all_na.percent == 0


def test_done_by_date() -> None:
    june = dt.date(2026, 6, 10)
    done = mark("a", 1, Status.DONE, june)
    assert done.done_by(None)
    assert done.done_by(june)
    assert done.done_by(june + dt.timedelta(days=1))
    assert not done.done_by(june - dt.timedelta(days=1))


def test_done_without_date_counts_on_any_day() -> None:
    assert mark("a", 1, Status.DONE).done_by(dt.date(2000, 1, 1))


def test_open_items_are_never_done_by_a_date() -> None:
    day = dt.date(2026, 6, 10)
    for status in (Status.NOT_STARTED, Status.IN_PROGRESS, Status.NOT_APPLICABLE):
        assert not mark("a", 1, status, day).done_by(None)
        assert not mark("a", 1, status, day).done_by(day)


def test_progress_on_a_date_counts_items_from_their_done_date() -> None:
    marks = [
        mark("a", 1, Status.DONE, dt.date(2026, 3, 1)),
        mark("b", 1, Status.DONE, dt.date(2026, 9, 1)),
    ]
    assert progress_of(marks, dt.date(2026, 2, 28)).percent == 0
    assert progress_of(marks, dt.date(2026, 3, 1)).percent == 50
    assert progress_of(marks, dt.date(2026, 8, 31)).percent == 50
    assert progress_of(marks, dt.date(2026, 9, 1)).implemented
    assert progress_of(marks).implemented


def test_status_labels_are_russian() -> None:
    assert [s.label for s in Status] == ["не начато", "в работе", "выполнено", "не применимо"]


def advice(key: str, weight: int, status: Status, done_on: dt.date | None = None) -> ItemMark:
    recommendation = ChecklistItem(
        key=key, title=f"Пункт {key}", years=ALL_YEARS, weight=weight, basis=Basis.RECOMMENDATION
    )
    return ItemMark(recommendation, status, done_on)


def test_recommendations_never_enter_the_criteria_progress() -> None:
    marks = [
        mark("a", 2, Status.DONE),
        advice("r1", 3, Status.NOT_STARTED),
        advice("r2", 1, Status.DONE),
        advice("r3", 1, Status.NOT_APPLICABLE),
    ]
    criteria = progress_of(marks)
    assert criteria == Progress(done_weight=2, total_weight=2) and criteria.implemented
    assert (criteria.done_items, criteria.total_items) == (1, 1)
    recommended = progress_of(marks, basis=Basis.RECOMMENDATION)
    assert (recommended.done_items, recommended.total_items) == (1, 2)  # «не применимо» out
    assert not recommended.implemented
    assert advice_label(recommended) == "рекомендации: 1 из 2"


def test_only_recommendations_done_is_not_implemented() -> None:
    marks = [mark("a", 1, Status.IN_PROGRESS), advice("r", 5, Status.DONE)]
    assert progress_of(marks).percent == 0 and not progress_of(marks).implemented


def test_recommendations_count_from_their_done_date() -> None:
    marks = [advice("r", 1, Status.DONE, dt.date(2026, 6, 1))]
    early = progress_of(marks, dt.date(2026, 5, 31), Basis.RECOMMENDATION)
    assert early.done_items == 0
    assert progress_of(marks, dt.date(2026, 6, 1), Basis.RECOMMENDATION).done_items == 1
