"""Migration step 0003_council, frozen as released (literal SQL: never edit it).

The Export Council's records (issue 5).
"""

from __future__ import annotations

NAME = "0003_council"
STATEMENTS = (
    """
        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'held', 'cancelled')),
            form TEXT NOT NULL DEFAULT 'in_person'
                CHECK (form IN ('in_person', 'absentee', 'remote')),
            is_public_open INTEGER NOT NULL DEFAULT 1 CHECK (is_public_open IN (0, 1)),
            venue TEXT NOT NULL DEFAULT '',
            invited_exporters INTEGER NOT NULL DEFAULT 0 CHECK (invited_exporters >= 0),
            guests TEXT NOT NULL DEFAULT '',
            agenda TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) STRICT
        """,
    "CREATE INDEX meeting_date ON meeting(date)",
    """
        CREATE TABLE council (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            regulation_act_type TEXT NOT NULL DEFAULT '',
            regulation_number TEXT NOT NULL DEFAULT '',
            regulation_date TEXT,
            regulation_approved_by TEXT NOT NULL DEFAULT '',
            chair_name TEXT NOT NULL DEFAULT '',
            chair_position TEXT NOT NULL DEFAULT '',
            deputy_chair_name TEXT NOT NULL DEFAULT '',
            deputy_chair_organisation TEXT NOT NULL DEFAULT '',
            founding_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
            updated_at TEXT NOT NULL
        ) STRICT
        """,
    """
        CREATE TABLE council_member (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            category TEXT NOT NULL CHECK (category IN ('executive', 'rec', 'development_institute',
                'support_infrastructure', 'export_centre', 'business_association', 'exporter',
                'potential_exporter', 'services')),
            organisation TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            joined_on TEXT,
            left_on TEXT,
            CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
        ) STRICT
        """,
    """
        CREATE TABLE working_group (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
    """
        CREATE TABLE working_group_member (
            group_id INTEGER NOT NULL REFERENCES working_group(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
            PRIMARY KEY (group_id, member_id)
        ) STRICT
        """,
    "CREATE INDEX working_group_member_member ON working_group_member(member_id)",
    """
        CREATE TABLE meeting_attendance (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, member_id)
        ) STRICT
        """,
    "CREATE INDEX meeting_attendance_member ON meeting_attendance(member_id)",
    """
        CREATE TABLE meeting_report (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('coordinator', 'plan', 'infrastructure', 'interim')),
            speaker TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            agreed_on TEXT,
            heard INTEGER NOT NULL DEFAULT 0 CHECK (heard IN (0, 1)),
            agenda_item INTEGER CHECK (agenda_item IS NULL OR agenda_item > 0),
            position INTEGER NOT NULL DEFAULT 0,
            -- The Standard: these two reach the Council only after the business deputy agreed.
            CHECK (heard = 0 OR kind NOT IN ('coordinator', 'plan') OR agreed_on IS NOT NULL)
        ) STRICT
        """,
    "CREATE INDEX meeting_report_meeting ON meeting_report(meeting_id)",
    """
        CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            responsible TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            done_on TEXT,
            agenda_item INTEGER CHECK (agenda_item IS NULL OR agenda_item > 0),
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
    "CREATE INDEX decision_meeting ON decision(meeting_id)",
    """
        CREATE TABLE minutes (
            meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
            number TEXT NOT NULL,
            date TEXT NOT NULL,
            signed_by TEXT NOT NULL DEFAULT '',
            publication_url TEXT NOT NULL DEFAULT '',
            published_on TEXT,
            file_sha256 TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
)
