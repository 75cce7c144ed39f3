"""One registry company at a time: read it whole, write it whole (child tables rewritten).

Every write here changes names, ИНН or products, so each one refreshes the company's
search row in the same transaction (the service opens it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import sqlite_utils

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import (
    Barrier,
    Company,
    DataSource,
    ExporterStatus,
    ExportStage,
    Need,
    Product,
    SmeCategory,
)
from res_desktop.domain.exporters.names import sort_name
from res_desktop.storage.common.convert import date_from_db, date_to_db, now_text
from res_desktop.storage.exporters.schema import refresh_fts

_COLUMNS = (
    "inn, ogrn, full_name, short_name, sme_category, municipality, okved, industry, status,"
    " export_stage, needs_text, barriers_text, contact_person, contact_phone, contact_email,"
    " notes, last_checked, sort_name"
)


def _values(company: Company) -> list[object]:
    return [
        company.inn,
        company.ogrn,
        company.full_name,
        company.short_name,
        company.sme_category.value,
        company.municipality,
        company.okved,
        company.industry,
        company.status.value,
        company.export_stage.value if company.export_stage else None,
        company.needs_text,
        company.barriers_text,
        company.contact_person,
        company.contact_phone,
        company.contact_email,
        company.notes,
        date_to_db(company.last_checked),
        sort_name(company.full_name, company.short_name),
    ]


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
    stage = row["export_stage"]
    return Company(
        id=CompanyId(int(row["id"])),
        inn=str(row["inn"]),
        ogrn=str(row["ogrn"]),
        full_name=str(row["full_name"]),
        short_name=str(row["short_name"]),
        sme_category=SmeCategory(row["sme_category"]),
        municipality=str(row["municipality"]),
        okved=str(row["okved"]),
        industry=str(row["industry"]),
        status=ExporterStatus(row["status"]),
        export_stage=ExportStage(stage) if stage else None,
        products=tuple(Product(str(t), str(n)) for t, n in products),
        countries=tuple(str(c) for (c,) in countries),
        export_volume=tuple((int(y), float(v)) for y, v in volumes),
        needs=_known(Need, needs),
        needs_text=str(row["needs_text"]),
        barriers=_known(Barrier, barriers),
        barriers_text=str(row["barriers_text"]),
        sources=tuple(
            sorted(
                ((DataSource(s), date_from_db(d)) for s, d in sources),
                key=lambda pair: list(DataSource).index(pair[0]),
            )
        ),
        contact_person=str(row["contact_person"]),
        contact_phone=str(row["contact_phone"]),
        contact_email=str(row["contact_email"]),
        notes=str(row["notes"]),
        last_checked=date_from_db(row["last_checked"]),
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
        marks = ", ".join("?" for _ in range(_COLUMNS.count(",") + 3))
        cursor = db.execute(
            f"INSERT INTO company ({_COLUMNS}, created_at, updated_at) VALUES ({marks})",
            [*_values(company), now, now],
        )
        company_id = CompanyId(int(cursor.lastrowid))  # type: ignore[arg-type]
    else:
        assignments = ", ".join(f"{name.strip()} = ?" for name in _COLUMNS.split(","))
        db.execute(
            f"UPDATE company SET {assignments}, updated_at = ? WHERE id = ?",
            [*_values(company), now, company_id],
        )
        _delete_children(db, company_id)
    _write_children(db, company_id, company)
    refresh_fts(db, [company_id])
    return company_id


_CHILD_TABLES = (
    "company_product",
    "company_country",
    "company_export_volume",
    "company_need",
    "company_barrier",
    "company_source",
)


def _delete_children(db: sqlite_utils.Database, company_id: int) -> None:
    for table in _CHILD_TABLES:
        db.execute(f"DELETE FROM {table} WHERE company_id = ?", [company_id])


def _write_children(db: sqlite_utils.Database, company_id: int, company: Company) -> None:
    conn = db.conn
    conn.executemany(
        "INSERT INTO company_product (company_id, tnved, name) VALUES (?, ?, ?)",
        [(company_id, p.tnved, p.name) for p in company.products],
    )
    conn.executemany(
        "INSERT INTO company_country (company_id, country) VALUES (?, ?)",
        [(company_id, c) for c in company.countries],
    )
    conn.executemany(
        "INSERT INTO company_export_volume (company_id, year, volume_kusd) VALUES (?, ?, ?)",
        [(company_id, y, v) for y, v in company.export_volume],
    )
    conn.executemany(
        "INSERT INTO company_need (company_id, need) VALUES (?, ?)",
        [(company_id, n.value) for n in company.needs],
    )
    conn.executemany(
        "INSERT INTO company_barrier (company_id, barrier) VALUES (?, ?)",
        [(company_id, b.value) for b in company.barriers],
    )
    conn.executemany(
        "INSERT INTO company_source (company_id, source, as_of) VALUES (?, ?, ?)",
        [(company_id, s.value, date_to_db(d)) for s, d in company.sources],
    )


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
