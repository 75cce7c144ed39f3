"""The registry's derived data, kept current by every write: search rows, sort keys, volume.

The tables themselves are created by the migration chain (storage/common/migrations.py).
What the search row and the sort keys hold is computed in Python (domain/exporters/search.py:
SQLite folds neither «ё» nor Cyrillic case); ``DERIVED_VERSION`` says which computation a
file's rows were made by, and ``refresh_derived`` rewrites them all when it is older.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import sqlite_utils

from res_desktop.domain.exporters.search import countries_key, index_text, name_text, sort_key

LATEST_VOLUME = (
    "(SELECT v.volume_kusd FROM company_export_volume v WHERE v.company_id = company.id"
    " ORDER BY v.year DESC LIMIT 1)"
)
# 2: «ё» folded, parts of words and of ИНН indexed, merged-away ИНН, sort keys (issue 15).
DERIVED_VERSION = 2
_DERIVED = "registry_search"


def _grouped(db: sqlite_utils.Database, sql: str, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for company_id, *values in db.execute(sql, ids).fetchall():
        found[int(company_id)].append(" ".join(str(v) for v in values))
    return found


def refresh_fts(db: sqlite_utils.Database, company_ids: Iterable[int]) -> None:
    """Rewrite the search rows (rowid = company.id), the sort keys and the latest volume.

    Every write path that changes a company calls this inside its transaction.
    """
    ids = list(company_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"DELETE FROM company_fts WHERE rowid IN ({marks})", chunk)
        where = f"WHERE company_id IN ({marks})"
        products = _grouped(
            db, f"SELECT company_id, tnved, name FROM company_product {where}", chunk
        )
        countries = _grouped(db, f"SELECT company_id, country FROM company_country {where}", chunk)
        merged = _grouped(  # a merged-away company's ИНН still finds the one it became
            db,
            "SELECT kept_id, removed_inn FROM company_merge"
            f" WHERE undone_at IS NULL AND kept_id IN ({marks})",
            chunk,
        )
        rows = db.execute(
            "SELECT id, full_name, short_name, inn, ogrn, municipality, industry FROM company"
            f" WHERE id IN ({marks})",
            chunk,
        ).fetchall()
        db.conn.executemany(
            "INSERT INTO company_fts (rowid, names, inn, products) VALUES (?, ?, ?, ?)",
            [
                (i, name_text(full, short), index_text((inn, ogrn, *merged[i])),
                 index_text(products[i]))
                for i, full, short, inn, ogrn, _m, _i in rows
            ],
        )  # fmt: skip
        db.conn.executemany(
            "UPDATE company SET municipality_key = ?, industry_key = ?, countries_key = ?"
            " WHERE id = ?",
            [
                (sort_key(municipality), sort_key(industry), countries_key(countries[i]), i)
                for i, _f, _s, _n, _o, municipality, industry in rows
            ],
        )
        db.execute(
            f"UPDATE company SET last_volume_kusd = {LATEST_VOLUME} WHERE id IN ({marks})", chunk
        )


def refresh_derived(db: sqlite_utils.Database) -> bool:
    """After the migration chain: rewrite every company's derived data if it is older.

    Derived data (an index, not a user's value) is made by the current code, so a file
    upgraded from any release ends with the rows a new file would have. True if rewritten.
    """
    row = db.execute("SELECT version FROM derived_data WHERE name = ?", [_DERIVED]).fetchone()
    if row is not None and int(row[0]) >= DERIVED_VERSION:
        return False
    with db.atomic():
        ids = [int(r[0]) for r in db.execute("SELECT id FROM company")]
        refresh_fts(db, ids)
        db.execute(
            "INSERT INTO derived_data (name, version) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET version = excluded.version",
            [_DERIVED, DERIVED_VERSION],
        )
    return True
