"""Team members, training events (topics, participants) and qualification confirmations."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.team.model import (
    ConfirmationId,
    EventId,
    MemberId,
    Participant,
    QualificationConfirmation,
    RoleSlot,
    TeamMember,
    Topic,
    TrainingEvent,
    TrainingKind,
    TrainingMode,
)
from res_desktop.storage.common.convert import date_from_db, date_to_db, now_text

_MEMBER_COLUMNS = "full_name, position, organisation, slot, phone, email, included_on, excluded_on"
_EVENT_COLUMNS = "kind, title, organisation, is_educational_org, starts_on, ends_on, hours, mode"


def _member_values(member: TeamMember) -> list[object]:
    return [
        member.full_name,
        member.position,
        member.organisation,
        member.slot.value,
        member.phone,
        member.email,
        date_to_db(member.included_on),
        date_to_db(member.excluded_on),
    ]


def _member_from_row(row: dict[str, object]) -> TeamMember:
    included = date_from_db(row["included_on"])
    assert included is not None  # NOT NULL column
    return TeamMember(
        id=MemberId(int(row["id"])),  # type: ignore[call-overload]
        full_name=str(row["full_name"]),
        position=str(row["position"]),
        organisation=str(row["organisation"]),
        slot=RoleSlot(str(row["slot"])),
        phone=str(row["phone"]),
        email=str(row["email"]),
        included_on=included,
        excluded_on=date_from_db(row["excluded_on"]),
    )


def load_members(db: sqlite_utils.Database) -> list[TeamMember]:
    rows = db.query("SELECT * FROM team_member ORDER BY included_on, full_name, id")
    return [_member_from_row(r) for r in rows]


def insert_member(db: sqlite_utils.Database, member: TeamMember) -> MemberId:
    cursor = db.execute(
        f"INSERT INTO team_member ({_MEMBER_COLUMNS}, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*_member_values(member), now_text()],
    )
    return MemberId(int(cursor.lastrowid))  # type: ignore[arg-type]


def update_member(db: sqlite_utils.Database, member_id: int, member: TeamMember) -> None:
    db.execute(
        "UPDATE team_member SET full_name = ?, position = ?, organisation = ?, slot = ?,"
        " phone = ?, email = ?, included_on = ?, excluded_on = ? WHERE id = ?",
        [*_member_values(member), member_id],
    )


def delete_member(db: sqlite_utils.Database, member_id: int) -> None:
    db.execute("DELETE FROM team_member WHERE id = ?", [member_id])


def _event_values(event: TrainingEvent) -> list[object]:
    return [
        event.kind.value,
        event.title,
        event.organisation,
        int(event.is_educational_org),
        date_to_db(event.starts_on),
        date_to_db(event.ends_on),
        event.hours,
        event.mode.value,
    ]


def load_events(db: sqlite_utils.Database) -> list[TrainingEvent]:
    topics: dict[int, set[Topic]] = {}
    for row in db.query("SELECT event_id, topic FROM training_event_topic"):
        topics.setdefault(int(row["event_id"]), set()).add(Topic(row["topic"]))
    people: dict[int, list[Participant]] = {}
    for row in db.query("SELECT * FROM training_participant ORDER BY event_id, member_id"):
        people.setdefault(int(row["event_id"]), []).append(
            Participant(
                member_id=MemberId(int(row["member_id"])),
                certificate_number=str(row["certificate_number"]),
                certificate_sha256=str(row["certificate_sha256"]),
                certificate_name=str(row["certificate_name"]),
            )
        )
    rows = db.query("SELECT * FROM training_event ORDER BY starts_on, ends_on, id")
    return [_event_from_row(r, topics, people) for r in rows]


def _event_from_row(
    row: dict[str, object], topics: dict[int, set[Topic]], people: dict[int, list[Participant]]
) -> TrainingEvent:
    event_id = int(row["id"])  # type: ignore[call-overload]
    starts, ends = date_from_db(row["starts_on"]), date_from_db(row["ends_on"])
    assert starts is not None and ends is not None  # NOT NULL columns
    return TrainingEvent(
        id=EventId(event_id),
        kind=TrainingKind(str(row["kind"])),
        title=str(row["title"]),
        organisation=str(row["organisation"]),
        is_educational_org=bool(row["is_educational_org"]),
        starts_on=starts,
        ends_on=ends,
        hours=int(row["hours"]),  # type: ignore[call-overload]
        mode=TrainingMode(str(row["mode"])),
        topics=frozenset(topics.get(event_id, ())),
        participants=tuple(people.get(event_id, ())),
    )


def insert_event(db: sqlite_utils.Database, event: TrainingEvent) -> EventId:
    cursor = db.execute(
        f"INSERT INTO training_event ({_EVENT_COLUMNS}, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*_event_values(event), now_text()],
    )
    event_id = EventId(int(cursor.lastrowid))  # type: ignore[arg-type]
    _write_children(db, event_id, event)
    return event_id


def update_event(db: sqlite_utils.Database, event_id: int, event: TrainingEvent) -> None:
    """Rewrite the event and replace its topics and participants."""
    db.execute(
        "UPDATE training_event SET kind = ?, title = ?, organisation = ?, is_educational_org = ?,"
        " starts_on = ?, ends_on = ?, hours = ?, mode = ? WHERE id = ?",
        [*_event_values(event), event_id],
    )
    db.execute("DELETE FROM training_event_topic WHERE event_id = ?", [event_id])
    db.execute("DELETE FROM training_participant WHERE event_id = ?", [event_id])
    _write_children(db, event_id, event)


def _write_children(db: sqlite_utils.Database, event_id: int, event: TrainingEvent) -> None:
    for topic in sorted(event.topics):
        db.execute(
            "INSERT INTO training_event_topic (event_id, topic) VALUES (?, ?)",
            [event_id, topic.value],
        )
    for p in event.participants:
        db.execute(
            "INSERT INTO training_participant (event_id, member_id, certificate_number,"
            " certificate_sha256, certificate_name) VALUES (?, ?, ?, ?, ?)",
            [event_id, p.member_id, p.certificate_number, p.certificate_sha256, p.certificate_name],
        )


def delete_event(db: sqlite_utils.Database, event_id: int) -> None:
    db.execute("DELETE FROM training_event WHERE id = ?", [event_id])


def load_confirmations(db: sqlite_utils.Database) -> list[QualificationConfirmation]:
    rows = db.query("SELECT * FROM qualification_confirmation ORDER BY confirmed_on, id")
    found = []
    for row in rows:
        day = date_from_db(row["confirmed_on"])
        assert day is not None  # NOT NULL column
        found.append(
            QualificationConfirmation(
                id=ConfirmationId(int(row["id"])),
                member_id=MemberId(int(row["member_id"])),
                confirmed_on=day,
                document=str(row["document"]),
                issuer=str(row["issuer"]),
            )
        )
    return found


def insert_confirmation(db: sqlite_utils.Database, item: QualificationConfirmation) -> int:
    cursor = db.execute(
        "INSERT INTO qualification_confirmation (member_id, confirmed_on, document, issuer,"
        " created_at) VALUES (?, ?, ?, ?, ?)",
        [item.member_id, date_to_db(item.confirmed_on), item.document, item.issuer, now_text()],
    )
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def delete_confirmation(db: sqlite_utils.Database, confirmation_id: int) -> None:
    db.execute("DELETE FROM qualification_confirmation WHERE id = ?", [confirmation_id])


def has_records(db: sqlite_utils.Database) -> bool:
    rows = db.query(
        "SELECT 1 FROM team_member UNION ALL SELECT 1 FROM training_event"
        " UNION ALL SELECT 1 FROM qualification_confirmation LIMIT 1"
    )
    return any(True for _ in rows)
