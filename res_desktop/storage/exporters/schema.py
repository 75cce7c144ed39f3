"""The registry's derived data, kept current by every write: search rows, sort keys, volume.

The tables themselves are created by the migration chain (storage/common/migrations.py).
What the search row and the sort keys hold is computed in Python (domain/exporters/search.py:
SQLite's trigram tokenizer does not fold «ё»); ``DERIVED_VERSION`` says which computation a
file's rows were made by, and ``refresh_derived`` rewrites them all when it is older.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence

import sqlite_utils

from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.search import countries_key
from res_desktop.domain.exporters.search import index_text
from res_desktop.domain.exporters.search import sort_key

LATEST_VOLUME = (
    "(SELECT v.volume_kusd FROM company_export_volume v WHERE v.company_id = company.id"
    " ORDER BY v.year DESC LIMIT 1)"
)
# 2: «ё» folded, parts of words and of ИНН indexed, merged-away ИНН, sort keys (issue 15).
# 3: the trigram index (step 0020): the text folded, no tails.
DERIVED_VERSION = 3
_DERIVED = "registry_search"
SearchRow = tuple[int, str, str, str]  # rowid = company.id, names, ИНН/ОГРН, products
_INSERT_SEARCH = "INSERT INTO company_fts (rowid, names, inn, products) VALUES (?, ?, ?, ?)"
FILL_CHUNK = 5000  # companies per read of the bulk fill: memory stays bounded


def _grouped(db: sqlite_utils.Database, sql: str, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for company_id, *values in db.execute(sql, ids).fetchall():
        found[int(company_id)].append(" ".join(str(v) for v in values))
    return found


def _merged(db: sqlite_utils.Database, ids: list[int]) -> dict[int, list[str]]:
    """A merged-away company's ИНН still finds the one it became."""
    marks = ", ".join("?" for _ in ids)
    return _grouped(
        db,
        "SELECT kept_id, removed_inn FROM company_merge"
        f" WHERE undone_at IS NULL AND kept_id IN ({marks})",
        ids,
    )


def search_row(
    company_id: int, names: Iterable[str], ids: Iterable[str], products: Iterable[str]
) -> SearchRow:
    """One company's search row: its names, its ИНН/ОГРН (and merged ones), its products."""
    return company_id, index_text(names), index_text(ids), index_text(products)


def derived_keys(company: Company) -> tuple[str, str, str, float | None]:
    """The sort keys and the latest volume stored with a company (what refresh_fts writes)."""
    latest = max(company.export_volume, default=None)
    return (
        sort_key(company.municipality),
        sort_key(company.industry),
        countries_key(company.countries),
        None if latest is None else latest[1],
    )


def index_companies(db: sqlite_utils.Database, items: Sequence[tuple[int, Company]]) -> None:
    """The search rows of companies just inserted, made from the companies themselves."""
    merged: dict[int, list[str]] = {}
    ids = [i for i, _c in items]
    for start in range(0, len(ids), 500):
        merged.update(_merged(db, ids[start : start + 500]))
    db.conn.executemany(
        _INSERT_SEARCH,
        [
            search_row(
                i, (c.full_name, c.short_name), (c.inn, c.ogrn, *merged.get(i, ())),
                (f"{p.tnved} {p.name}" for p in c.products),
            )
            for i, c in items
        ],
    )  # fmt: skip


def _every_row(db: sqlite_utils.Database) -> Iterator[list[SearchRow]]:
    """Every company's search row, a chunk of companies at a time, in id order."""
    after = 0
    while True:
        rows = db.conn.execute(
            "SELECT c.id, c.full_name, c.short_name, c.inn, c.ogrn,"
            " (SELECT group_concat(x, ' ') FROM (SELECT p.tnved || ' ' || p.name AS x"
            "  FROM company_product p WHERE p.company_id = c.id ORDER BY p.rowid)),"
            " (SELECT group_concat(m.removed_inn, ' ') FROM company_merge m"
            "  WHERE m.kept_id = c.id AND m.undone_at IS NULL)"
            " FROM company c WHERE c.id > ? ORDER BY c.id LIMIT ?",
            [after, FILL_CHUNK],
        ).fetchall()
        if not rows:
            return
        yield [
            search_row(i, (full, short), (inn, ogrn, merged or ""), (products or "",))
            for i, full, short, inn, ogrn, products, merged in rows
        ]
        after = rows[-1][0]


def fill_search(db: sqlite_utils.Database) -> None:
    """Every company's search row in one pass into an empty index: after a load into an
    empty registry the index is built once, in bulk, not a chunk of rows at a time."""
    db.execute("DELETE FROM company_fts")  # nothing stale can hold a company's rowid
    # No incremental merging of the index's segments while it is built in one go (a third
    # of the time at 100,000 companies); FTS5's default (4) again for the writes after it.
    db.execute("INSERT INTO company_fts (company_fts, rank) VALUES ('automerge', 0)")
    for rows in _every_row(db):
        db.conn.executemany(_INSERT_SEARCH, rows)
    db.execute("INSERT INTO company_fts (company_fts, rank) VALUES ('automerge', 4)")


def refresh_fts(
    db: sqlite_utils.Database, company_ids: Iterable[int], *, keys: bool = True
) -> None:
    """Rewrite the search rows (rowid = company.id) and, with ``keys``, the sort keys and
    the latest volume.

    Every write path that changes a company calls this inside its transaction.
    """
    ids = list(company_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"DELETE FROM company_fts WHERE rowid IN ({marks})", chunk)
        where = f"WHERE company_id IN ({marks})"
        products = _grouped(
            db, f"SELECT company_id, tnved, name FROM company_product {where} ORDER BY rowid", chunk
        )
        merged = _merged(db, chunk)
        rows = db.execute(
            "SELECT id, full_name, short_name, inn, ogrn, municipality, industry FROM company"
            f" WHERE id IN ({marks})",
            chunk,
        ).fetchall()
        db.conn.executemany(
            _INSERT_SEARCH,
            [
                search_row(i, (full, short), (inn, ogrn, *merged[i]), products[i])
                for i, full, short, inn, ogrn, _m, _i in rows
            ],
        )
        if not keys:
            continue
        countries = _grouped(db, f"SELECT company_id, country FROM company_country {where}", chunk)
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
