"""The one schema upgrade chain: a new file runs all of it, an old one the rest.

Each step is frozen as released in its own module: literal SQL, never built from the domain's
enums or any other constant a later edit could change, since an old file meets the step years
later and a new file must end up with the same schema (tests/storage/common/test_schema.py).
Adding an enum value or a column takes a new step at the end of the chain.

A step module declares its ``NAME`` and its ``STATEMENTS``, the strings exactly as released,
which the chain runs in order (``MigrationChain.of``); a step SQL cannot express declares a
``migrate(db)`` instead. Importing a step module below is what puts it in the chain.
"""

from __future__ import annotations

from res_desktop.storage.common.migrations import (  # noqa: F401 (the chain, below)
    m0001_initial,
    m0002_report_archive,
    m0003_council,
    m0004_team,
    m0005_exporters,
    m0006_programme,
    m0007_activities,
    m0008_records,
    m0009_company_last_volume,
    m0010_manual_status,
    m0011_standard_as_written,
    m0012_federal_bodies_own_offers,
    m0013_official_papers,
    m0014_audit_log,
    m0015_archive_replace_guard,
    m0016_import_fingerprints,
    m0017_registry_indicators,
    m0018_kpi_fact,
    m0019_audit_later_tables,
    m0020_registry_fast_import,
    m0021_registry_stats_indexes,
    m0023_evidence_document,
)
from res_desktop.storage.common.migrations.chain import (
    APPLICATION_ID,
    STEP_MODULE,
    MigrationChain,
)

__all__ = ["APPLICATION_ID", "MIGRATIONS", "MigrationChain"]

# The steps are the modules imported above, in the order of their numbers.
MIGRATIONS = MigrationChain.of(
    "res_desktop", (step for name, step in sorted(globals().items()) if STEP_MODULE.fullmatch(name))
)
