"""The Export Council's records: the council, members, working groups, meetings and all
a meeting holds (attendance, reports, decisions, minutes). Writes run inside the caller's
``db.atomic()``."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence

import sqlite_utils

from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import GroupId
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingId
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberId
from res_desktop.domain.council.model import Minutes
from res_desktop.domain.council.model import WorkingGroup
from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.common.convert import update_row
from res_desktop.storage.common.table import Table

Row = dict[str, object]
_COUNCIL_FIELDS = (
    "name", "regulation_act_type", "regulation_number", "regulation_date",
    "regulation_approved_by", "chair_name", "chair_position", "deputy_chair_name",
    "deputy_chair_organisation", "founding_meeting_id",
)  # fmt: skip


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
    return from_row(Council, rows[0])


def save_council(db: sqlite_utils.Database, council: Council) -> None:
    values = {"id": 1, **db_values(council, _COUNCIL_FIELDS), "updated_at": now_text()}
    insert_row(db, "council", values, upsert=("id",))


def has_records(db: sqlite_utils.Database) -> bool:
    """Anything at all: a region with none keeps instrument 5 by hand."""
    rows = db.query(
        "SELECT EXISTS (SELECT 1 FROM council) OR EXISTS (SELECT 1 FROM meeting)"
        " OR EXISTS (SELECT 1 FROM council_member) AS found"
    )
    return bool(next(iter(rows))["found"])


# -- members and working groups ------------------------------------------------------------
_MEMBER_FIELDS = ("name", "category", "organisation", "position", "joined_on", "left_on")
MEMBERS = Table("council_member", Member, _MEMBER_FIELDS, order="name, id")


def member_attended(db: sqlite_utils.Database, member_id: int) -> bool:
    rows = db.query("SELECT 1 FROM meeting_attendance WHERE member_id = ? LIMIT 1", [member_id])
    return any(True for _ in rows)


def list_groups(db: sqlite_utils.Database) -> list[WorkingGroup]:
    links: dict[int, list[MemberId]] = {}
    for row in db.query("SELECT group_id, member_id FROM working_group_member ORDER BY member_id"):
        links.setdefault(_int(row["group_id"]), []).append(MemberId(_int(row["member_id"])))
    return [
        from_row(WorkingGroup, r, member_ids=tuple(links.get(_int(r["id"]), [])))
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
    values = db_values(group, ("name", "topic"))
    if group.id is None:
        group_id = GroupId(insert_row(db, "working_group", values))
    else:
        group_id = group.id
        update_row(db, "working_group", group_id, values)
    _set_group_members(db, group_id, group.member_ids)
    return group_id


def delete_group(db: sqlite_utils.Database, group_id: int) -> None:
    db.execute("DELETE FROM working_group WHERE id = ?", [group_id])


# -- meetings ------------------------------------------------------------------------------
def _children(
    db: sqlite_utils.Database, table: str, where: str, args: Sequence[object]
) -> list[Row]:
    return list(db.query(f"SELECT * FROM {table} WHERE {where}", args))


def list_meetings(db: sqlite_utils.Database, meeting_id: int | None = None) -> list[Meeting]:
    """Meetings in date order, each with everything it holds (a few queries in all)."""
    where, args = ("meeting_id = ?", [meeting_id]) if meeting_id is not None else ("1", [])
    reports: dict[int, list[MeetingReport]] = {}
    for row in _children(db, "meeting_report", f"{where} ORDER BY position, id", args):
        reports.setdefault(_int(row["meeting_id"]), []).append(from_row(MeetingReport, row))
    decisions: dict[int, list[Decision]] = {}
    for row in _children(db, "decision", f"{where} ORDER BY position, id", args):
        decisions.setdefault(_int(row["meeting_id"]), []).append(from_row(Decision, row))
    minutes = {
        _int(r["meeting_id"]): from_row(Minutes, r) for r in _children(db, "minutes", where, args)
    }
    present: dict[int, list[MemberId]] = {}
    for row in _children(db, "meeting_attendance", f"{where} ORDER BY member_id", args):
        present.setdefault(_int(row["meeting_id"]), []).append(MemberId(_int(row["member_id"])))
    own = ("id = ?", [meeting_id]) if meeting_id is not None else ("1", [])
    meetings = []
    for row in _children(db, "meeting", f"{own[0]} ORDER BY date, id", own[1]):
        key = _int(row["id"])
        meetings.append(
            from_row(
                Meeting,
                row,
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


_MEETING_FIELDS = (
    "date", "status", "form", "is_public_open", "venue", "invited_exporters", "guests", "agenda",
    "start_time",
)  # fmt: skip


def save_meeting(db: sqlite_utils.Database, meeting: Meeting) -> MeetingId:
    """Insert or replace a meeting with all it holds; children keep their ids."""
    values = {**db_values(meeting, _MEETING_FIELDS), "updated_at": now_text()}
    if meeting.id is None:
        meeting_id = MeetingId(insert_row(db, "meeting", values))
    else:
        meeting_id = meeting.id
        update_row(db, "meeting", meeting_id, values)
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
    fields = ("id", "kind", "speaker", "title", "agreed_on", "heard", "agenda_item")
    values = {**db_values(report, fields), "meeting_id": meeting_id, "position": position}
    insert_row(db, "meeting_report", values)


def _insert_decision(
    db: sqlite_utils.Database, meeting_id: int, position: int, decision: Decision
) -> None:
    fields = ("id", "text", "responsible", "due_date", "done_on", "agenda_item")
    values = {**db_values(decision, fields), "meeting_id": meeting_id, "position": position}
    insert_row(db, "decision", values)


def _insert_minutes(db: sqlite_utils.Database, meeting_id: int, minutes: Minutes) -> None:
    fields = (
        "number", "date", "signed_by", "publication_url", "published_on", "file_sha256",
        "file_name",
    )  # fmt: skip
    insert_row(db, "minutes", {"meeting_id": meeting_id, **db_values(minutes, fields)})


def delete_meeting(db: sqlite_utils.Database, meeting_id: int) -> None:
    db.execute("DELETE FROM meeting WHERE id = ?", [meeting_id])
