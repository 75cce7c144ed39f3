"""Many companies at once: bulk reads and the import's upsert by ИНН with executemany.

Writes run inside the caller's ``db.atomic()`` (issue 6: sqlite-utils ``insert_all`` commits
every chunk on its own, so it is not used here).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any
from typing import TypeVar

import sqlite_utils

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.names import sort_name
from res_desktop.storage.common.convert import date_from_db
from res_desktop.storage.common.convert import date_to_db
from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.exporters.schema import derived_keys
from res_desktop.storage.exporters.schema import index_companies
from res_desktop.storage.exporters.schema import refresh_fts

CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit
_FIELDS = (
    "inn", "ogrn", "full_name", "short_name", "sme_category", "municipality", "okved",
    "industry", "status", "export_stage", "needs_text", "barriers_text", "contact_person",
    "contact_phone", "contact_email", "notes", "last_checked", "sort_name",
)  # fmt: skip
# Kept from the other columns (storage/exporters/schema.py): written with the company.
_DERIVED = ("municipality_key", "industry_key", "countries_key", "last_volume_kusd")
_CHILDREN = (
    "company_product", "company_country", "company_export_volume", "company_need",
    "company_barrier", "company_source",
)  # fmt: skip
T = TypeVar("T")
Row = tuple[Any, ...]  # an SQLite row


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[list[T]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def ids_by_inn(db: sqlite_utils.Database, inns: Iterable[str]) -> dict[str, int]:
    """The ids of the companies already kept under these ИНН."""
    found: dict[str, int] = {}
    for part in chunks(list(dict.fromkeys(inns))):
        sql = f"SELECT inn, id FROM company WHERE inn IN ({_marks(part)})"
        found.update(db.conn.execute(sql, part).fetchall())
    return found


def company_values(company: Company) -> dict[str, object]:
    """The company table's stored values of one company (its child rows apart)."""
    sorting = sort_name(company.full_name, company.short_name)
    return {**db_values(company, _FIELDS[:-1]), "sort_name": sorting}


def stored_row(c: Company) -> Row:
    """``company_values`` as a tuple, spelled out: the import writes 100,000 of them."""
    stage = c.export_stage
    return (
        c.inn, c.ogrn, c.full_name, c.short_name, c.sme_category.value, c.municipality,
        c.okved, c.industry, c.status.value, None if stage is None else stage.value,
        c.needs_text, c.barriers_text, c.contact_person, c.contact_phone, c.contact_email,
        c.notes, date_to_db(c.last_checked), sort_name(c.full_name, c.short_name),
    )  # fmt: skip


def company_from_row(row: Mapping[str, object], **children: object) -> Company:
    """A company from its table row; ``children`` holds what its child tables hold."""
    stage = row["export_stage"]
    return from_row(
        Company, row, export_stage=ExportStage(str(stage)) if stage else None, **children
    )


def insert_companies(
    db: sqlite_utils.Database, companies: Sequence[Company], now: str, *, search: bool = True
) -> list[CompanyId]:
    """New companies with their child rows; the ids come back in the same order.

    Ids are handed out here: the caller's transaction already holds the write lock. Without
    ``search`` their search rows are left to the caller (schema.fill_search, in bulk).
    """
    first = db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM company").fetchone()[0]
    ids = [CompanyId(first + n) for n in range(len(companies))]
    names = (*_FIELDS, *_DERIVED)
    db.conn.executemany(
        f"INSERT INTO company (id, {', '.join(names)}, created_at, updated_at)"
        f" VALUES (?, {_marks(names)}, ?, ?)",
        [
            (i, *stored_row(c), *derived_keys(c), now, now)
            for i, c in zip(ids, companies, strict=True)
        ],
    )
    items = list(zip(ids, companies, strict=True))
    insert_children(db, items)
    if search:
        index_companies(db, items)
    return ids


def update_companies(
    db: sqlite_utils.Database, items: Sequence[tuple[int, Company]], now: str
) -> None:
    """Rewrite these companies and all their child rows."""
    sets = ", ".join(f"{name} = ?" for name in (*_FIELDS, *_DERIVED))
    db.conn.executemany(
        f"UPDATE company SET {sets}, updated_at = ? WHERE id = ?",
        [(*stored_row(c), *derived_keys(c), now, i) for i, c in items],
    )
    delete_children(db, [i for i, _ in items])
    insert_children(db, items)
    refresh_fts(db, [i for i, _ in items], keys=False)


