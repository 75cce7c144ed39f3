"""The one schema upgrade chain: a new file runs all of it, an old one the rest.

Each step is frozen as released in its own module: literal SQL, never built from the domain's
enums or any other constant a later edit could change, since an old file meets the step years
later and a new file must end up with the same schema (tests/storage/common/test_schema.py).
Adding an enum value or a column takes a new step at the end of the chain.
"""

from __future__ import annotations

from res_desktop.storage.common.migrations import (
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
)
from res_desktop.storage.common.migrations.chain import APPLICATION_ID, MigrationChain

__all__ = ["APPLICATION_ID", "MIGRATIONS", "MigrationChain"]

MIGRATIONS = MigrationChain("res_desktop")
for _step in (
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
):
    MIGRATIONS(name=_step.NAME)(_step.migrate)
