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

from res_desktop.storage.common.migrations import m0001_initial  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0002_report_archive  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0003_council  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0004_team  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0005_exporters  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0006_programme  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0007_activities  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0008_records  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0009_company_last_volume  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0010_manual_status  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0011_standard_as_written  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0012_federal_bodies_own_offers  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0013_official_papers  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0014_audit_log  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0015_archive_replace_guard  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0016_import_fingerprints  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0017_registry_indicators  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0018_kpi_fact  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0019_audit_later_tables  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0020_registry_fast_import  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0021_registry_stats_indexes  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations import m0023_evidence_document  # noqa: F401 (the chain, below)
from res_desktop.storage.common.migrations.chain import APPLICATION_ID
from res_desktop.storage.common.migrations.chain import STEP_MODULE
from res_desktop.storage.common.migrations.chain import MigrationChain

__all__ = ["APPLICATION_ID", "MIGRATIONS", "MigrationChain"]

# The steps are the modules imported above, in the order of their numbers.
MIGRATIONS = MigrationChain.of(
    "res_desktop", (step for name, step in sorted(globals().items()) if STEP_MODULE.fullmatch(name))
)
