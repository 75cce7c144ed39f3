"""Instrument 4's rules and block V's budget threshold at their boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from res_desktop.domain.programme.model import ApprovalBody
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Execution
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.programme.rules import approved
from res_desktop.domain.programme.rules import blocks_2_3
from res_desktop.domain.programme.rules import budget_check
from res_desktop.domain.programme.rules import budget_floor
from res_desktop.domain.programme.rules import classify
from res_desktop.domain.programme.rules import events_executed
from res_desktop.domain.programme.rules import funding
from res_desktop.domain.programme.rules import funding_by_instrument
from res_desktop.domain.programme.rules import quarter_events
from res_desktop.domain.programme.rules import strategy_and_projects
from res_desktop.domain.programme.validation import validate_event

Y = 2026


def _event(title: str = "Семинар", **changes: object) -> ProgrammeEvent:
    values: dict[str, object] = {
        "year": Y,
        "title": title,
        "instrument": "10",
        "planned_count": 2,
        "responsible": "ЦПЭ",
        "deadline": dt.date(Y, 6, 30),
    }
    values.update(changes)
    return ProgrammeEvent(**values)  # type: ignore[arg-type]


def _done(title: str, on: dt.date, **changes: object) -> ProgrammeEvent:
    return _event(title, status=EventStatus.DONE, done_count=2, done_on=on, **changes)


@pytest.mark.parametrize(
    ("grp", "required"),
    [
        (400_000_000_000, 50_000_000),  # 0.01% = 40 M < 50 M: the minimum rules
        (500_000_000_000, 50_000_000),  # exactly 50 M both ways
        (600_000_000_000, 60_000_000),  # 0.01% = 60 M
        (600_000_000_001, 60_000_001),  # a fraction of a rouble is rounded up
    ],
)
def test_budget_threshold_is_the_larger_of_share_and_minimum(grp: int, required: int) -> None:
    assert budget_check(BudgetYear(Y, grp, 0)).required == required


@pytest.mark.parametrize("grp", [400_000_000_000, 600_000_000_000])
def test_budget_exactly_at_threshold_passes_one_rouble_below_fails(grp: int) -> None:
    required = budget_check(BudgetYear(Y, grp, 0)).required
    assert budget_check(BudgetYear(Y, grp, required)).met
    below = budget_check(BudgetYear(Y, grp, required - 1))
    assert not below.met
    assert "ниже ориентира" in below.note


def test_budget_note_names_both_thresholds() -> None:
    note = budget_check(BudgetYear(Y, 400_000_000_000, 80_000_000)).note
    assert "0,01% ВРП — 40\u00a0000\u00a0000\u00a0₽" in note
    assert "не менее 50\u00a0000\u00a0000\u00a0₽" in note
    assert "соответствует" in note


def test_approval_needs_the_act_recorded() -> None:
    draft = Programme("Программа", ApprovalBody.GOVERNOR, act_type="Постановление")
    verdict = approved(draft)
    assert not verdict.met and verdict.partial
    assert "номер, дата" in verdict.note
    act = Programme("Программа", ApprovalBody.COUNCIL, "Протокол", "3", dt.date(2024, 3, 1))
    done = approved(act)
    assert done.met and done.done_on == dt.date(2024, 3, 1)
    assert "экспортный совет" in done.note
    assert not approved(None).met


def test_year_one_funding_is_the_amount_section_v_requires_not_any_amount() -> None:
    """«в первый год считается внедренным, если … предусмотрено необходимое финансирование в
    бюджете субъекта Российской Федерации, либо запланированы мероприятия по согласованию и
    выделению финансирования»; «обеспечив необходимый объем финансирования в соответствии с
    разделом V»: «не менее чем 0,01% ВРП …, но не менее 50 млн рублей ежегодно»."""
    grp = 600 * 10**9  # 0,01% = 60 000 000 ₽, above the 50 M floor
    assert not funding([_event(planned=Funding(regional=1))], None, Y).met  # no GRP: unknown
    assert not funding([], BudgetYear(Y, grp, 1), Y).met  # any amount is not enough
    assert not funding([], BudgetYear(Y, grp, 59_999_999), Y).met
    at_floor = funding([], BudgetYear(Y, grp, 60_000_000), Y)
    assert at_floor.met and "60 000 000" in at_floor.note.replace("\xa0", " ")
    planned = [_event(planned=Funding(regional=60_000_000))]
    assert funding(planned, BudgetYear(Y, grp, 0), Y).met  # «либо запланированы»
    federal = [_event(planned=Funding(federal=60_000_000))]
    assert not funding(federal, BudgetYear(Y, grp, 0), Y).met  # regional budget money only
    small_region = BudgetYear(Y, 100 * 10**9, 49_999_999)  # 0,01% = 10 M: 50 M still applies
    assert not funding([], small_region, Y).met
    assert funding([], BudgetYear(Y, 100 * 10**9, 50_000_000), Y).met


def test_budget_floor_every_later_year_with_the_figures() -> None:
    """Раздел V: «не менее чем 0,01% ВРП субъекта Российской Федерации, но не менее 50 млн
    рублей ежегодно»."""
    assert not budget_floor(None, Y).met
    below = budget_floor(BudgetYear(Y, 600 * 10**9, 59_999_999), Y)
    assert not below.met and below.partial
    note = below.note.replace("\xa0", " ")
    assert "0,01% ВРП — 60 000 000" in note and "не менее 50 000 000" in note
    assert budget_floor(BudgetYear(Y, 600 * 10**9, 60_000_000), Y).met


def test_programme_events_may_belong_to_any_instrument_strategy_or_regional_project() -> None:
    """«рекомендовано включить в Региональную программу детализированные мероприятия по
    реализации экспортной стратегии»; «… мероприятия региональных проектов»."""
    assert validate_event(_event(instrument="04"), dt.date(Y, 1, 1)).get("instrument") is None
    assert validate_event(_event(instrument="strategy"), dt.date(Y, 1, 1)).get("instrument") is None
    assert "instrument" in validate_event(_event(instrument="16"), dt.date(Y, 1, 1))
    only_strategy = strategy_and_projects([_event(instrument="strategy")], Y)
    assert not only_strategy.met and only_strategy.partial
    assert "региональных проектов" in only_strategy.note
    both = [_event(instrument="strategy"), _event(instrument="regional_project")]
    assert strategy_and_projects(both, Y).met
    blocks = [_event(instrument=c) for c in ("10", "11", "12", "13", "14", "15")]
    assert blocks_2_3([*blocks, *both, _event(instrument="03")], Y).met


def test_blocks_2_3_need_every_instrument() -> None:
    events = [_event(instrument=code) for code in ("10", "11", "12", "13", "14")]
    verdict = blocks_2_3(events, Y)
    assert not verdict.met and "15" in verdict.note
    assert blocks_2_3([*events, _event(instrument="15")], Y).met


def test_event_done_late_keeps_the_item_open_with_its_name() -> None:
    as_of = dt.date(Y, 11, 24)
    events = [_done("Вебинар", dt.date(Y, 6, 30)), _done("Бизнес-миссия", dt.date(Y, 7, 1))]
    verdict = events_executed(events, Y, as_of)
    assert not verdict.met
    assert "Выполнено в срок 1 из 2" in verdict.note
    assert "«Бизнес-миссия» (срок 30.06.2026, выполнено 01.07.2026)" in verdict.note


def test_events_done_on_the_deadline_make_the_item_done() -> None:
    events = [
        _done("А", dt.date(Y, 6, 30)),
        _done("Б", dt.date(Y, 3, 1), deadline=dt.date(Y, 3, 1)),
    ]
    verdict = events_executed(events, Y, dt.date(Y, 11, 24))
    assert verdict.met and verdict.done_on == dt.date(Y, 6, 30)


def test_partly_done_and_future_events() -> None:
    short = _event("Семинары", status=EventStatus.DONE, done_count=1, done_on=dt.date(Y, 5, 1))
    future = _event("Выставка", deadline=dt.date(Y, 12, 15))
    verdict = events_executed([short, future], Y, dt.date(Y, 11, 24))
    assert not verdict.met
    assert "не выполнены в срок: «Семинары» (срок 30.06.2026, выполнено, 1 из 2)" in verdict.note
    assert "срок не наступил: «Выставка» (до 15.12.2026)" in verdict.note


def test_quarter_classification_by_quarter_end() -> None:
    late_in_q3 = _done("Поздно", dt.date(Y, 8, 1))
    late_in_q4 = _done("Очень поздно", dt.date(Y, 10, 5))
    on_time = _done("В срок", dt.date(Y, 6, 1))
    q3_only = _event("Третий квартал", deadline=dt.date(Y, 9, 30))
    rows = dict(
        (e.title, x) for e, x in quarter_events([late_in_q3, late_in_q4, on_time, q3_only], Y, 2)
    )
    assert rows == {"Поздно": Execution.NOT_DONE, "Очень поздно": Execution.NOT_DONE,
                    "В срок": Execution.ON_TIME}  # fmt: skip
    q3 = dict((e.title, x) for e, x in quarter_events([late_in_q3, late_in_q4, q3_only], Y, 3))
    assert q3["Поздно"] is Execution.LATE
    assert q3["Очень поздно"] is Execution.NOT_DONE
    assert q3["Третий квартал"] is Execution.NOT_DONE
    assert classify(late_in_q4, dt.date(Y, 12, 31)) is Execution.LATE


def test_funding_grouped_by_instrument() -> None:
    events = [
        _event(instrument="11", planned=Funding(100, 50, 0), actual=Funding(90, 0, 0)),
        _event(instrument="11", planned=Funding(10, 0, 5)),
        _event(instrument="10", planned=Funding(1, 0, 0)),
        _event(instrument="12", year=Y + 1, deadline=dt.date(Y + 1, 1, 1)),
    ]
    found = funding_by_instrument(events, Y)
    assert list(found) == ["10", "11"]
    assert found["11"] == (Funding(110, 50, 5), Funding(90, 0, 0))


def test_events_done_after_the_as_of_date_are_not_counted_yet() -> None:
    event = _done("Вебинар", dt.date(Y, 6, 30))
    assert events_executed([event], Y, dt.date(Y, 6, 30)).met
    early = events_executed([event], Y, dt.date(Y, 6, 29))
    assert not early.met and "срок не наступил: «Вебинар»" in early.note
