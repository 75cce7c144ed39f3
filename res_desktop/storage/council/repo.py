"""The Export Council's records: the council, members, working groups, meetings and all
a meeting holds (attendance, reports, decisions, minutes). Writes run inside the caller's
``db.atomic()``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils

from res_desktop.domain.council.model import (
    Council,
    Decision,
    DecisionId,
    GroupId,
    Meeting,
    MeetingForm,
    MeetingId,
    MeetingReport,
    MeetingStatus,
    Member,
    MemberCategory,
    MemberId,
    Minutes,
    ReportId,
    ReportKind,
    WorkingGroup,
)
from res_desktop.storage.common.convert import date_from_db, date_to_db, now_text

Row = dict[str, object]


def _int(value: object) -> int:
    number: int = int(value)  # type: ignore[call-overload]
    return number


def _opt_int(value: object) -> int | None:
    return None if value is None else _int(value)


# -- the council ---------------------------------------------------------------------------
def load_council(db: sqlite_utils.Database) -> Council | None:
    rows = list(db.query("SELECT * FROM council WHERE id = 1"))
    if not rows:
        return None
    row = rows[0]
    founding = _opt_int(row["founding_meeting_id"])
    return Council(
        name=str(row["name"]),
        regulation_act_type=str(row["regulation_act_type"]),
        regulation_number=str(row["regulation_number"]),
        regulation_date=date_from_db(row["regulation_date"]),
        regulation_approved_by=str(row["regulation_approved_by"]),
        chair_name=str(row["chair_name"]),
        chair_position=str(row["chair_position"]),
        deputy_chair_name=str(row["deputy_chair_name"]),
        deputy_chair_organisation=str(row["deputy_chair_organisation"]),
        founding_meeting_id=MeetingId(founding) if founding is not None else None,
    )


def save_council(db: sqlite_utils.Database, council: Council) -> None:
    db.execute(
        "INSERT INTO council (id, name, regulation_act_type, regulation_number, regulation_date,"
        " regulation_approved_by, chair_name, chair_position, deputy_chair_name,"
        " deputy_chair_organisation, founding_meeting_id, updated_at)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
        " regulation_act_type = excluded.regulation_act_type,"
        " regulation_number = excluded.regulation_number,"
        " regulation_date = excluded.regulation_date,"
        " regulation_approved_by = excluded.regulation_approved_by,"
        " chair_name = excluded.chair_name, chair_position = excluded.chair_position,"
        " deputy_chair_name = excluded.deputy_chair_name,"
        " deputy_chair_organisation = excluded.deputy_chair_organisation,"
        " founding_meeting_id = excluded.founding_meeting_id, updated_at = excluded.updated_at",
        [
            council.name,
            council.regulation_act_type,
            council.regulation_number,
            date_to_db(council.regulation_date),
            council.regulation_approved_by,
            council.chair_name,
            council.chair_position,
            council.deputy_chair_name,
            council.deputy_chair_organisation,
            council.founding_meeting_id,
            now_text(),
        ],
    )


def has_records(db: sqlite_utils.Database) -> bool:
    """Anything at all: a region with none keeps instrument 5 by hand."""
    rows = db.query(
        "SELECT EXISTS (SELECT 1 FROM council) OR EXISTS (SELECT 1 FROM meeting)"
        " OR EXISTS (SELECT 1 FROM council_member) AS found"
    )
    return bool(next(iter(rows))["found"])


# -- members and working groups ------------------------------------------------------------
def _member(row: Row) -> Member:
    return Member(
        id=MemberId(_int(row["id"])),
        name=str(row["name"]),
        category=MemberCategory(str(row["category"])),
        organisation=str(row["organisation"]),
        position=str(row["position"]),
        joined_on=date_from_db(row["joined_on"]),
        left_on=date_from_db(row["left_on"]),
    )


def list_members(db: sqlite_utils.Database) -> list[Member]:
    return [_member(r) for r in db.query("SELECT * FROM council_member ORDER BY name, id")]


def get_member(db: sqlite_utils.Database, member_id: int) -> Member | None:
    rows = list(db.query("SELECT * FROM council_member WHERE id = ?", [member_id]))
    return _member(rows[0]) if rows else None


def _member_values(member: Member) -> list[object]:
    return [
        member.name,
        member.category.value,
        member.organisation,
        member.position,
        date_to_db(member.joined_on),
        date_to_db(member.left_on),
    ]


def insert_member(db: sqlite_utils.Database, member: Member) -> MemberId:
    cursor = db.execute(
        "INSERT INTO council_member (name, category, organisation, position, joined_on, left_on)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        _member_values(member),
    )
    return MemberId(_int(cursor.lastrowid))


def update_member(db: sqlite_utils.Database, member: Member) -> None:
    db.execute(
        "UPDATE council_member SET name = ?, category = ?, organisation = ?, position = ?,"
        " joined_on = ?, left_on = ? WHERE id = ?",
        [*_member_values(member), member.id],
    )


def delete_member(db: sqlite_utils.Database, member_id: int) -> None:
    db.execute("DELETE FROM council_member WHERE id = ?", [member_id])


def member_attended(db: sqlite_utils.Database, member_id: int) -> bool:
    rows = db.query("SELECT 1 FROM meeting_attendance WHERE member_id = ? LIMIT 1", [member_id])
    return any(True for _ in rows)


def list_groups(db: sqlite_utils.Database) -> list[WorkingGroup]:
    links: dict[int, list[MemberId]] = {}
    for row in db.query("SELECT group_id, member_id FROM working_group_member ORDER BY member_id"):
        links.setdefault(_int(row["group_id"]), []).append(MemberId(_int(row["member_id"])))
    return [
        WorkingGroup(
            id=GroupId(_int(r["id"])),
            name=str(r["name"]),
            topic=str(r["topic"]),
            member_ids=tuple(links.get(_int(r["id"]), [])),
        )
        for r in db.query("SELECT * FROM working_group ORDER BY name, id")
    ]


def _set_group_members(db: sqlite_utils.Database, group_id: int, ids: Iterable[int]) -> None:
    db.execute("DELETE FROM working_group_member WHERE group_id = ?", [group_id])
    for member_id in sorted(set(ids)):
        db.execute(
            "INSERT INTO working_group_member (group_id, member_id) VALUES (?, ?)",
            [group_id, member_id],
        )


def save_group(db: sqlite_utils.Database, group: WorkingGroup) -> GroupId:
    if group.id is None:
        cursor = db.execute(
            "INSERT INTO working_group (name, topic) VALUES (?, ?)", [group.name, group.topic]
        )
        group_id = GroupId(_int(cursor.lastrowid))
    else:
        group_id = group.id
        db.execute(
            "UPDATE working_group SET name = ?, topic = ? WHERE id = ?",
            [group.name, group.topic, group_id],
        )
    _set_group_members(db, group_id, group.member_ids)
    return group_id


def delete_group(db: sqlite_utils.Database, group_id: int) -> None:
    db.execute("DELETE FROM working_group WHERE id = ?", [group_id])


# -- meetings ------------------------------------------------------------------------------
def _report(row: Row) -> MeetingReport:
    return MeetingReport(
        id=ReportId(_int(row["id"])),
        kind=ReportKind(str(row["kind"])),
        speaker=str(row["speaker"]),
        title=str(row["title"]),
        agreed_on=date_from_db(row["agreed_on"]),
        heard=bool(row["heard"]),
        agenda_item=_opt_int(row["agenda_item"]),
    )


def _decision(row: Row) -> Decision:
    return Decision(
        id=DecisionId(_int(row["id"])),
        text=str(row["text"]),
        responsible=str(row["responsible"]),
        due_date=date_from_db(row["due_date"]),
        done_on=date_from_db(row["done_on"]),
        agenda_item=_opt_int(row["agenda_item"]),
    )


def _minutes(row: Row) -> Minutes:
    return Minutes(
        number=str(row["number"]),
        date=date_from_db(row["date"]),  # type: ignore[arg-type]
        signed_by=str(row["signed_by"]),
        publication_url=str(row["publication_url"]),
        published_on=date_from_db(row["published_on"]),
        file_sha256=str(row["file_sha256"]),
        file_name=str(row["file_name"]),
    )


def _children(
    db: sqlite_utils.Database, table: str, where: str, args: Sequence[object]
) -> list[Row]:
    return list(db.query(f"SELECT * FROM {table} WHERE {where}", args))


def list_meetings(db: sqlite_utils.Database, meeting_id: int | None = None) -> list[Meeting]:
    """Meetings in date order, each with everything it holds (a few queries in all)."""
    where, args = ("meeting_id = ?", [meeting_id]) if meeting_id is not None else ("1", [])
    reports: dict[int, list[MeetingReport]] = {}
    for row in _children(db, "meeting_report", f"{where} ORDER BY position, id", args):
        reports.setdefault(_int(row["meeting_id"]), []).append(_report(row))
    decisions: dict[int, list[Decision]] = {}
    for row in _children(db, "decision", f"{where} ORDER BY position, id", args):
        decisions.setdefault(_int(row["meeting_id"]), []).append(_decision(row))
    minutes = {_int(r["meeting_id"]): _minutes(r) for r in _children(db, "minutes", where, args)}
    present: dict[int, list[MemberId]] = {}
    for row in _children(db, "meeting_attendance", f"{where} ORDER BY member_id", args):
        present.setdefault(_int(row["meeting_id"]), []).append(MemberId(_int(row["member_id"])))
    own = ("id = ?", [meeting_id]) if meeting_id is not None else ("1", [])
    meetings = []
    for row in _children(db, "meeting", f"{own[0]} ORDER BY date, id", own[1]):
        key = _int(row["id"])
        meetings.append(
            Meeting(
                id=MeetingId(key),
                date=date_from_db(row["date"]),  # type: ignore[arg-type]
                status=MeetingStatus(str(row["status"])),
                form=MeetingForm(str(row["form"])),
                is_public_open=bool(row["is_public_open"]),
                venue=str(row["venue"]),
                invited_exporters=_int(row["invited_exporters"]),
                guests=str(row["guests"]),
                agenda=str(row["agenda"]),
                reports=tuple(reports.get(key, [])),
                decisions=tuple(decisions.get(key, [])),
                minutes=minutes.get(key),
                attendance=tuple(present.get(key, [])),
            )
        )
    return meetings


def get_meeting(db: sqlite_utils.Database, meeting_id: int) -> Meeting | None:
    found = list_meetings(db, meeting_id)
    return found[0] if found else None


def _meeting_values(meeting: Meeting) -> list[object]:
    return [
        date_to_db(meeting.date),
        meeting.status.value,
        meeting.form.value,
        int(meeting.is_public_open),
        meeting.venue,
        meeting.invited_exporters,
        meeting.guests,
        meeting.agenda,
        now_text(),
    ]


def save_meeting(db: sqlite_utils.Database, meeting: Meeting) -> MeetingId:
    """Insert or replace a meeting with all it holds; children keep their ids."""
    if meeting.id is None:
        cursor = db.execute(
            "INSERT INTO meeting (date, status, form, is_public_open, venue, invited_exporters,"
            " guests, agenda, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _meeting_values(meeting),
        )
        meeting_id = MeetingId(_int(cursor.lastrowid))
    else:
        meeting_id = meeting.id
        db.execute(
            "UPDATE meeting SET date = ?, status = ?, form = ?, is_public_open = ?, venue = ?,"
            " invited_exporters = ?, guests = ?, agenda = ?, updated_at = ? WHERE id = ?",
            [*_meeting_values(meeting), meeting_id],
        )
    for table in ("meeting_report", "decision", "meeting_attendance", "minutes"):
        db.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
    for position, report in enumerate(meeting.reports):
        _insert_report(db, meeting_id, position, report)
    for position, decision in enumerate(meeting.decisions):
        _insert_decision(db, meeting_id, position, decision)
    for member_id in sorted(set(meeting.attendance)):
        db.execute(
            "INSERT INTO meeting_attendance (meeting_id, member_id) VALUES (?, ?)",
            [meeting_id, member_id],
        )
    if meeting.minutes is not None:
        _insert_minutes(db, meeting_id, meeting.minutes)
    return meeting_id


def _insert_report(
    db: sqlite_utils.Database, meeting_id: int, position: int, report: MeetingReport
) -> None:
    db.execute(
        "INSERT INTO meeting_report (id, meeting_id, kind, speaker, title, agreed_on, heard,"
        " agenda_item, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            report.id,
            meeting_id,
            report.kind.value,
            report.speaker,
            report.title,
            date_to_db(report.agreed_on),
            int(report.heard),
            report.agenda_item,
            position,
        ],
    )


def _insert_decision(
    db: sqlite_utils.Database, meeting_id: int, position: int, decision: Decision
) -> None:
    db.execute(
        "INSERT INTO decision (id, meeting_id, text, responsible, due_date, done_on,"
        " agenda_item, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            decision.id,
            meeting_id,
            decision.text,
            decision.responsible,
            date_to_db(decision.due_date),
            date_to_db(decision.done_on),
            decision.agenda_item,
            position,
        ],
    )


def _insert_minutes(db: sqlite_utils.Database, meeting_id: int, minutes: Minutes) -> None:
    db.execute(
        "INSERT INTO minutes (meeting_id, number, date, signed_by, publication_url,"
        " published_on, file_sha256, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            meeting_id,
            minutes.number,
            date_to_db(minutes.date),
            minutes.signed_by,
            minutes.publication_url,
            date_to_db(minutes.published_on),
            minutes.file_sha256,
            minutes.file_name,
        ],
    )


def delete_meeting(db: sqlite_utils.Database, meeting_id: int) -> None:
    db.execute("DELETE FROM meeting WHERE id = ?", [meeting_id])
