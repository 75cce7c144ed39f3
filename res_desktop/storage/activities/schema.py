"""DDL for migration 0007_activities (issue 7): activities of instruments 10-15."""

from res_desktop.domain.activities.model import ActivityFormat, ActivityKind, WebsiteTopic


def _one_of(column: str, values: list[str]) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    return f"CHECK ({column} IN ({listed}))"


# The enum values are frozen into the schema: adding one needs a migration.
_KINDS = _one_of("kind", [k.value for k in ActivityKind])
_FORMATS = _one_of("format", [f.value for f in ActivityFormat])
_TOPICS = _one_of("topic", [t.value for t in WebsiteTopic])

ACTIVITIES_SCHEMA: tuple[str, ...] = (
    f"""
    CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL {_KINDS},
        title TEXT NOT NULL CHECK (title <> ''),
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        country TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL {_FORMATS},
        companies_count INTEGER NOT NULL DEFAULT 0 CHECK (companies_count >= 0),
        contracts_count INTEGER NOT NULL DEFAULT 0 CHECK (contracts_count >= 0),
        contracts_kusd REAL NOT NULL DEFAULT 0 CHECK (contracts_kusd >= 0),
        link TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        contest_year INTEGER,
        created_at TEXT NOT NULL,
        CHECK (ends_on >= starts_on)
    ) STRICT
    """,
    """
    CREATE TABLE activity_participant (
        activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, company_id)
    ) STRICT
    """,
    """
    CREATE TABLE intl_events_plan (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE,
        approved_on TEXT NOT NULL,
        minutes_number TEXT NOT NULL CHECK (minutes_number <> ''),
        planned_count INTEGER NOT NULL CHECK (planned_count > 0),
        created_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE export_website (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        url TEXT NOT NULL DEFAULT '',
        updated_on TEXT
    ) STRICT
    """,
    f"""
    CREATE TABLE export_website_topic (
        topic TEXT PRIMARY KEY {_TOPICS},
        url TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE social_account (
        id INTEGER PRIMARY KEY,
        network TEXT NOT NULL CHECK (network <> ''),
        url TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX activity_kind_dates ON activity(kind, ends_on)",
    "CREATE INDEX activity_participant_company ON activity_participant(company_id)",
)
