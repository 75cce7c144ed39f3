"""The registry's side tables: support log, saved filters, industries, duplicates, merges."""

from __future__ import annotations

from collections import defaultdict

import sqlite_utils

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.names import normalise_name
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.records import DuplicatePair
from res_desktop.domain.exporters.records import FilterId
from res_desktop.domain.exporters.records import MergeId
from res_desktop.domain.exporters.records import MergeRecord
from res_desktop.domain.exporters.records import SavedFilter
from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.domain.exporters.search import sort_key
from res_desktop.storage.common.convert import ordered_names
from res_desktop.storage.common.convert import replace_names
from res_desktop.storage.common.table import Table

# -- support log ---------------------------------------------------------------------------


SUPPORT = Table(
    "support_record", SupportRecord,
    ("company_id", "measure", "given_on", "provider", "result", "export_contract", "amount_kusd"),
    order="given_on, id",
)  # fmt: skip


def participations(db: sqlite_utils.Database, company_id: int) -> list[tuple[str, str, str]]:
    """(last day, title, kind code) of the activities the company took part in, by date."""
    rows = db.execute(
        "SELECT a.ends_on, a.title, a.kind FROM activity_participant p"
        " JOIN activity a ON a.id = p.activity_id WHERE p.company_id = ? ORDER BY a.ends_on, a.id",
        [company_id],
    ).fetchall()
    return [(str(d), str(t), str(k)) for d, t, k in rows]


# -- saved filters -------------------------------------------------------------------------


def saved_filters(db: sqlite_utils.Database) -> list[SavedFilter]:
    rows = db.execute("SELECT id, name, spec FROM saved_filter").fetchall()
    found = [SavedFilter(n, RegistryQuery.from_json(s), FilterId(i)) for i, n, s in rows]
    return sorted(found, key=lambda f: f.name.casefold())


def save_filter(db: sqlite_utils.Database, name: str, query: RegistryQuery) -> FilterId:
    """Insert, or replace the filter of the same name."""
    db.execute(
        "INSERT INTO saved_filter (name, spec) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET spec = excluded.spec",
        [name, query.to_json()],
    )
    row = db.execute("SELECT id FROM saved_filter WHERE name = ?", [name]).fetchone()
    return FilterId(int(row[0]))


def delete_filter(db: sqlite_utils.Database, filter_id: int) -> None:
    db.execute("DELETE FROM saved_filter WHERE id = ?", [filter_id])


# -- industries ----------------------------------------------------------------------------


def industries(db: sqlite_utils.Database) -> list[str]:
    return ordered_names(db, "industry")


def set_industries(db: sqlite_utils.Database, names: list[str]) -> None:
    replace_names(db, "industry", names)


def rename_industry(db: sqlite_utils.Database, old: str, new: str) -> None:
    """The list entry and every company that had it."""
    db.execute("UPDATE industry SET name = ? WHERE name = ?", [new, old])
    db.execute(
        "UPDATE company SET industry = ?, industry_key = ? WHERE industry = ?",
        [new, sort_key(new), old],
    )


def industry_use(db: sqlite_utils.Database, name: str) -> int:
    row = db.execute("SELECT count(*) FROM company WHERE industry = ?", [name]).fetchone()
    return int(row[0])


# -- duplicates and merges -----------------------------------------------------------------


def likely_duplicates(db: sqlite_utils.Database) -> list[DuplicatePair]:
    """Pairs with the same ОГРН, then pairs with the same name once normalised."""
    pairs: dict[tuple[int, int], str] = {}
    rows = db.execute(
        "SELECT ogrn, group_concat(id) FROM company WHERE ogrn != ''"
        " GROUP BY ogrn HAVING count(*) > 1"
    ).fetchall()
    for ogrn, ids in rows:
        first, *others = sorted(int(i) for i in str(ids).split(","))
        for other in others:
            pairs[(first, other)] = f"совпадает ОГРН {ogrn}"
    groups: dict[str, set[int]] = defaultdict(set)
    for company_id, full, short in db.execute("SELECT id, full_name, short_name FROM company"):
        for key in {normalise_name(full), normalise_name(short)} - {""}:
            groups[key].add(int(company_id))
    for key, ids in sorted(groups.items()):
        first, *others = sorted(ids)
        for other in others:
            pairs.setdefault((first, other), f"совпадает наименование «{key}»")
    return [DuplicatePair(CompanyId(a), CompanyId(b), r) for (a, b), r in sorted(pairs.items())]


def merge_history(db: sqlite_utils.Database, company_id: int) -> list[MergeRecord]:
    """Merges into the company that stand (an undone one is no longer its history)."""
    rows = db.execute(
        "SELECT kept_id, removed_inn, removed_record, merged_at, id, kept_record IS NOT NULL"
        " FROM company_merge WHERE kept_id = ? AND undone_at IS NULL ORDER BY merged_at, id",
        [company_id],
    ).fetchall()
    return [
        MergeRecord(CompanyId(k), str(i), str(r), str(m), MergeId(n), bool(u))
        for k, i, r, m, n, u in rows
    ]
