"""Instrument 5's rules at their boundaries, the agreement rule, the planner and its warning."""

from __future__ import annotations

import datetime as dt

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.council import rules
from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingId
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import Minutes
from res_desktop.domain.council.model import ReportKind
from res_desktop.domain.council.model import validate_meeting
from res_desktop.domain.council.model import validate_report
from res_desktop.domain.council.planner import plan_year
from res_desktop.domain.council.planner import quarter_without_meeting_warning
from res_desktop.domain.council.planner import suggested_dates

D = dt.date


def held(day: dt.date, *reports: MeetingReport, **changes: object) -> Meeting:
    values: dict[str, object] = {"date": day, "status": MeetingStatus.HELD, "reports": reports}
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]


def coordinator(agreed_on: dt.date | None, heard: bool = True) -> MeetingReport:
    return MeetingReport(ReportKind.COORDINATOR, "Иванова М. С.", "", agreed_on, heard)


def published(day: dt.date) -> Minutes:
    return Minutes("1", day, publication_url="https://export.example.ru/p/1", published_on=day)


# The business deputy chair, elected at the founding meeting of 01.12.2025: agreements count.
FOUNDING = held(D(2025, 12, 1), id=MeetingId(99))
COUNCIL = Council(
    "Экспортный совет", deputy_chair_name="Орлов О. О.", founding_meeting_id=MeetingId(99)
)


def approving(day: dt.date, *reports: MeetingReport, **changes: object) -> Meeting:
    """A held meeting whose minutes (№ 1, the same day) approve what it heard."""
    return held(day, *reports, minutes=Minutes("1", day), **changes)


def coordinator_reports(meetings: list[Meeting], as_of: dt.date) -> Verdict:
    return rules.rule_coordinator_reports([FOUNDING, *meetings], 2026, as_of, COUNCIL)


# -- meetings per year -------------------------------------------------------------------
def test_year_one_needs_two_meetings_one_is_not_enough() -> None:
    one = [held(D(2026, 3, 10))]
    verdict = rules.rule_meetings(one, 2026, 1, D(2026, 11, 24))
    assert not verdict.met and verdict.partial
    assert verdict.note.startswith("Проведено 1 из 2 заседаний")
    two = [*one, held(D(2026, 9, 15))]
    verdict = rules.rule_meetings(two, 2026, 1, D(2026, 11, 24))
    assert verdict.met and verdict.done_on == D(2026, 9, 15)


def test_year_two_and_later_need_four_three_is_not_enough() -> None:
    days = [D(2026, 2, 16), D(2026, 5, 15), D(2026, 8, 14), D(2026, 11, 16)]
    three = [held(d) for d in days[:3]]
    planned = Meeting(D(2026, 12, 15))
    verdict = rules.rule_meetings([*three, planned], 2026, 2, D(2026, 11, 24))
    assert not verdict.met
    assert verdict.note == (
        "Проведено 3 из 4 заседаний (16.02.2026, 15.05.2026, 14.08.2026); "
        "запланировано: 15.12.2026."
    )
    assert verdict.missing == ("Проведено 3 из 4 заседаний",)
    four = [held(d) for d in days]
    verdict = rules.rule_meetings(four, 2026, 3, D(2026, 11, 24))
    assert verdict.met and verdict.done_on == D(2026, 11, 16)


def test_meetings_of_other_years_planned_cancelled_or_after_the_date_do_not_count() -> None:
    meetings = [
        held(D(2025, 12, 20)),
        Meeting(D(2026, 3, 1), status=MeetingStatus.CANCELLED),
        held(D(2026, 4, 1)),
        held(D(2026, 6, 1)),
    ]
    assert not rules.rule_meetings(meetings, 2026, 1, D(2026, 5, 31)).met
    assert rules.rule_meetings(meetings, 2026, 1, D(2026, 6, 1)).met


