"""The council tables: round trips, cascades and the agreement check in the schema itself."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import MemberId
from res_desktop.domain.council.model import Minutes
from res_desktop.domain.council.model import ReportKind
from res_desktop.domain.council.model import WorkingGroup
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.council import repo


def test_meeting_with_everything_it_holds_round_trips(workspace: Workspace) -> None:
    db = workspace.db
    with db.atomic():
        member = MemberId(repo.MEMBERS.insert(db, Member("Орлов Олег", MemberCategory.EXPORTER)))
        meeting = Meeting(
            date=dt.date(2026, 5, 15),
            status=MeetingStatus.HELD,
            agenda="Первый вопрос\nВторой вопрос",
            reports=(MeetingReport(ReportKind.INTERIM, "Иванова", "Промежуточный", heard=True),),
            decisions=(Decision("Принять к сведению", "Иванова", agenda_item=1),),
            minutes=Minutes("3", dt.date(2026, 5, 16), "Сидоров"),
            attendance=(member,),
        )
        meeting_id = repo.save_meeting(db, meeting)
    stored = repo.get_meeting(db, meeting_id)
    assert stored is not None
    assert stored.attendance == (member,)
    assert stored.reports[0].title == "Промежуточный" and stored.reports[0].heard
    assert stored.decisions[0].agenda_item == 1
    assert stored.minutes == meeting.minutes
    report_id = stored.reports[0].id
    with db.atomic():
        repo.save_meeting(db, stored)
    again = repo.get_meeting(db, meeting_id)
    assert again is not None and again.reports[0].id == report_id  # ids survive a rewrite
    with db.atomic():
        repo.MEMBERS.delete(db, member)
    assert repo.get_meeting(db, meeting_id).attendance == ()
    with db.atomic():
        repo.delete_meeting(db, meeting_id)
    assert db.execute("SELECT count(*) FROM meeting_report").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM minutes").fetchone() == (0,)


def test_schema_refuses_a_coordinator_report_heard_without_agreement(
    workspace: Workspace,
) -> None:
    db = workspace.db
    with db.atomic():
        meeting_id = repo.save_meeting(db, Meeting(dt.date(2026, 5, 15)))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO meeting_report (meeting_id, kind, heard) VALUES (?, 'coordinator', 1)",
            [meeting_id],
        )


def test_working_group_members_and_records_flag(workspace: Workspace) -> None:
    db = workspace.db
    assert not repo.has_records(db)
    with db.atomic():
        a = MemberId(repo.MEMBERS.insert(db, Member("Алексеев", MemberCategory.REC)))
        b = MemberId(repo.MEMBERS.insert(db, Member("Борисов", MemberCategory.EXPORTER)))
        group_id = repo.save_group(db, WorkingGroup("АПК", "экспорт продукции", (b, a)))
    assert repo.has_records(db)
    [group] = repo.list_groups(db)
    assert group.id == group_id and group.member_ids == (a, b)
    with db.atomic():
        repo.MEMBERS.delete(db, a)
    assert repo.list_groups(db)[0].member_ids == (b,)
