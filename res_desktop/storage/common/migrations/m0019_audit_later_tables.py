"""Migration step 0019_audit_later_tables, frozen as released (never edit it).

The history of changes (step 0014) for what steps 0015-0018 added: the registry's sort keys
and a merge's undo data are logged with their company (their triggers are made again with every
column; the sort keys, made from other columns, log no update of their own, as ``sort_name``),
the user's list of excluded ТН ВЭД headings and the programme's KPI facts get their own
triggers. Left unlogged, as bookkeeping rebuilt from logged rows: the import fingerprints,
``derived_data`` and the registry's yearly snapshots (storage/common/audit.py, ``UNLOGGED``).

The triggers come from step 0014's frozen generator and its frozen table list, with the columns
added since written here; they are, to the byte, the literal SQL this step was released with
(tests/storage/common/test_migration_generators.py).
"""

from __future__ import annotations

from res_desktop.storage.common.migrations.m0014_audit_log import AUDITED
from res_desktop.storage.common.migrations.m0014_audit_log import UNWATCHED
from res_desktop.storage.common.migrations.m0014_audit_log import audit_triggers

NAME = "0019_audit_later_tables"

# Tables of 0014 whose triggers are made again, and the columns steps 0015-0018 added to them.
_ADDED = {
    "company": "municipality_key industry_key countries_key",
    "company_merge": "removed_id kept_record merged_record moved undone_at",
}
# Tables added since 0014: row key, the record a change is filed under, columns (as in 0014).
_NEW = (
    ("excluded_tnved", "code", "excluded_tnved", "code title"),
    ("programme_kpi_fact", "kpi_id year", "programme_kpi.kpi_id", "kpi_id year value"),
)
_WIDTH = 92  # this step's literal SQL was wrapped at 92 columns, 0014's at 94
# The registry's sort keys are made from other columns, as ``sort_name``: no update of their own.
_UNWATCHED = (*UNWATCHED, "municipality_key", "industry_key", "countries_key")


def _remade(table: str, key: str, record: str, columns: str) -> tuple[str, ...]:
    drops = tuple(
        f"\n    DROP TRIGGER audit_{table}_{op}\n    " for op in ("insert", "update", "delete")
    )
    return (
        *drops,
        *audit_triggers(table, key, record, f"{columns} {_ADDED[table]}", _UNWATCHED, width=_WIDTH),
    )


STATEMENTS = (
    *(sql for table, *rest in AUDITED if table in _ADDED for sql in _remade(table, *rest)),
    *(sql for spec in _NEW for sql in audit_triggers(*spec, _UNWATCHED, width=_WIDTH)),
)