# -- the coordinator's half-yearly report ------------------------------------------------
def test_coordinator_report_in_each_half_year() -> None:
    first = approving(D(2026, 5, 15), coordinator(D(2026, 5, 5)))
    in_july = coordinator_reports([first], D(2026, 7, 10))
    assert not in_july.met and in_july.partial
    assert in_july.note == (
        "Отчёт координатора за I полугодие заслушан 15.05.2026 и утверждён протоколом № 1; "
        "отчёт координатора за II полугодие ожидается до 31.12.2026."
    )
    assert in_july.missing == ()  # the second half-year is not yet due
    at_year_end = coordinator_reports([first], D(2026, 12, 31))
    assert at_year_end.missing == ("нет отчёта координатора за II полугодие",)
    second = approving(D(2026, 11, 16), coordinator(D(2026, 11, 2)))
    done = coordinator_reports([first, second], D(2026, 11, 24))
    assert done.met and done.done_on == D(2026, 11, 16)


def test_first_half_year_ended_without_report_is_missing() -> None:
    second = approving(D(2026, 9, 15), coordinator(D(2026, 9, 1)))
    verdict = coordinator_reports([second], D(2026, 11, 24))
    assert not verdict.met
    assert verdict.note.startswith("Нет отчёта координатора за I полугодие")
    assert rules.summary_note([verdict]) == "Нет отчёта координатора за I полугодие."


def test_reports_without_valid_agreement_or_not_heard_do_not_count() -> None:
    late = approving(D(2026, 5, 15), coordinator(D(2026, 5, 20)))
    unheard = approving(D(2026, 3, 15), coordinator(D(2026, 3, 1), heard=False))
    verdict = coordinator_reports([late, unheard], D(2026, 11, 24))
    assert not verdict.partial


def test_a_report_is_approved_only_with_the_minutes_that_approve_it() -> None:
    """«заслушивание и утверждение протоколом заседания Совета отчетов по итогам работы
    РОИВ-координатора не реже одного раза в полгода»: heard without minutes is not approved."""
    report = coordinator(D(2026, 5, 5))
    no_minutes = held(D(2026, 5, 15), report)
    assert not coordinator_reports([no_minutes], D(2026, 7, 10)).partial
    later = held(D(2026, 5, 15), report, minutes=Minutes("7", D(2026, 5, 22)))
    assert not coordinator_reports([later], D(2026, 5, 21)).partial  # minutes not yet signed
    assert coordinator_reports([later], D(2026, 5, 22)).partial
    second = approving(D(2026, 11, 16), coordinator(D(2026, 11, 2)))
    done = coordinator_reports([later, second], D(2026, 12, 31))
    assert done.met and done.done_on == D(2026, 11, 16)
    plan = MeetingReport(ReportKind.PLAN, "Петров", agreed_on=D(2026, 9, 1), heard=True)
    meetings = [FOUNDING, held(D(2026, 9, 15), plan)]
    assert not rules.rule_plan_report(meetings, 2026, D(2026, 12, 31), COUNCIL).met


def test_agreement_counts_only_from_an_elected_deputy_chair_not_after_the_meeting() -> None:
    """«отчет может быть внесен на рассмотрение Совета только после согласования заместителем
    председателя Совета от предпринимательского сообщества»."""
    on_the_day = approving(D(2026, 5, 15), coordinator(D(2026, 5, 15)))
    assert coordinator_reports([on_the_day], D(2026, 7, 10)).partial
    day_after = approving(D(2026, 5, 15), coordinator(D(2026, 5, 16)))
    assert not coordinator_reports([day_after], D(2026, 7, 10)).partial
    nobody = Council("Экспортный совет", founding_meeting_id=MeetingId(99))
    without_deputy = rules.rule_coordinator_reports(
        [FOUNDING, on_the_day], 2026, D(2026, 7, 10), nobody
    )
    assert not without_deputy.partial
    assert not rules.rule_coordinator_reports([on_the_day], 2026, D(2026, 7, 10), None).partial
    not_founded = rules.rule_coordinator_reports([on_the_day], 2026, D(2026, 7, 10), COUNCIL)
    assert not not_founded.partial  # the founding meeting that elects the deputy is not held
    founded_later = held(D(2026, 5, 10), id=MeetingId(99))
    before_election = approving(D(2026, 5, 15), coordinator(D(2026, 5, 5)))
    verdict = rules.rule_coordinator_reports(
        [founded_later, before_election], 2026, D(2026, 7, 10), COUNCIL
    )
    assert not verdict.partial  # agreed on 05.05, the deputy was elected on 10.05


