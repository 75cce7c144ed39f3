"""Rows of instruments 6-8 records and Table 1 values; callers wrap writes in db.atomic()."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.records.model import (
    CentreKpi,
    ForeignAgreement,
    Presence,
    PriorityCountry,
    StaffTraining,
)
from res_desktop.storage.common.convert import db_values, from_row, insert_row

_KPI_FIELDS = (
    "year", "plan_supported", "fact_supported", "plan_contracts", "fact_contracts",
    "plan_volume_kusd", "fact_volume_kusd", "approved_on", "reported_on",
)  # fmt: skip
_TRAINING_FIELDS = (
    "year", "planned", "trained", "interned", "programmes_developed", "plan_approved_on",
    "reported_on",
)  # fmt: skip


# -- centre KPIs -----------------------------------------------------------------------------
def load_kpis(db: sqlite_utils.Database) -> list[CentreKpi]:
    return [from_row(CentreKpi, r) for r in db.query("SELECT * FROM cpe_kpi ORDER BY year")]


def save_kpi(db: sqlite_utils.Database, kpi: CentreKpi) -> int:
    """Insert or replace the year's KPIs (one row a year)."""
    insert_row(db, "cpe_kpi", db_values(kpi, _KPI_FIELDS), upsert=("year",))
    found = db.execute("SELECT id FROM cpe_kpi WHERE year = ?", [kpi.year]).fetchone()
    return int(found[0])


def delete_kpi(db: sqlite_utils.Database, year: int) -> None:
    db.execute("DELETE FROM cpe_kpi WHERE year = ?", [year])


# -- presence abroad -------------------------------------------------------------------------
def load_countries(db: sqlite_utils.Database) -> list[PriorityCountry]:
    rows = db.query("SELECT * FROM priority_country ORDER BY id")
    return [from_row(PriorityCountry, r, name=country_name(str(r["code"]))) for r in rows]


def insert_country(db: sqlite_utils.Database, country: PriorityCountry) -> int:
    return insert_row(db, "priority_country", db_values(country, ("code", "listed_on")))


def delete_country(db: sqlite_utils.Database, country_id: int) -> None:
    db.execute("DELETE FROM priority_country WHERE id = ?", [country_id])


def load_presences(db: sqlite_utils.Database) -> list[Presence]:
    rows = db.query("SELECT * FROM presence ORDER BY country_id, id")
    return [from_row(Presence, r) for r in rows]


def insert_presence(db: sqlite_utils.Database, presence: Presence) -> int:
    fields = ("country_id", "format", "description", "since")
    return insert_row(db, "presence", db_values(presence, fields))


def delete_presence(db: sqlite_utils.Database, presence_id: int) -> None:
    db.execute("DELETE FROM presence WHERE id = ?", [presence_id])


def load_agreements(db: sqlite_utils.Database) -> list[ForeignAgreement]:
    rows = db.query("SELECT * FROM foreign_agreement ORDER BY signed_on, id")
    return [from_row(ForeignAgreement, r) for r in rows]


def insert_agreement(db: sqlite_utils.Database, agreement: ForeignAgreement) -> int:
    fields = ("partner", "country_code", "signed_on", "title")
    return insert_row(db, "foreign_agreement", db_values(agreement, fields))


def delete_agreement(db: sqlite_utils.Database, agreement_id: int) -> None:
    db.execute("DELETE FROM foreign_agreement WHERE id = ?", [agreement_id])


# -- staff training --------------------------------------------------------------------------
def load_trainings(db: sqlite_utils.Database) -> list[StaffTraining]:
    rows = db.query("SELECT * FROM staff_training ORDER BY year")
    return [from_row(StaffTraining, r) for r in rows]


def save_training(db: sqlite_utils.Database, training: StaffTraining) -> None:
    insert_row(db, "staff_training", db_values(training, _TRAINING_FIELDS), upsert=("year",))


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
    values = {"indicator": indicator, "year": year, "kind": kind, "value": value}
    insert_row(db, "indicator_value", values, upsert=("indicator", "year", "kind"))
