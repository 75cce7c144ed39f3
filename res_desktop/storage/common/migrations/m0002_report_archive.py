"""Migration step 0002_report_archive, frozen as released (literal SQL: never edit it).

Every generated report, kept; a sent one can no longer change (issue 4).
"""

from __future__ import annotations

NAME = "0002_report_archive"
STATEMENTS = (
    """
        CREATE TABLE report_archive (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('quarterly', 'annual')),
            year INTEGER NOT NULL,
            quarter INTEGER CHECK (quarter BETWEEN 1 AND 4),
            period_label TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            file_name TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            pages INTEGER NOT NULL DEFAULT 0,
            sent_on TEXT,
            outgoing_number TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
    """
        CREATE TRIGGER report_archive_sent_is_final
        BEFORE UPDATE ON report_archive WHEN OLD.sent_on IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'report already sent'); END
        """,
    """
        CREATE TRIGGER report_archive_sent_is_kept
        BEFORE DELETE ON report_archive WHEN OLD.sent_on IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'report already sent'); END
        """,
)
