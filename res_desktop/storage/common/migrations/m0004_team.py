"""Migration step 0004_team, frozen as released (literal SQL: never edit it).

The management team's records (issue 5).
"""

from __future__ import annotations

NAME = "0004_team"
STATEMENTS = (
    """
        CREATE TABLE team_member (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL,
            position TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            slot TEXT NOT NULL CHECK (slot IN ('deputy_governor', 'export_minister',
                'priority_industries', 'education', 'municipality_head', 'export_centre_head',
                'development_institute', 'business_community', 'other')),
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            included_on TEXT NOT NULL,
            excluded_on TEXT,
            created_at TEXT NOT NULL,
            CHECK (excluded_on IS NULL OR excluded_on > included_on)
        ) STRICT
        """,
    """
        CREATE TABLE training_event (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('further_education', 'seminar', 'training',
                'master_class', 'round_table', 'conference', 'internship', 'self_study',
                'distance_course')),
            title TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            is_educational_org INTEGER NOT NULL DEFAULT 0 CHECK (is_educational_org IN (0, 1)),
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            hours INTEGER NOT NULL CHECK (hours > 0),
            mode TEXT NOT NULL CHECK (mode IN ('in_person', 'remote', 'blended')),
            created_at TEXT NOT NULL,
            CHECK (ends_on >= starts_on)
        ) STRICT
        """,
    """
        CREATE TABLE training_event_topic (
            event_id INTEGER NOT NULL REFERENCES training_event(id) ON DELETE CASCADE,
            topic TEXT NOT NULL CHECK (topic IN ('foreign_trade_basics', 'export_organisation',
                'project_management', 'strategic_planning')),
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
