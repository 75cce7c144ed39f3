"""DDL of the management team tables (migration 0004_team)."""

from res_desktop.domain.team.model import RoleSlot, Topic, TrainingKind, TrainingMode


def _one_of(column: str, values: list[str]) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    return f"CHECK ({column} IN ({listed}))"


# The enum values are frozen into the schema: adding one needs a migration.
_SLOTS = _one_of("slot", [s.value for s in RoleSlot])
_KINDS = _one_of("kind", [k.value for k in TrainingKind])
_MODES = _one_of("mode", [m.value for m in TrainingMode])
_TOPICS = _one_of("topic", [t.value for t in Topic])

TEAM_SCHEMA: tuple[str, ...] = (
    f"""
    CREATE TABLE team_member (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        position TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        slot TEXT NOT NULL {_SLOTS},
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        included_on TEXT NOT NULL,
        excluded_on TEXT,
        created_at TEXT NOT NULL,
        CHECK (excluded_on IS NULL OR excluded_on > included_on)
    ) STRICT
    """,
    f"""
    CREATE TABLE training_event (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL {_KINDS},
        title TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        is_educational_org INTEGER NOT NULL DEFAULT 0 CHECK (is_educational_org IN (0, 1)),
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        hours INTEGER NOT NULL CHECK (hours > 0),
        mode TEXT NOT NULL {_MODES},
        created_at TEXT NOT NULL,
        CHECK (ends_on >= starts_on)
    ) STRICT
    """,
    f"""
    CREATE TABLE training_event_topic (
        event_id INTEGER NOT NULL REFERENCES training_event(id) ON DELETE CASCADE,
        topic TEXT NOT NULL {_TOPICS},
        PRIMARY KEY (event_id, topic)
    ) STRICT
    """,
    """
    CREATE TABLE training_participant (
        event_id INTEGER NOT NULL REFERENCES training_event(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES team_member(id) ON DELETE CASCADE,
        certificate_number TEXT NOT NULL DEFAULT '',
        certificate_sha256 TEXT NOT NULL DEFAULT '',
        certificate_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (event_id, member_id)
    ) STRICT
    """,
    """
    CREATE TABLE qualification_confirmation (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES team_member(id) ON DELETE CASCADE,
        confirmed_on TEXT NOT NULL,
        document TEXT NOT NULL,
        issuer TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX team_member_dates ON team_member(included_on, excluded_on)",
    "CREATE INDEX training_event_dates ON training_event(ends_on)",
    "CREATE INDEX training_participant_member ON training_participant(member_id)",
    "CREATE INDEX qualification_confirmation_member ON qualification_confirmation(member_id)",
)
