"""Team members, training events (topics, participants) and qualification confirmations."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.team.model import EventId
from res_desktop.domain.team.model import Participant
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.common.convert import update_row
from res_desktop.storage.common.table import Table

_MEMBER_FIELDS = (
    "full_name", "position", "organisation", "slot", "phone", "email", "included_on",
    "excluded_on",
)  # fmt: skip
_EVENT_FIELDS = (
    "kind", "title", "organisation", "is_educational_org", "starts_on", "ends_on", "hours", "mode",
)  # fmt: skip


MEMBERS = Table(
    "team_member", TeamMember, _MEMBER_FIELDS, order="included_on, full_name, id", stamped=True
)
CONFIRMATIONS = Table(
    "qualification_confirmation", QualificationConfirmation,
    ("member_id", "confirmed_on", "document", "issuer"), order="confirmed_on, id", stamped=True,
)  # fmt: skip


def load_events(db: sqlite_utils.Database) -> list[TrainingEvent]:
    topics: dict[int, set[Topic]] = {}
    for row in db.query("SELECT event_id, topic FROM training_event_topic"):
        topics.setdefault(int(row["event_id"]), set()).add(Topic(row["topic"]))
    people: dict[int, list[Participant]] = {}
    for row in db.query("SELECT * FROM training_participant ORDER BY event_id, member_id"):
        people.setdefault(int(row["event_id"]), []).append(from_row(Participant, row))
    rows = db.query("SELECT * FROM training_event ORDER BY starts_on, ends_on, id")
    return [_event_from_row(r, topics, people) for r in rows]


def _event_from_row(
    row: dict[str, object], topics: dict[int, set[Topic]], people: dict[int, list[Participant]]
) -> TrainingEvent:
    event_id = int(row["id"])  # type: ignore[call-overload]
    return from_row(
        TrainingEvent,
        row,
        topics=frozenset(topics.get(event_id, ())),
        participants=tuple(people.get(event_id, ())),
    )


def insert_event(db: sqlite_utils.Database, event: TrainingEvent) -> EventId:
    values = {**db_values(event, _EVENT_FIELDS), "created_at": now_text()}
    event_id = EventId(insert_row(db, "training_event", values))
    _write_children(db, event_id, event)
    return event_id


def update_event(db: sqlite_utils.Database, event_id: int, event: TrainingEvent) -> None:
    """Rewrite the event and replace its topics and participants."""
    update_row(db, "training_event", event_id, db_values(event, _EVENT_FIELDS))
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
        fields = ("member_id", "certificate_number", "certificate_sha256", "certificate_name")
        insert_row(db, "training_participant", {"event_id": event_id, **db_values(p, fields)})


def delete_event(db: sqlite_utils.Database, event_id: int) -> None:
    db.execute("DELETE FROM training_event WHERE id = ?", [event_id])


def has_records(db: sqlite_utils.Database) -> bool:
    rows = db.query(
        "SELECT 1 FROM team_member UNION ALL SELECT 1 FROM training_event"
        " UNION ALL SELECT 1 FROM qualification_confirmation LIMIT 1"
    )
    return any(True for _ in rows)