def test_summary_note_joins_what_is_missing() -> None:
    meetings = [approving(D(2026, 3, 10), coordinator(D(2026, 3, 1))), held(D(2026, 5, 20))]
    note = rules.summary_note(
        [
            rules.rule_meetings(meetings, 2026, 2, D(2026, 12, 31)),
            coordinator_reports(meetings, D(2026, 12, 31)),
        ]
    )
    assert note == "Проведено 2 из 4 заседаний; нет отчёта координатора за II полугодие."


# -- the agreement rule -----------------------------------------------------------------
def test_report_heard_without_agreement_is_refused() -> None:
    errors = validate_report(coordinator(None), D(2026, 5, 15))
    assert "только после согласования заместителем председателя" in errors["agreed_on"]


def test_agreement_after_the_meeting_is_refused_on_the_day_is_accepted() -> None:
    late = validate_report(coordinator(D(2026, 5, 16)), D(2026, 5, 15))
    assert late["agreed_on"].startswith("Дата согласования (16.05.2026) позже даты заседания")
    assert validate_report(coordinator(D(2026, 5, 15)), D(2026, 5, 15)) == {}


def test_plan_report_needs_agreement_infrastructure_report_does_not() -> None:
    plan = MeetingReport(ReportKind.PLAN, "Петров", heard=True)
    assert (
        "Отчёт о реализации Плана может быть" in validate_report(plan, D(2026, 5, 1))["agreed_on"]
    )
    infra = MeetingReport(ReportKind.INFRASTRUCTURE, "ЦПЭ", heard=True)
    assert validate_report(infra, D(2026, 5, 1)) == {}
    unheard = MeetingReport(ReportKind.PLAN, "Петров", heard=False)
    assert validate_report(unheard, D(2026, 5, 1)) == {}


def test_held_meeting_cannot_be_in_the_future() -> None:
    errors = validate_meeting(held(D(2026, 11, 25)), D(2026, 11, 24))
    assert "позже сегодняшней" in errors["date"]
    assert validate_meeting(Meeting(D(2026, 12, 15)), D(2026, 11, 24)) == {}


# -- plan report, minutes, openness ------------------------------------------------------
def test_plan_report_heard_in_the_year() -> None:
    plan = MeetingReport(ReportKind.PLAN, "Петров", agreed_on=D(2026, 9, 1), heard=True)
    last_year = [FOUNDING, approving(D(2025, 9, 15), plan)]
    assert not rules.rule_plan_report(last_year, 2026, D(2026, 11, 24), COUNCIL).met
    this_year = [FOUNDING, approving(D(2026, 9, 15), plan)]
    verdict = rules.rule_plan_report(this_year, 2026, D(2026, 11, 24), COUNCIL)
    assert verdict.met and verdict.done_on == D(2026, 9, 15)
    assert "согласован заместителем председателя 01.09.2026" in verdict.note
    assert "утверждён протоколом № 1" in verdict.note


def test_minutes_not_published_keep_the_item_open_with_the_note() -> None:
    days = [D(2026, 2, 16), D(2026, 5, 15), D(2026, 8, 14), D(2026, 11, 16)]
    meetings = [held(d, minutes=published(d)) for d in days[:3]]
    meetings.append(held(days[3], minutes=Minutes("4", days[3])))
    verdict = rules.rule_minutes_published(meetings, 2026, 3, D(2026, 11, 24))
    assert not verdict.met and verdict.partial
    assert verdict.note == (
        "Опубликованы протоколы 3 из 4 проведённых заседаний; не опубликован протокол "
        "заседания 16.11.2026."
    )
    meetings[3] = held(days[3], minutes=published(D(2026, 11, 20)))
    verdict = rules.rule_minutes_published(meetings, 2026, 3, D(2026, 11, 24))
    assert verdict.met and verdict.done_on == D(2026, 11, 20)


def test_minutes_of_too_few_meetings_are_not_enough() -> None:
    verdict = rules.rule_minutes_published(
        [held(D(2026, 3, 2), minutes=published(D(2026, 3, 3)))], 2026, 2, D(2026, 11, 24)
    )
    assert not verdict.met
    assert verdict.note == (
        "Опубликованы протоколы 1 из 1 проведённого заседания; требуется провести ещё 3 заседания."
    )


