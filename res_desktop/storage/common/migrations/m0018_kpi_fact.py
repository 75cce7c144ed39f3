"""Migration step 0018_kpi_fact, frozen as released (literal SQL: never edit it).

The regional programme's target indicators get the value reached in each year beside the plan,
so the reports print plan against fact.
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.storage.common.migrations.chain import execute

NAME = "0018_kpi_fact"


def migrate(db: sqlite_utils.Database) -> None:
    execute(
        db,
        """
        CREATE TABLE programme_kpi_fact (
            kpi_id INTEGER NOT NULL REFERENCES programme_kpi(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (kpi_id, year)
        ) STRICT
        """,
    )