def delete_children(
    db: sqlite_utils.Database, ids: Sequence[int], tables: Sequence[str] = _CHILDREN
) -> None:
    for part in chunks(ids):
        for table in tables:
            db.conn.execute(f"DELETE FROM {table} WHERE company_id IN ({_marks(part)})", part)


_CHILD_ROWS: dict[str, tuple[str, Callable[[int, Company], Iterable[Row]]]] = {
    "company_product": (
        "INSERT INTO company_product (company_id, tnved, name) VALUES (?, ?, ?)",
        lambda i, c: ((i, p.tnved, p.name) for p in c.products),
    ),
    "company_country": (
        "INSERT INTO company_country (company_id, country) VALUES (?, ?)",
        lambda i, c: ((i, code) for code in c.countries),
    ),
    "company_export_volume": (
        "INSERT INTO company_export_volume (company_id, year, volume_kusd) VALUES (?, ?, ?)",
        lambda i, c: ((i, year, volume) for year, volume in c.export_volume),
    ),
    "company_need": (
        "INSERT INTO company_need (company_id, need) VALUES (?, ?)",
        lambda i, c: ((i, n.value) for n in c.needs),
    ),
    "company_barrier": (
        "INSERT INTO company_barrier (company_id, barrier) VALUES (?, ?)",
        lambda i, c: ((i, b.value) for b in c.barriers),
    ),
    "company_source": (
        "INSERT INTO company_source (company_id, source, as_of) VALUES (?, ?, ?)",
        lambda i, c: ((i, s.value, date_to_db(d)) for s, d in c.sources),
    ),
}
_PART_OF = {  # child table -> the company's attribute it holds
    "company_product": "products", "company_country": "countries",
    "company_export_volume": "export_volume", "company_need": "needs",
    "company_barrier": "barriers", "company_source": "sources",
}  # fmt: skip
_SEARCHED = frozenset({"inn", "ogrn", "full_name", "short_name"})


def insert_children(
    db: sqlite_utils.Database,
    items: Sequence[tuple[int, Company]],
    tables: Sequence[str] = _CHILDREN,
) -> None:
    """The companies' child rows (their search rows are the caller's)."""
    for table in tables:
        sql, rows = _CHILD_ROWS[table]
        db.conn.executemany(sql, [row for i, c in items for row in rows(i, c)])


def change_companies(
    db: sqlite_utils.Database, items: Sequence[tuple[int, Company, Company]], now: str
) -> None:
    """(id, before, after): only what changed is written, the columns that differ and the
    child tables whose rows differ; the stored values are those of ``update_companies``.
    A re-import that changed a tenth of the rows rewrites a tenth of a phone column, not
    whole companies (issue 15 part 6)."""
    names = (*_FIELDS, *_DERIVED)
    by_columns: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    by_table: dict[str, list[tuple[int, Company]]] = defaultdict(list)
    searched: list[int] = []
    for i, before, after in items:
        old = (*stored_row(before), *derived_keys(before))
        new = (*stored_row(after), *derived_keys(after))
        differ = [(n, v) for n, o, v in zip(names, old, new, strict=True) if o != v]
        by_columns[tuple(n for n, _v in differ)].append((*(v for _n, v in differ), now, i))
        tables = [
            t for t, part in _PART_OF.items() if getattr(before, part) != getattr(after, part)
        ]
        for table in tables:
            by_table[table].append((i, after))
        if "company_product" in tables or _SEARCHED.intersection(n for n, _v in differ):
            searched.append(i)
    for columns, rows in by_columns.items():
        sets = "".join(f"{name} = ?, " for name in columns)
        db.conn.executemany(f"UPDATE company SET {sets}updated_at = ? WHERE id = ?", rows)
    for table, pairs in by_table.items():
        delete_children(db, [i for i, _c in pairs], [table])
        insert_children(db, pairs, [table])
    refresh_fts(db, searched, keys=False)


def delete_companies(db: sqlite_utils.Database, ids: Sequence[int]) -> None:
    """Companies and their rows (child tables cascade; the search rows go by hand)."""
    for part in chunks(ids):
        db.conn.execute(f"DELETE FROM company_fts WHERE rowid IN ({_marks(part)})", part)
        db.conn.execute(f"DELETE FROM company WHERE id IN ({_marks(part)})", part)