def test_closed_meeting_breaks_openness() -> None:
    meetings = [held(D(2026, 3, 2), invited_exporters=10), held(D(2026, 6, 2))]
    assert rules.rule_public_open(meetings, 2026, 1, D(2026, 11, 24)).met
    meetings.append(held(D(2026, 9, 2), is_public_open=False))
    verdict = rules.rule_public_open(meetings, 2026, 1, D(2026, 11, 24))
    assert not verdict.met
    assert "не были открытыми заседания 02.09.2026" in verdict.note


# -- the council itself ------------------------------------------------------------------
def test_council_created_regulation_chair_and_deputy() -> None:
    assert not rules.rule_council_created(None, D(2026, 1, 1)).met
    council = Council(
        "Экспортный совет",
        "Указ Губернатора",
        "12",
        D(2024, 2, 1),
        "Губернатор области",
        chair_name="Сидоров С. С.",
        deputy_chair_name="Орлов О. О.",
        founding_meeting_id=MeetingId(7),
    )
    created = rules.rule_council_created(council, D(2026, 1, 1))
    assert created.met and created.done_on == D(2024, 2, 1)
    assert "Указ Губернатора № 12 от 01.02.2024" in created.note
    assert rules.rule_regulation(council, D(2026, 1, 1)).met
    assert rules.rule_chair(council, D(2026, 1, 1)).met
    founding = held(D(2024, 3, 1), id=MeetingId(7))
    deputy = rules.rule_deputy_chair(council, [founding], D(2026, 1, 1))
    assert deputy.met and deputy.done_on == D(2024, 3, 1)
    assert not rules.rule_deputy_chair(council, [], D(2026, 1, 1)).met


def test_composition_names_missing_categories() -> None:
    members = [Member(f"Член {c.value}", c, joined_on=D(2024, 1, 1)) for c in MemberCategory]
    verdict = rules.rule_composition(members, D(2026, 1, 1))
    assert verdict.met
    left = [*members[:1], Member("Ушедший", MemberCategory.REC, left_on=D(2025, 1, 1))]
    left += members[2:]
    verdict = rules.rule_composition(left, D(2026, 1, 1))
    assert not verdict.met and "нет представителей: РЭЦ" in verdict.note


# -- the planner -------------------------------------------------------------------------
def test_two_meetings_go_to_the_second_and_fourth_quarters_on_working_days() -> None:
    assert suggested_dates(2026, 2) == [D(2026, 5, 15), D(2026, 11, 16)]  # 15.11 is a Sunday
    assert [d.month for d in suggested_dates(2026, 4)] == [2, 5, 8, 11]
    assert len(suggested_dates(2026, 6)) == 6


def test_plan_year_lists_what_each_quarter_has() -> None:
    plans = plan_year(2026, 4, [held(D(2026, 2, 20)), Meeting(D(2026, 12, 10))])
    assert plans[0].held == (D(2026, 2, 20),) and plans[0].covered
    assert not plans[1].covered
    assert plans[3].planned == (D(2026, 12, 10),)


def test_quarter_warning_when_thirty_days_or_less_remain() -> None:
    assert quarter_without_meeting_warning(D(2026, 8, 30), []) is None  # 31 days left
    warning = quarter_without_meeting_warning(D(2026, 8, 31), [])
    assert warning == (
        "III квартал заканчивается через 30 дней, заседание Экспортного совета в этом "
        "квартале не проведено и не запланировано."
    )
    assert "через 1 день" in str(quarter_without_meeting_warning(D(2026, 9, 29), []))
    assert "заканчивается сегодня" in str(quarter_without_meeting_warning(D(2026, 9, 30), []))
    planned = [Meeting(D(2026, 9, 25))]
    assert quarter_without_meeting_warning(D(2026, 9, 1), planned) is None
    cancelled = [Meeting(D(2026, 9, 25), status=MeetingStatus.CANCELLED)]
    assert quarter_without_meeting_warning(D(2026, 9, 1), cancelled) is not None
