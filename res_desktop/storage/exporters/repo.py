"""One registry company at a time: read it whole, write it whole (child tables rewritten).

Every write here changes names, ИНН or products, so each one refreshes the company's
search row in the same transaction (the service opens it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import replace
from typing import Any

import sqlite_utils

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.records import MergeId
from res_desktop.domain.exporters.serialization import company_from_json
from res_desktop.domain.exporters.serialization import company_to_json
from res_desktop.storage.common.convert import date_from_db
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.common.convert import update_row
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
    refresh_fts(db, [company_id])
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


def _ids(db: sqlite_utils.Database, sql: str, value: int) -> list[int]:
    return [int(r[0]) for r in db.execute(sql, [value]).fetchall()]


def merge_companies(
    db: sqlite_utils.Database, keep_id: int, remove_id: int, merged: Company, history: str
) -> MergeId:
    """Write ``merged`` over keep_id; move the removed one's support and merge history to it.

    What moved and what the kept company was are recorded, so the merge can be undone.
    """
    removed_inn = db.execute("SELECT inn FROM company WHERE id = ?", [remove_id]).fetchone()[0]
    kept_before = get_company(db, keep_id)
    moved = {
        "support": _ids(db, "SELECT id FROM support_record WHERE company_id = ?", remove_id),
        "merges": _ids(db, "SELECT id FROM company_merge WHERE kept_id = ?", remove_id),
        "activities": _ids(
            db, "SELECT activity_id FROM activity_participant WHERE company_id = ?", remove_id
        ),
    }
    kept_in = set(
        _ids(db, "SELECT activity_id FROM activity_participant WHERE company_id = ?", keep_id)
    )
    moved["added_activities"] = [a for a in moved["activities"] if a not in kept_in]
    db.execute(
        "UPDATE support_record SET company_id = ? WHERE company_id = ?", [keep_id, remove_id]
    )
    db.execute("UPDATE company_merge SET kept_id = ? WHERE kept_id = ?", [keep_id, remove_id])
    db.execute(  # both may have taken part in the same activity
        "INSERT OR IGNORE INTO activity_participant (activity_id, company_id)"
        " SELECT activity_id, ? FROM activity_participant WHERE company_id = ?",
        [keep_id, remove_id],
    )
    merge_id = MergeId(
        insert_row(
            db,
            "company_merge",
            {
                "kept_id": keep_id,
                "removed_inn": removed_inn,
                "removed_record": history,
                "merged_at": now_text(),
                "removed_id": remove_id,
                "kept_record": company_to_json(kept_before) if kept_before else None,
                "moved": json.dumps(moved),
            },
        )
    )
    delete_company(db, remove_id)
    save_company(db, replace(merged, id=CompanyId(keep_id)))
    db.execute(
        "UPDATE company_merge SET merged_record = ? WHERE id = ?",
        [_record_json(db, keep_id), merge_id],
    )
    return merge_id


def _record_json(db: sqlite_utils.Database, company_id: int) -> str | None:
    found = get_company(db, company_id)
    return company_to_json(found) if found else None


@dataclass(frozen=True)
class StoredMerge:
    """A merge as recorded, with what undoing it needs (None: recorded before issue 15)."""

    id: MergeId
    kept_id: CompanyId
    removed_id: CompanyId | None
    removed_inn: str
    removed_record: str
    kept_record: str | None
    merged_record: str | None
    moved: dict[str, list[int]]
    undone_at: str | None


def stored_merge(db: sqlite_utils.Database, merge_id: int) -> StoredMerge | None:
    row = db.execute(
        "SELECT id, kept_id, removed_id, removed_inn, removed_record, kept_record,"
        " merged_record, moved, undone_at FROM company_merge WHERE id = ?",
        [merge_id],
    ).fetchone()
    if row is None:
        return None
    return StoredMerge(
        id=MergeId(int(row[0])),
        kept_id=CompanyId(int(row[1])),
        removed_id=CompanyId(int(row[2])) if row[2] is not None else None,
        removed_inn=str(row[3]),
        removed_record=str(row[4]),
        kept_record=row[5],
        merged_record=row[6],
        moved=json.loads(row[7]) if row[7] else {},
        undone_at=row[8],
    )


def current_record(db: sqlite_utils.Database, company_id: int) -> str | None:
    """The company as JSON now: an undo checks it is still what the merge made."""
    return _record_json(db, company_id)


def undo_merge(db: sqlite_utils.Database, merge: StoredMerge) -> CompanyId:
    """The two companies back as they were; what moved to the kept one moves back.

    The caller has checked that the kept company is still what the merge made.
    """
    assert merge.kept_record is not None
    keep_id = merge.kept_id
    removed = company_from_json(merge.removed_record)
    free = merge.removed_id is not None and get_company(db, merge.removed_id) is None
    values = {**bulk.company_values(removed), "created_at": now_text(), "updated_at": now_text()}
    if free:
        values["id"] = merge.removed_id
    removed_id = CompanyId(insert_row(db, "company", values))
    bulk.insert_children(db, [(removed_id, removed)])
    save_company(db, replace(company_from_json(merge.kept_record), id=keep_id))
    for table, column, key in (
        ("support_record", "company_id", "support"),
        ("company_merge", "kept_id", "merges"),
    ):
        ids = merge.moved.get(key, [])
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ", ".join("?" for _ in part)
            db.execute(
                f"UPDATE {table} SET {column} = ? WHERE {column} = ? AND id IN ({marks})",
                [removed_id, keep_id, *part],
            )
    for activity_id in merge.moved.get("added_activities", []):
        db.execute(
            "DELETE FROM activity_participant WHERE activity_id = ? AND company_id = ?",
            [activity_id, keep_id],
        )
    for activity_id in merge.moved.get("activities", []):
        db.execute(
            "INSERT OR IGNORE INTO activity_participant (activity_id, company_id)"
            " SELECT id, ? FROM activity WHERE id = ?",
            [removed_id, activity_id],
        )
    db.execute("UPDATE company_merge SET undone_at = ? WHERE id = ?", [now_text(), merge.id])
    refresh_fts(db, [keep_id, removed_id])
    return removed_id
