"""The registry's derived data, kept current by every write: search rows and latest volume.

The tables themselves are created by the migration chain (storage/common/migrations.py).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

LATEST_VOLUME = (
    "(SELECT v.volume_kusd FROM company_export_volume v WHERE v.company_id = company.id"
    " ORDER BY v.year DESC LIMIT 1)"
)


def refresh_fts(db: sqlite_utils.Database, company_ids: Iterable[int]) -> None:
    """Rewrite the search rows (rowid = company.id) and the stored latest export volume.

    Every write path that changes a company calls this inside its transaction.
    """
    ids = list(company_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"DELETE FROM company_fts WHERE rowid IN ({marks})", chunk)
        db.execute(
            "INSERT INTO company_fts (rowid, names, inn, products)"
            " SELECT c.id, c.full_name || ' ' || c.short_name, c.inn || ' ' || c.ogrn,"
            " coalesce((SELECT group_concat(p.tnved || ' ' || p.name, ' ')"
            "           FROM company_product p WHERE p.company_id = c.id), '')"
            f" FROM company c WHERE c.id IN ({marks})",
            chunk,
        )
        db.execute(
            f"UPDATE company SET last_volume_kusd = {LATEST_VOLUME} WHERE id IN ({marks})", chunk
        )
