"""CouncilService: records in, instrument 5's items out, refusals in Russian."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingId
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import Minutes
from res_desktop.domain.council.model import ReportKind
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.council import fill_council_demo
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY
from tests.conftest import make_profile

D = dt.date


def _held(ws: Workspace, day: dt.date) -> int:
    meeting = ws.council.save_meeting(meeting=Meeting(date=day, status=MeetingStatus.HELD))
    assert meeting.id is not None
    return meeting.id


def _item(ws: Workspace, key: str, year: int = 2026):
    return ws.checklists.checklist("05", year).view(key)


def test_no_records_leave_instrument_five_to_the_user(workspace: Workspace) -> None:
    workspace.checklists.save_item(
        code="05",
        key="meetings_at_least_four",
        year=2026,
        edit=ItemEdit(status=Status.DONE, done_on=TODAY),
    )
    view = _item(workspace, "meetings_at_least_four")
    assert view.status is Status.DONE and not view.is_derived
    _held(workspace, D(2026, 3, 2))
    view = _item(workspace, "meetings_at_least_four")
    assert view.status is Status.IN_PROGRESS and view.is_derived


def test_items_follow_the_meetings_as_they_are_added(workspace: Workspace) -> None:
    ws = workspace
    days = [D(2026, 2, 16), D(2026, 5, 15), D(2026, 8, 14)]
    for day in days:
        _held(ws, day)
    view = _item(ws, "meetings_at_least_four")
    assert view.status is Status.IN_PROGRESS
    assert view.derived_note.startswith("Проведено 3 из 4 заседаний")
    _held(ws, D(2026, 11, 16))
    view = _item(ws, "meetings_at_least_four")
    assert view.status is Status.DONE and view.state.done_on == D(2026, 11, 16)
    assert ws.checklists.checklist("05", 2026).items[0].item.key == "council_created"


def test_year_one_two_meetings_and_the_council_created(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "y1.sqlite3", clock=lambda: TODAY)
    try:
        ws.region.save(make_profile(start_year=2026))
        _held(ws, D(2026, 4, 1))
        assert _item(ws, "meetings_at_least_two").status is Status.IN_PROGRESS
        assert _item(ws, "council_created").status is Status.NOT_STARTED
        _held(ws, D(2026, 10, 1))
        assert _item(ws, "meetings_at_least_two").status is Status.DONE
        ws.council.save_council(
            council=Council(
                name="Экспортный совет при Губернаторе",
                regulation_act_type="Указ Губернатора",
                regulation_number="7",
                regulation_date=D(2026, 3, 1),
                regulation_approved_by="Губернатор",
            )
        )
        created = _item(ws, "council_created")
        assert created.status is Status.DONE and created.state.done_on == D(2026, 3, 1)
    finally:
        ws.close()


def test_report_heard_without_agreement_is_refused(workspace: Workspace) -> None:
    meeting_id = _held(workspace, D(2026, 5, 15))
    with pytest.raises(ValidationFailed) as refused:
        workspace.council.add_report(
            meeting_id,
            report=MeetingReport(kind=ReportKind.COORDINATOR, speaker="Иванова", heard=True),
        )
    assert "только после согласования заместителем председателя" in str(refused.value)
    with pytest.raises(ValidationFailed) as late:
        workspace.council.add_report(
            meeting_id,
            report=MeetingReport(
                kind=ReportKind.PLAN, speaker="Иванова", heard=True, agreed_on=D(2026, 6, 1)
            ),
        )
    assert "позже даты заседания" in str(late.value)
    assert workspace.council.meeting(meeting_id).reports == ()


def _with_deputy_chair(ws: Workspace, founded: dt.date) -> None:
    """The business deputy chair elected at a founding meeting held on ``founded``."""
    founding = _held(ws, founded)
    ws.council.save_council(
        council=Council(
            name="Экспортный совет",
            deputy_chair_name="Орлов Олег Олегович",
            founding_meeting_id=MeetingId(founding),
        )
    )


def test_half_year_reports_and_marking_heard_later(workspace: Workspace) -> None:
    ws = workspace
    _with_deputy_chair(ws, D(2025, 12, 1))
    first = _held(ws, D(2026, 5, 15))
    ws.council.save_minutes(first, minutes=Minutes("3", D(2026, 5, 15)))
    ws.council.add_report(
        first,
        report=MeetingReport(
            kind=ReportKind.COORDINATOR, speaker="Иванова", agreed_on=D(2026, 5, 1), heard=True
        ),
    )
    second = _held(ws, D(2026, 9, 15))
    ws.council.save_minutes(second, minutes=Minutes("4", D(2026, 9, 18)))
    meeting = ws.council.add_report(
        second, report=MeetingReport(kind=ReportKind.COORDINATOR, speaker="Иванова")
    )
    view = _item(ws, "coordinator_report_half_year")
    assert view.status is Status.IN_PROGRESS
    assert "за II полугодие ожидается до 31.12.2026" in view.derived_note
    report_id = meeting.reports[0].id
    assert report_id is not None
    with pytest.raises(ValidationFailed):
        ws.council.set_report_heard(report_id)
    ws.council.set_report_heard(report_id, agreed_on=D(2026, 9, 10))
    view = _item(ws, "coordinator_report_half_year")
    assert view.status is Status.DONE and view.state.done_on == D(2026, 9, 18)  # the minutes


def test_minutes_unpublished_then_published(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    ids = [_held(ws, day) for day in (D(2026, 2, 2), D(2026, 5, 5), D(2026, 8, 8), D(2026, 11, 2))]
    scan = tmp_path / "протокол.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    for number, meeting_id in enumerate(ids, start=1):
        day = ws.council.meeting(meeting_id).date
        ws.council.save_minutes(
            meeting_id, minutes=Minutes(number=str(number), date=day), file=scan
        )
    view = _item(ws, "minutes_published")
    assert view.status is Status.NOT_STARTED
    assert "не опубликованы протоколы заседаний 02.02.2026, 05.05.2026" in view.derived_note
    for meeting_id in ids:
        day = ws.council.meeting(meeting_id).date
        ws.council.save_minutes(
            meeting_id,
            minutes=Minutes(
                number="1",
                date=day,
                publication_url="https://export.region.example/council/1",
                published_on=day + dt.timedelta(days=3),
            ),
        )
    view = _item(ws, "minutes_published")
    assert view.status is Status.DONE and view.state.done_on == D(2026, 11, 5)
    minutes = ws.council.meeting(ids[0]).minutes
    assert minutes is not None and minutes.file_name == "протокол.pdf"
    assert ws.council.minutes_file(minutes).read_bytes() == scan.read_bytes()


def test_minutes_of_a_planned_meeting_and_bad_links_are_refused(workspace: Workspace) -> None:
    planned = workspace.council.save_meeting(meeting=Meeting(date=D(2026, 12, 10)))
    assert planned.id is not None
    with pytest.raises(ValidationFailed) as refused:
        workspace.council.save_minutes(
            planned.id, minutes=Minutes(number="5", date=D(2026, 12, 10))
        )
    assert "только по проведённому заседанию" in refused.value.errors["minutes"]
    held = _held(workspace, D(2026, 11, 2))
    with pytest.raises(ValidationFailed) as bad:
        workspace.council.save_minutes(
            held,
            minutes=Minutes(
                number="5", date=D(2026, 11, 2), publication_url="портал", published_on=TODAY
            ),
        )
    assert "publication_url" in bad.value.errors


def test_decisions_are_tracked_to_done(workspace: Workspace) -> None:
    meeting_id = _held(workspace, D(2026, 5, 15))
    meeting = workspace.council.add_decision(
        meeting_id,
        decision=Decision(
            text="Подготовить предложения", responsible="ЦПЭ", due_date=D(2026, 6, 30)
        ),
    )
    decision_id = meeting.decisions[0].id
    assert decision_id is not None
    extract = workspace.council.report_extract(2026, TODAY)
    assert [d.overdue for d in extract.decisions_open] == [True]
    workspace.council.mark_decision_done(decision_id, done_on=D(2026, 6, 20))
    extract = workspace.council.report_extract(2026, TODAY)
    assert extract.decisions_open == () and extract.decisions_done == 1


def test_founding_meeting_must_be_held(workspace: Workspace) -> None:
    planned = workspace.council.save_meeting(meeting=Meeting(date=D(2026, 12, 1)))
    with pytest.raises(ValidationFailed) as refused:
        workspace.council.save_council(
            council=Council(name="Экспортный совет", founding_meeting_id=planned.id)
        )
    assert "founding_meeting_id" in refused.value.errors


def test_members_on_a_date_and_validation(workspace: Workspace) -> None:
    council = workspace.council
    kept = council.save_member(member=Member(name="Орлов О. О.", category=MemberCategory.EXPORTER))
    assert kept.id is not None
    kept = council.save_member(
        member=dataclasses.replace(kept, left_on=D(2026, 6, 1), joined_on=D(2025, 1, 1))
    )
    assert council.members(on=D(2026, 5, 31)) and not council.members(on=D(2026, 6, 1))
    with pytest.raises(ValidationFailed):
        council.save_member(member=dataclasses.replace(kept, left_on=D(2024, 1, 1)))
    with pytest.raises(ValidationFailed):
        council.save_member(member=Member(name="", category=MemberCategory.REC))


def test_dashboard_warning_only_with_records(workspace: Workspace) -> None:
    day = D(2026, 12, 5)
    assert workspace.council.dashboard_warning(day) is None
    _held(workspace, D(2026, 2, 2))
    warning = workspace.council.dashboard_warning(day)
    assert warning is not None and warning.startswith("IV квартал заканчивается через 26 дней")
    workspace.council.save_meeting(meeting=Meeting(date=D(2026, 12, 20)))
    assert workspace.council.dashboard_warning(day) is None


def test_demo_council(tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        fill_council_demo(ws, TODAY)
        meetings = ws.council.meetings(year=2026)
        # all four suggested dates of 2026 lie before 24.11.2026: held, none left to plan
        assert [m.status for m in meetings] == [MeetingStatus.HELD] * 4
        assert len(ws.council.members()) == 12
        view = ws.checklists.checklist("05", 2026)
        assert view.view("council_created").status is Status.DONE
        assert view.view("plan_report").status is Status.DONE
        assert view.view("meetings_at_least_four").derived_note.startswith(
            "Проведено 4 из 4 заседаний"
        )
        assert view.progress.implemented
        extract = ws.council.report_extract(2026, TODAY)
        assert extract.held_count == 4 and extract.members_count == 12
        doc = ws.council.meeting_document(meetings[0].id)  # type: ignore[arg-type]
        assert doc.chair == "Громов Андрей Павлович" and doc.present
    finally:
        ws.close()


def test_member_who_attended_cannot_be_deleted(tmp_path: Path) -> None:
    ws = build_demo(tmp_path / "demo.sqlite3", clock=lambda: TODAY)
    try:
        attended = ws.council.meetings(year=2026)[0].attendance[0]
        with pytest.raises(ValidationFailed, match="дату выхода"):
            ws.council.delete_member(attended)
        assert any(m.id == attended for m in ws.council.members())
        fresh = ws.council.save_member(
            member=Member(name="Ошибочная запись", category=MemberCategory.REC)
        )
        assert fresh.id is not None
        ws.council.delete_member(fresh.id)
        assert all(m.id != fresh.id for m in ws.council.members())
    finally:
        ws.close()
