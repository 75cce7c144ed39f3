"""Migration step 0006_programme, frozen as released (literal SQL: never edit it).

The regional programme, its KPIs, events and budget (issue 7).
"""

from __future__ import annotations

NAME = "0006_programme"
STATEMENTS = (
    """
        CREATE TABLE programme (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL,
            approved_by TEXT NOT NULL CHECK (approved_by IN ('governor', 'council')),
            act_type TEXT NOT NULL DEFAULT '',
            act_number TEXT NOT NULL DEFAULT '',
            act_date TEXT,
            start_year INTEGER NOT NULL,
            end_year INTEGER NOT NULL,
            forecast_year INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (end_year >= start_year AND forecast_year >= end_year)
        ) STRICT
        """,
    """
        CREATE TABLE programme_goal (
            position INTEGER PRIMARY KEY,
            text TEXT NOT NULL CHECK (text <> '')
        ) STRICT
        """,
    """
        CREATE TABLE programme_kpi (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (name <> ''),
            unit TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
    """
        CREATE TABLE programme_kpi_plan (
            kpi_id INTEGER NOT NULL REFERENCES programme_kpi(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (kpi_id, year)
        ) STRICT
        """,
    """
        CREATE TABLE programme_event (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (title <> ''),
            instrument TEXT NOT NULL CHECK (instrument IN ('10', '11', '12', '13', '14', '15')),
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
        CREATE TABLE programme_budget (
            year INTEGER PRIMARY KEY,
            grp INTEGER NOT NULL CHECK (grp >= 0),
            budget INTEGER NOT NULL CHECK (budget >= 0)
        ) STRICT
        """,
    "CREATE INDEX programme_event_year ON programme_event(year, deadline)",
)
