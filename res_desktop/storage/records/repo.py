"""Rows of instruments 6-8 records and Table 1 values; callers wrap writes in db.atomic()."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.records.model import (
    CentreKpi,
    ForeignAgreement,
    Presence,
    PresenceFormat,
    PriorityCountry,
    StaffTraining,
)
from res_desktop.storage.common.convert import date_from_db, date_to_db

Row = dict[str, Any]


# -- centre KPIs -----------------------------------------------------------------------------
def _kpi(row: Row) -> CentreKpi:
    return CentreKpi(
        year=int(row["year"]),
        plan_supported=int(row["plan_supported"]),
        fact_supported=row["fact_supported"],
        plan_contracts=int(row["plan_contracts"]),
        fact_contracts=row["fact_contracts"],
        plan_volume_kusd=float(row["plan_volume_kusd"]),
        fact_volume_kusd=row["fact_volume_kusd"],
        approved_on=date_from_db(row["approved_on"]),
        reported_on=date_from_db(row["reported_on"]),
        id=int(row["id"]),
    )


def load_kpis(db: sqlite_utils.Database) -> list[CentreKpi]:
    return [_kpi(r) for r in db.query("SELECT * FROM cpe_kpi ORDER BY year")]


def save_kpi(db: sqlite_utils.Database, kpi: CentreKpi) -> int:
    """Insert or replace the year's KPIs (one row a year)."""
    values = [
        kpi.year, kpi.plan_supported, kpi.fact_supported, kpi.plan_contracts,
        kpi.fact_contracts, kpi.plan_volume_kusd, kpi.fact_volume_kusd,
        date_to_db(kpi.approved_on), date_to_db(kpi.reported_on),
    ]  # fmt: skip
    db.execute(
        "INSERT INTO cpe_kpi (year, plan_supported, fact_supported, plan_contracts,"
        " fact_contracts, plan_volume_kusd, fact_volume_kusd, approved_on, reported_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET"
        " plan_supported = excluded.plan_supported, fact_supported = excluded.fact_supported,"
        " plan_contracts = excluded.plan_contracts, fact_contracts = excluded.fact_contracts,"
        " plan_volume_kusd = excluded.plan_volume_kusd,"
        " fact_volume_kusd = excluded.fact_volume_kusd, approved_on = excluded.approved_on,"
        " reported_on = excluded.reported_on",
        values,
    )
    found = db.execute("SELECT id FROM cpe_kpi WHERE year = ?", [kpi.year]).fetchone()
    return int(found[0])


def delete_kpi(db: sqlite_utils.Database, year: int) -> None:
    db.execute("DELETE FROM cpe_kpi WHERE year = ?", [year])


# -- presence abroad -------------------------------------------------------------------------
def load_countries(db: sqlite_utils.Database) -> list[PriorityCountry]:
    rows = db.query("SELECT * FROM priority_country ORDER BY id")
    return [
        PriorityCountry(
            code=str(r["code"]),
            name=country_name(str(r["code"])),
            listed_on=date_from_db(r["listed_on"]),
            id=int(r["id"]),
        )
        for r in rows
    ]


def insert_country(db: sqlite_utils.Database, country: PriorityCountry) -> int:
    cursor = db.execute(
        "INSERT INTO priority_country (code, listed_on) VALUES (?, ?)",
        [country.code, date_to_db(country.listed_on)],
    )
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def delete_country(db: sqlite_utils.Database, country_id: int) -> None:
    db.execute("DELETE FROM priority_country WHERE id = ?", [country_id])


def load_presences(db: sqlite_utils.Database) -> list[Presence]:
    rows = db.query("SELECT * FROM presence ORDER BY country_id, id")
    return [
        Presence(
            country_id=int(r["country_id"]),
            format=PresenceFormat(r["format"]),
            description=str(r["description"]),
            since=date_from_db(r["since"]),
            id=int(r["id"]),
        )
        for r in rows
    ]