def _children(db: sqlite_utils.Database, ids: list[int]) -> dict[str, dict[int, list[Row]]]:
    found: dict[str, dict[int, list[Row]]] = {t: defaultdict(list) for t in _CHILDREN}
    queries = {
        "company_product": "SELECT company_id, tnved, name FROM company_product",
        "company_country": "SELECT company_id, country FROM company_country",
        "company_export_volume": "SELECT company_id, year, volume_kusd FROM company_export_volume",
        "company_need": "SELECT company_id, need FROM company_need",
        "company_barrier": "SELECT company_id, barrier FROM company_barrier",
        "company_source": "SELECT company_id, source, as_of FROM company_source",
    }
    for table, sql in queries.items():
        order = " ORDER BY rowid"
        rows = db.conn.execute(f"{sql} WHERE company_id IN ({_marks(ids)}){order}", ids)
        for company_id, *rest in rows:
            found[table][company_id].append(rest)
    return found


def load_companies(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, Company]:
    """Whole companies (child rows included) by id, read in chunks."""
    result: dict[int, Company] = {}
    for part in chunks(ids):
        kids = _children(db, part)
        sql = f"SELECT id, {', '.join(_FIELDS)} FROM company WHERE id IN ({_marks(part)})"
        for row in db.conn.execute(sql, part):
            result[row[0]] = _company(row, kids)
    return result


def iter_companies(db: sqlite_utils.Database) -> Iterator[Company]:
    """Every company, in name order, a chunk at a time (the export of the whole registry)."""
    ids = [r[0] for r in db.conn.execute("SELECT id FROM company ORDER BY sort_name, id")]
    for part in chunks(ids):
        loaded = load_companies(db, part)
        yield from (loaded[i] for i in part if i in loaded)


def _company(row: Row, kids: dict[str, dict[int, list[Row]]]) -> Company:
    company_id, values = row[0], dict(zip(_FIELDS, row[1:], strict=True))
    return company_from_row(
        {**values, "id": company_id},
        products=tuple(Product(t, n) for t, n in kids["company_product"][company_id]),
        countries=tuple(c for (c,) in kids["company_country"][company_id]),
        export_volume=tuple(sorted((y, v) for y, v in kids["company_export_volume"][company_id])),
        needs=tuple(Need(n) for (n,) in kids["company_need"][company_id]),
        barriers=tuple(Barrier(b) for (b,) in kids["company_barrier"][company_id]),
        sources=tuple(
            (DataSource(s), date_from_db(d)) for s, d in kids["company_source"][company_id]
        ),
    )


def volume_years(db: sqlite_utils.Database) -> list[int]:
    """The years any company has an export volume for, oldest first."""
    rows = db.conn.execute("SELECT DISTINCT year FROM company_export_volume ORDER BY year")
    return [int(r[0]) for r in rows]


_INDEXED = ("company", "company_product", "company_country", "company_import_row")


def drop_indexes(db: sqlite_utils.Database) -> list[str]:
    """The registry's secondary indexes dropped, their SQL returned to build them again:
    a load into an empty registry builds each once, not row by row (issue 15 part 6)."""
    marks = _marks(_INDEXED)
    found = db.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        _INDEXED,
    ).fetchall()
    for name, _sql in found:
        db.conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def create_indexes(db: sqlite_utils.Database, statements: Sequence[str]) -> None:
    for sql in statements:
        db.conn.execute(sql)


def registry_size(db: sqlite_utils.Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM company").fetchone()[0])


def add_industries(db: sqlite_utils.Database, names: Sequence[str]) -> None:
    """The region's priority industries, appended to the list unless already there."""
    start = db.conn.execute("SELECT coalesce(max(position), -1) + 1 FROM industry").fetchone()[0]
    db.conn.executemany(
        "INSERT OR IGNORE INTO industry (name, position) VALUES (?, ?)",
        [(name, start + n) for n, name in enumerate(names)],
    )


def insert_support(
    db: sqlite_utils.Database,
    rows: Iterable[tuple[int, str, dt.date, str, str, bool, float | None]],
) -> None:
    """Support records: (company id, measure, given on, provider, result, contract, amount)."""
    db.conn.executemany(
        "INSERT INTO support_record (company_id, measure, given_on, provider, result,"
        " export_contract, amount_kusd) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(i, m, d.isoformat(), p, r, int(c), a) for i, m, d, p, r, c, a in rows],
    )
