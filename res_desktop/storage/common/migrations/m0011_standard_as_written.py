"""Migration step 0011_standard_as_written, frozen as released (literal SQL: never edit it).

Issue 12, part 3: whether the export support centre is federally funded (instrument 6's
compliance criterion applies only then), the region's own funding mark per instrument (the
Standard's marks are pictures lost from the text), and programme events for any instrument, the
export strategy or a regional project (not only instruments 10-15).
"""

from __future__ import annotations

NAME = "0011_standard_as_written"
STATEMENTS = (
    "ALTER TABLE region ADD COLUMN export_centre_federal_funding INTEGER NOT NULL DEFAULT 0",
    """
        CREATE TABLE instrument_funding (
            instrument_code TEXT PRIMARY KEY
                CHECK (instrument_code IN ('01', '02', '03', '04', '05', '06', '07', '08', '09',
                                           '10', '11', '12', '13', '14', '15')),
            funding TEXT NOT NULL CHECK (funding IN ('budget', 'none', 'unknown')),
            updated_at TEXT NOT NULL
        ) STRICT
        """,
    """
        CREATE TABLE programme_event_new (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (title <> ''),
            instrument TEXT NOT NULL
                CHECK (instrument IN ('01', '02', '03', '04', '05', '06', '07', '08', '09',
                                      '10', '11', '12', '13', '14', '15',
                                      'strategy', 'regional_project')),
            planned_count INTEGER NOT NULL CHECK (planned_count > 0),
            responsible TEXT NOT NULL DEFAULT '',
            deadline TEXT NOT NULL,
            planned_regional INTEGER NOT NULL DEFAULT 0 CHECK (planned_regional >= 0),
            planned_federal INTEGER NOT NULL DEFAULT 0 CHECK (planned_federal >= 0),
            planned_extra INTEGER NOT NULL DEFAULT 0 CHECK (planned_extra >= 0),
            actual_regional INTEGER NOT NULL DEFAULT 0 CHECK (actual_regional >= 0),
            actual_federal INTEGER NOT NULL DEFAULT 0 CHECK (actual_federal >= 0),
            actual_extra INTEGER NOT NULL DEFAULT 0 CHECK (actual_extra >= 0),
            status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
            done_count INTEGER NOT NULL DEFAULT 0 CHECK (done_count >= 0),
            done_on TEXT,
            created_at TEXT NOT NULL
        ) STRICT
        """,
    """
        INSERT INTO programme_event_new (id, year, title, instrument, planned_count, responsible,
            deadline, planned_regional, planned_federal, planned_extra, actual_regional,
            actual_federal, actual_extra, status, done_count, done_on, created_at)
        SELECT id, year, title, instrument, planned_count, responsible, deadline,
            planned_regional, planned_federal, planned_extra, actual_regional, actual_federal,
            actual_extra, status, done_count, done_on, created_at
        FROM programme_event
        """,
    "DROP TABLE programme_event",
    "ALTER TABLE programme_event_new RENAME TO programme_event",
    "CREATE INDEX programme_event_year ON programme_event(year, deadline)",
)
