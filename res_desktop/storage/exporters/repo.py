"""One registry company at a time: read it whole, write it whole (child tables rewritten).

Every write here changes names, ИНН or products, so each one refreshes the company's
search row in the same transaction (the service opens it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import sqlite_utils

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import Barrier, Company, DataSource, Need, Product
from res_desktop.storage.common.convert import date_from_db, insert_row, now_text, update_row
from res_desktop.storage.exporters import bulk
from res_desktop.storage.exporters.schema import refresh_fts


def company_id_by_inn(db: sqlite_utils.Database, inn: str) -> CompanyId | None:
    row = db.execute("SELECT id FROM company WHERE inn = ?", [inn]).fetchone()
    return CompanyId(int(row[0])) if row else None


def _column(db: sqlite_utils.Database, sql: str, company_id: int) -> list[tuple[Any, ...]]:
    return list(db.execute(sql, [company_id]).fetchall())


def get_company(db: sqlite_utils.Database, company_id: int) -> Company | None:
    """The company with all its child rows, or None when there is no such id."""
    rows = list(db.query("SELECT * FROM company WHERE id = ?", [company_id]))
    if not rows:
        return None
    row = rows[0]
    q = "WHERE company_id = ? ORDER BY"
    products = _column(db, f"SELECT tnved, name FROM company_product {q} tnved", company_id)
    countries = _column(db, f"SELECT country FROM company_country {q} country", company_id)
    volumes = _column(
        db, f"SELECT year, volume_kusd FROM company_export_volume {q} year", company_id
    )
    needs = _column(db, f"SELECT need FROM company_need {q} need", company_id)
    barriers = _column(db, f"SELECT barrier FROM company_barrier {q} barrier", company_id)
    sources = _column(db, f"SELECT source, as_of FROM company_source {q} source", company_id)
    return bulk.company_from_row(
        row,
        products=tuple(Product(str(t), str(n)) for t, n in products),
        countries=tuple(str(c) for (c,) in countries),
        export_volume=tuple((int(y), float(v)) for y, v in volumes),
        needs=_known(Need, needs),
        barriers=_known(Barrier, barriers),
        sources=tuple(
            sorted(
                ((DataSource(s), date_from_db(d)) for s, d in sources),
                key=lambda pair: list(DataSource).index(pair[0]),
            )
        ),
    )


def _known(kind: Any, rows: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    """Enum values in the vocabulary's order; values this build does not know are skipped."""
    present = {str(value) for (value,) in rows}
    return tuple(member for member in kind if member.value in present)


def save_company(db: sqlite_utils.Database, company: Company) -> CompanyId:
    """Insert, or update the company with this id (else this ИНН); children are rewritten."""
    company_id = company.id or company_id_by_inn(db, company.inn)
    now = now_text()
    if company_id is None:
        values = {**bulk.company_values(company), "created_at": now, "updated_at": now}
        company_id = CompanyId(insert_row(db, "company", values))
    else:
        update_row(db, "company", company_id, {**bulk.company_values(company), "updated_at": now})
        bulk.delete_children(db, [company_id])
    bulk.insert_children(db, [(company_id, company)])
    return company_id


def delete_company(db: sqlite_utils.Database, company_id: int) -> None:
    """The company, its children and support log (ON DELETE CASCADE), and its search row."""
    db.execute("DELETE FROM company WHERE id = ?", [company_id])
    refresh_fts(db, [company_id])


def participations(db: sqlite_utils.Database, company_id: int) -> int:
    """Activities (instruments 10-15) the company took part in."""
    row = db.execute(
        "SELECT count(*) FROM activity_participant WHERE company_id = ?", [company_id]
    ).fetchone()
    return int(row[0])


def merge_companies(
    db: sqlite_utils.Database, keep_id: int, remove_id: int, merged: Company, history: str
) -> None:
    """Write ``merged`` over keep_id; move the removed one's support and merge history to it."""
    removed_inn = db.execute("SELECT inn FROM company WHERE id = ?", [remove_id]).fetchone()[0]
    db.execute(
        "UPDATE support_record SET company_id = ? WHERE company_id = ?", [keep_id, remove_id]
    )
    db.execute("UPDATE company_merge SET kept_id = ? WHERE kept_id = ?", [keep_id, remove_id])
    db.execute(  # both may have taken part in the same activity
        "INSERT OR IGNORE INTO activity_participant (activity_id, company_id)"
        " SELECT activity_id, ? FROM activity_participant WHERE company_id = ?",
        [keep_id, remove_id],
    )
    db.execute(
        "INSERT INTO company_merge (kept_id, removed_inn, removed_record, merged_at)"
        " VALUES (?, ?, ?, ?)",
        [keep_id, removed_inn, history, now_text()],
    )
    delete_company(db, remove_id)
    save_company(db, replace(merged, id=CompanyId(keep_id)))
