"""Registry rows written with plain SQL, for the analysis tests (the write APIs are elsewhere)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from collections.abc import Mapping

import sqlite_utils

_inns = itertools.count(1000000001)


def add_company(
    db: sqlite_utils.Database,
    name: str,
    *,
    status: str = "potential",
    sme: str = "unknown",
    industry: str = "",
    municipality: str = "",
    stage: str | None = None,
    products: Iterable[str] = (),
    countries: Iterable[str] = (),
    volumes: Mapping[int, float] | None = None,
    needs: Iterable[str] = (),
    barriers: Iterable[str] = (),
    needs_text: str = "",
    barriers_text: str = "",
    sources: Mapping[str, dt.date | None] | None = None,
    last_checked: dt.date | None = None,
) -> int:
    """Insert one company with its child rows; returns its id."""
    now = "2026-01-01T00:00:00"
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO company (inn, full_name, short_name, sme_category, municipality,"
            " industry, status, export_stage, needs_text, barriers_text, last_checked,"
            " sort_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [str(next(_inns)), f"ООО «{name}»", name, sme, municipality, industry, status,
             stage, needs_text, barriers_text, last_checked.isoformat() if last_checked else None,
             name.casefold(), now, now],
        )  # fmt: skip
        company = int(cursor.lastrowid or 0)
        children = (
            ("company_product (company_id, tnved)", products),
            ("company_country (company_id, country)", countries),
            ("company_need (company_id, need)", needs),
            ("company_barrier (company_id, barrier)", barriers),
        )
        for table, values in children:
            for value in values:
                db.execute(f"INSERT INTO {table} VALUES (?, ?)", [company, value])
        for year, volume in (volumes or {}).items():
            db.execute(
                "INSERT INTO company_export_volume VALUES (?, ?, ?)", [company, year, volume]
            )
        for source, as_of in (sources or {}).items():
            db.execute(
                "INSERT INTO company_source VALUES (?, ?, ?)",
                [company, source, as_of.isoformat() if as_of else None],
            )
    return company


def add_support(
    db: sqlite_utils.Database,
    company: int,
    given_on: dt.date,
    *,
    contract: bool = False,
    amount: float | None = None,
    measure: str = "бизнес-миссия",
) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO support_record (company_id, measure, given_on, provider, result,"
            " export_contract, amount_kusd) VALUES (?, ?, ?, 'ЦПЭ', '', ?, ?)",
            [company, measure, given_on.isoformat(), int(contract), amount],
        )
