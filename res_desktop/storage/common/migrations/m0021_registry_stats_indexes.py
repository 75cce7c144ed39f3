"""Migration step 0021_registry_stats_indexes, frozen as released (literal SQL: never edit it).

Issue 13: the quarterly report of a region with 100,000 companies reads the registry's
barriers by kind (instrument 9's letters to federal bodies) and the companies checked in a
year; without these indexes each of those read the whole table.
"""

from __future__ import annotations

NAME = "0021_registry_stats_indexes"

STATEMENTS = (
    "CREATE INDEX company_barrier_kind ON company_barrier(barrier, company_id)",
    "CREATE INDEX company_last_checked ON company(last_checked) WHERE last_checked IS NOT NULL",
)
