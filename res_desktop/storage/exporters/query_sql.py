"""The registry table's windows: counts and pages filtered, searched and sorted in SQL.

Issue 6: at 100,000 companies a Python-side sort froze the window for 15 s and SQLite's
LIKE/lower() fold ASCII only, so search goes through FTS5 and sorting through indexes on
company.sort_name (casefolded in Python when the company is written).
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.query import CompanyRow
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.query import SortColumn
from res_desktop.domain.exporters.search import sort_key


def _rank(column: str, kind: type[ExportStage] | type[SmeCategory]) -> str:
    """The vocabulary's order (not the codes' alphabet) as a SQL expression."""
    cases = " ".join(f"WHEN '{member.value}' THEN {n}" for n, member in enumerate(kind))
    return f"CASE {column} {cases} ELSE 99 END"


_ORDER: dict[SortColumn, tuple[str, ...]] = {
    SortColumn.NAME: ("c.sort_name",),
    SortColumn.INN: ("c.inn",),
    SortColumn.STATUS: ("c.status", "c.sort_name"),
    SortColumn.SME: (_rank("c.sme_category", SmeCategory), "c.sort_name"),
    # Keys folded in Python (storage/exporters/schema.py): Russian, case-insensitive, indexed.
    SortColumn.MUNICIPALITY: ("c.municipality_key", "c.sort_name"),
    SortColumn.INDUSTRY: ("c.industry_key", "c.sort_name"),
    SortColumn.STAGE: (_rank("c.export_stage", ExportStage), "c.sort_name"),
    # Issue 15: a grouped join per window of rows took 225-243 ms at 100,000 companies.
    SortColumn.COUNTRIES: ("c.countries_key", "c.sort_name"),
    # A stored latest volume with an index: the grouped join took 200 ms at 100,000 companies.
    SortColumn.VOLUME: ("c.last_volume_kusd", "c.sort_name"),
}


def _search(query: RegistryQuery) -> tuple[str, list[object]] | None:
    """The index's condition: the trigram match, then the short words in the indexed text
    of the rows it found (of every row when the search has no word of three letters)."""
    match, short = query.fts_match(), query.short_words()
    if not match and not short:
        return None
    terms = ["company_fts MATCH ?"] if match else []
    params: list[object] = [match] if match else []
    for word in short:
        terms.append("(instr(names, ?) OR instr(inn, ?) OR instr(products, ?))")
        params += [word, word, word]
    return " AND ".join(terms), params


def _where(query: RegistryQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    search = _search(query)
    if search:
        clauses.append(f"c.id IN (SELECT rowid FROM company_fts WHERE {search[0]})")
        params.extend(search[1])
    simple = (
        ("c.status", query.status.value if query.status else None),
        ("c.industry", query.industry),
        ("c.municipality", query.municipality),
        ("c.export_stage", query.stage.value if query.stage else None),
        ("c.sme_category", query.sme.value if query.sme else None),
    )
    for column, value in simple:
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if query.country:
        clauses.append("c.id IN (SELECT company_id FROM company_country WHERE country = ?)")
        params.append(query.country)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count(db: sqlite_utils.Database, query: RegistryQuery) -> int:
    where, params = _where(query)
    return int(db.execute(f"SELECT count(*) FROM company c{where}", params).fetchone()[0])


def page_ids(
    db: sqlite_utils.Database, query: RegistryQuery, offset: int, limit: int
) -> list[CompanyId]:
    where, params = _where(query)
    direction = " DESC" if query.descending else ""
    order = ", ".join(f"{term}{direction}" for term in (*_ORDER[query.sort], "c.id"))
    sql = f"SELECT c.id FROM company c{where} ORDER BY {order} LIMIT ? OFFSET ?"
    return [CompanyId(r[0]) for r in db.execute(sql, [*params, limit, offset]).fetchall()]


_ROW_SQL = (
    "SELECT c.id, c.inn, c.full_name, c.short_name, c.status, c.sme_category, c.municipality,"
    " c.industry, c.export_stage,"
    " (SELECT group_concat(cc.country, ',') FROM company_country cc"
    "  WHERE cc.company_id = c.id) AS countries,"
    " (SELECT v.year || ':' || v.volume_kusd FROM company_export_volume v"
    "  WHERE v.company_id = c.id ORDER BY v.year DESC LIMIT 1) AS volume"
    " FROM company c WHERE c.id IN ({marks})"
)


def page(
    db: sqlite_utils.Database, query: RegistryQuery, offset: int, limit: int
) -> list[CompanyRow]:
    """Rows offset..offset+limit in the query's order: ids first, then only their details."""
    ids = page_ids(db, query, offset, limit)
    if not ids:
        return []
    sql = _ROW_SQL.format(marks=", ".join("?" for _ in ids))
    found = {row[0]: _row(row) for row in db.execute(sql, ids).fetchall()}
    return [found[i] for i in ids if i in found]


def _row(row: tuple[object, ...]) -> CompanyRow:
    stage, countries, volume = row[8], row[9], row[10]
    names = sorted(
        (country_name(c) for c in str(countries).split(",")) if countries else (), key=sort_key
    )
    last = None
    if volume:
        year, amount = str(volume).split(":", 1)
        last = (int(year), float(amount))
    return CompanyRow(
        id=CompanyId(int(row[0])),  # type: ignore[call-overload]
        inn=str(row[1]),
        full_name=str(row[2]),
        short_name=str(row[3]),
        status=ExporterStatus(str(row[4])),
        sme_category=SmeCategory(str(row[5])),
        municipality=str(row[6]),
        industry=str(row[7]),
        export_stage=ExportStage(str(stage)) if stage else None,
        countries=", ".join(names),
        last_volume=last,
    )


def _skip_scan(db: sqlite_utils.Database, table: str, column: str, where: str = "") -> list[str]:
    """The distinct values of an indexed column, one index seek per value (issue 17: a
    DISTINCT read all 100,000 index entries on every opening of the registry page)."""
    more = f" AND {where}" if where else ""
    sql = (
        f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM {table} WHERE 1{more}"
        f" UNION ALL SELECT (SELECT min({column}) FROM {table} WHERE {column} > v.x{more})"
        " FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
    )
    return [str(r[0]) for r in db.execute(sql).fetchall()]


def _distinct(db: sqlite_utils.Database, column: str) -> list[str]:
    values = _skip_scan(db, "company", column, f"{column} != ''")
    return sorted(values, key=lambda v: (v.casefold().replace("ё", "е"), v))


def municipalities_in_use(db: sqlite_utils.Database) -> list[str]:
    return _distinct(db, "municipality")


def industries_in_use(db: sqlite_utils.Database) -> list[str]:
    return _distinct(db, "industry")


def countries_in_use(db: sqlite_utils.Database) -> list[str]:
    """Codes, ordered by their Russian names."""
    codes = _skip_scan(db, "company_country", "country")
    return sorted(codes, key=lambda c: country_name(c).casefold())


def total(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM company").fetchone()[0])


def rows_by_ids(db: sqlite_utils.Database, ids: list[int]) -> dict[CompanyId, CompanyRow]:
    """Table rows of given companies (the duplicates dialog), by id."""
    found: dict[CompanyId, CompanyRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = _ROW_SQL.format(marks=", ".join("?" for _ in chunk))
        for row in db.execute(sql, chunk).fetchall():
            found[CompanyId(int(row[0]))] = _row(row)
    return found
