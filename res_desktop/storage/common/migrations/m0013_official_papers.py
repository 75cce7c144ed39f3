"""Migration step 0013_official_papers, frozen as released (literal SQL: never edit it).

What official papers need beyond the records: who signs for the coordinator body (name,
position, the transcript under the signature) and the time a Council meeting starts.
"""

from __future__ import annotations

NAME = "0013_official_papers"
STATEMENTS = (
    "ALTER TABLE region ADD COLUMN head_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE region ADD COLUMN head_position TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE region ADD COLUMN head_signature TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE meeting ADD COLUMN start_time TEXT NOT NULL DEFAULT ''",
)
