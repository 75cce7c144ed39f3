"""An import's update writes only what changed, and stores what a whole rewrite stores."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import Product
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.exporters import demo_companies
from res_desktop.storage.exporters import bulk

_NOW = "2026-11-24T10:00:00"
_TABLES = (
    "company", "company_product", "company_country", "company_export_volume", "company_need",
    "company_barrier", "company_source", "company_fts",
)  # fmt: skip


def _changes(companies: list[Company]) -> list[Company]:
    """Each company changed in another way (or not at all)."""
    edits: list[dict[str, Any]] = [
        {"contact_phone": "+7 (4812) 00-00-00"},
        {"export_volume": ((2024, 1.5), (2025, 2.5))},
        {"full_name": "ООО «Приозёрный»", "short_name": ""},
        {"countries": ("TR", "CN"), "municipality": "Вяземский округ"},
        {"products": (Product("530911", "Ткани"),), "barriers": (Barrier.LOGISTICS,)},
        {"last_checked": dt.date(2026, 1, 5), "industry": "Машиностроение"},
        {},
    ]
    return [dataclasses.replace(c, **edits[n % len(edits)]) for n, c in enumerate(companies)]


def _stored(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: [tuple(r) for r in ws.db.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid")]
        for table in _TABLES
    }


def _written(path: Path, partial: bool) -> dict[str, list[tuple[object, ...]]]:
    companies = demo_companies(dt.date(2026, 11, 24), 28)
    ws = Workspace.open(path)
    try:
        with ws.db.atomic():
            ids = bulk.insert_companies(ws.db, companies, _NOW)
            items = list(zip(ids, companies, _changes(companies), strict=True))
            if partial:
                bulk.change_companies(ws.db, items, "later")
            else:
                bulk.update_companies(ws.db, [(i, a) for i, _b, a in items], "later")
        return _stored(ws)
    finally:
        ws.close()


def test_the_import_writes_the_values_a_company_is_saved_with() -> None:
    companies = _changes(demo_companies(dt.date(2026, 11, 24), 60))
    assert [bulk.stored_row(c) for c in companies] == [
        tuple(bulk.company_values(c).values()) for c in companies
    ]


def test_changed_companies_are_stored_as_a_whole_rewrite_stores_them(tmp_path: Path) -> None:
    whole = _written(tmp_path / "whole.sqlite3", partial=False)
    partial = _written(tmp_path / "partial.sqlite3", partial=True)
    for table in _TABLES:
        if table == "company":
            assert partial[table] == whole[table]
        else:  # a child table left alone keeps its rows' order: compared as sets of rows
            assert sorted(r[1:] for r in partial[table]) == sorted(r[1:] for r in whole[table])
    names = {r[1] for r in partial["company_fts"]}
    assert "ооо «приозерный»" in names  # the rename reached the search index
    assert all("later" in r for r in partial["company"])  # every company's updated_at