def insert_presence(db: sqlite_utils.Database, presence: Presence) -> int:
    cursor = db.execute(
        "INSERT INTO presence (country_id, format, description, since) VALUES (?, ?, ?, ?)",
        [presence.country_id, presence.format.value, presence.description,
         date_to_db(presence.since)],
    )  # fmt: skip
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def delete_presence(db: sqlite_utils.Database, presence_id: int) -> None:
    db.execute("DELETE FROM presence WHERE id = ?", [presence_id])


def load_agreements(db: sqlite_utils.Database) -> list[ForeignAgreement]:
    rows = db.query("SELECT * FROM foreign_agreement ORDER BY signed_on, id")
    return [
        ForeignAgreement(
            partner=str(r["partner"]),
            country_code=str(r["country_code"]),
            signed_on=date_from_db(r["signed_on"]),  # type: ignore[arg-type]
            title=str(r["title"]),
            id=int(r["id"]),
        )
        for r in rows
    ]


def insert_agreement(db: sqlite_utils.Database, agreement: ForeignAgreement) -> int:
    cursor = db.execute(
        "INSERT INTO foreign_agreement (partner, country_code, signed_on, title)"
        " VALUES (?, ?, ?, ?)",
        [agreement.partner, agreement.country_code, date_to_db(agreement.signed_on),
         agreement.title],
    )  # fmt: skip
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def delete_agreement(db: sqlite_utils.Database, agreement_id: int) -> None:
    db.execute("DELETE FROM foreign_agreement WHERE id = ?", [agreement_id])


# -- staff training --------------------------------------------------------------------------
def load_trainings(db: sqlite_utils.Database) -> list[StaffTraining]:
    return [
        StaffTraining(
            year=int(r["year"]),
            planned=int(r["planned"]),
            trained=r["trained"],
            interned=r["interned"],
            programmes_developed=bool(r["programmes_developed"]),
            plan_approved_on=date_from_db(r["plan_approved_on"]),
            reported_on=date_from_db(r["reported_on"]),
            id=int(r["id"]),
        )
        for r in db.query("SELECT * FROM staff_training ORDER BY year")
    ]


def save_training(db: sqlite_utils.Database, training: StaffTraining) -> None:
    db.execute(
        "INSERT INTO staff_training (year, planned, trained, interned, programmes_developed,"
        " plan_approved_on, reported_on) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(year) DO UPDATE SET planned = excluded.planned,"
        " trained = excluded.trained, interned = excluded.interned,"
        " programmes_developed = excluded.programmes_developed,"
        " plan_approved_on = excluded.plan_approved_on, reported_on = excluded.reported_on",
        [training.year, training.planned, training.trained, training.interned,
         int(training.programmes_developed), date_to_db(training.plan_approved_on),
         date_to_db(training.reported_on)],
    )  # fmt: skip


def delete_training(db: sqlite_utils.Database, year: int) -> None:
    db.execute("DELETE FROM staff_training WHERE year = ?", [year])


# -- Table 1 values --------------------------------------------------------------------------
def load_indicator_values(db: sqlite_utils.Database) -> dict[tuple[int, int, str], float]:
    """(indicator, year, kind) -> value for every value entered by hand."""
    rows = db.query("SELECT indicator, year, kind, value FROM indicator_value")
    return {(int(r["indicator"]), int(r["year"]), str(r["kind"])): float(r["value"]) for r in rows}


def set_indicator_value(
    db: sqlite_utils.Database, indicator: int, year: int, kind: str, value: float | None
) -> None:
    """None removes the value."""
    if value is None:
        db.execute(
            "DELETE FROM indicator_value WHERE indicator = ? AND year = ? AND kind = ?",
            [indicator, year, kind],
        )
        return
    db.execute(
        "INSERT INTO indicator_value (indicator, year, kind, value) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(indicator, year, kind) DO UPDATE SET value = excluded.value",
        [indicator, year, kind, value],
    )
