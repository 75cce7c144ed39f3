"""Rows of instruments 6-8 records and Table 1 values; callers wrap writes in db.atomic()."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.common.countries import country_name
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PriorityCountry
from res_desktop.domain.records.model import StaffTraining
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.table import Table

_KPI_FIELDS = (
    "year", "plan_supported", "fact_supported", "plan_contracts", "fact_contracts",
    "plan_volume_kusd", "fact_volume_kusd", "approved_on", "reported_on",
)  # fmt: skip
_TRAINING_FIELDS = (
    "year", "planned", "trained", "interned", "programmes_developed", "plan_approved_on",
    "reported_on",
)  # fmt: skip


# -- centre KPIs (one row a year) -------------------------------------------------------------
KPIS = Table("cpe_kpi", CentreKpi, _KPI_FIELDS, order="year", key="year")


def save_kpi(db: sqlite_utils.Database, kpi: CentreKpi) -> int:
    """Insert or replace the year's KPIs; the row's id."""
    KPIS.save(db, kpi)
    found = db.execute("SELECT id FROM cpe_kpi WHERE year = ?", [kpi.year]).fetchone()
    return int(found[0])


# -- presence abroad -------------------------------------------------------------------------
COUNTRIES = Table("priority_country", PriorityCountry, ("code", "listed_on"))
PRESENCES = Table(
    "presence", Presence, ("country_id", "format", "description", "since"), order="country_id, id"
)
AGREEMENTS = Table(
    "foreign_agreement", ForeignAgreement, ("partner", "country_code", "signed_on", "title"),
    order="signed_on, id",
)  # fmt: skip


def load_countries(db: sqlite_utils.Database) -> list[PriorityCountry]:
    rows = db.query("SELECT * FROM priority_country ORDER BY id")
    return [from_row(PriorityCountry, r, name=country_name(str(r["code"]))) for r in rows]


# -- staff training (one row a year) ----------------------------------------------------------
TRAININGS = Table("staff_training", StaffTraining, _TRAINING_FIELDS, order="year", key="year")


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
