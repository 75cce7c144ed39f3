"""Migration step 0001_initial, frozen as released (literal SQL: never edit it).

The region, the checklists and their evidence.
"""

from __future__ import annotations

NAME = "0001_initial"
STATEMENTS = (
    "PRAGMA application_id = 1380275012",  # APPLICATION_ID
    """
        CREATE TABLE region (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            region_code TEXT NOT NULL,
            region_name TEXT NOT NULL,
            coordinator_body TEXT NOT NULL,
            contact_person TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            start_year INTEGER NOT NULL,
            low_export_potential INTEGER NOT NULL DEFAULT 0,
            federal_city INTEGER NOT NULL DEFAULT 0,
            is_demo INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        ) STRICT
        """,
    """
        CREATE TABLE own_instrument (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            short_title TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('annual', 'one_time')),
            funding TEXT NOT NULL DEFAULT 'unknown',
            summary TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT
        """,
    """
        CREATE TABLE own_item (
            id INTEGER PRIMARY KEY,
            instrument_id INTEGER NOT NULL REFERENCES own_instrument(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            title TEXT NOT NULL,
            hint TEXT NOT NULL DEFAULT '',
            weight INTEGER NOT NULL DEFAULT 1 CHECK (weight > 0),
            evidence TEXT NOT NULL DEFAULT 'document',
            years TEXT NOT NULL DEFAULT '1,2,3,4',
            position INTEGER NOT NULL DEFAULT 0,
            UNIQUE (instrument_id, key)
        ) STRICT
        """,
    """
        CREATE TABLE item_state (
            id INTEGER PRIMARY KEY,
            instrument_code TEXT NOT NULL,
            item_key TEXT NOT NULL,
            cycle_year INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
            na_reason TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            done_on TEXT,
            comment TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (instrument_code, item_key, cycle_year)
        ) STRICT
        """,
    """
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            state_id INTEGER NOT NULL REFERENCES item_state(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('document', 'file', 'link')),
            doc_type TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            doc_date TEXT,
            issuer TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            file_size INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        ) STRICT
        """,
    "CREATE INDEX evidence_state ON evidence(state_id)",
    "CREATE INDEX item_state_due ON item_state(due_date) WHERE due_date IS NOT NULL",
)
