"""The single region profile row."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.common.profile import RegionProfile
from res_desktop.storage.common.convert import now_text

_FIELDS = (
    "region_code",
    "region_name",
    "coordinator_body",
    "contact_person",
    "phone",
    "email",
    "address",
    "start_year",
    "low_export_potential",
    "federal_city",
    "export_centre_federal_funding",
    "head_name",
    "head_position",
    "head_signature",
)
_FLAGS = ("low_export_potential", "federal_city", "export_centre_federal_funding")


def load_profile(db: sqlite_utils.Database) -> RegionProfile | None:
    rows = list(db.query("SELECT * FROM region WHERE id = 1"))
    if not rows:
        return None
    row = rows[0]
    values = {name: row[name] for name in _FIELDS}
    for flag in _FLAGS:
        values[flag] = bool(values[flag])
    return RegionProfile(**values)


def save_profile(db: sqlite_utils.Database, profile: RegionProfile, *, demo: bool = False) -> None:
    record = {name: getattr(profile, name) for name in _FIELDS}
    for flag in _FLAGS:
        record[flag] = int(getattr(profile, flag))
    record.update(id=1, is_demo=int(demo), updated_at=now_text())
    columns = ", ".join(record)
    marks = ", ".join(f":{name}" for name in record)
    # An upsert, not INSERT OR REPLACE: a replaced row's deletion fires no trigger, and the
    # history of changes would lose the profile as it was.
    sets = ", ".join(f"{name} = excluded.{name}" for name in record if name != "id")
    db.execute(
        f"INSERT INTO region ({columns}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {sets}",
        record,
    )


def is_demo(db: sqlite_utils.Database) -> bool:
    rows = list(db.query("SELECT is_demo FROM region WHERE id = 1"))
    return bool(rows and rows[0]["is_demo"])


def load_funding_marks(db: sqlite_utils.Database) -> dict[str, str]:
    """Instrument code -> the region's own funding mark («budget», «none», «unknown»)."""
    return {
        row["instrument_code"]: row["funding"]
        for row in db.query("SELECT instrument_code, funding FROM instrument_funding")
    }


def save_funding_mark(db: sqlite_utils.Database, code: str, funding: str | None) -> None:
    """Sets one instrument's mark; None removes it (the catalogue's mark applies again)."""
    if funding is None:
        db.execute("DELETE FROM instrument_funding WHERE instrument_code = ?", [code])
        return
    db.execute(
        "INSERT INTO instrument_funding (instrument_code, funding, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (instrument_code) DO UPDATE SET funding = excluded.funding,"
        " updated_at = excluded.updated_at",
        [code, funding, now_text()],
    )


def records_in_years(db: sqlite_utils.Database, first: int, last: int) -> dict[str, int]:
    """How many records of each kind fall in the calendar years ``first``..``last``: yearly
    checklist states, council meetings and activities (a change of the start year moves them
    out of the implementation period)."""
    low, high = f"{first:04d}-01-01", f"{last:04d}-12-31"
    queries = {
        "item_state": "SELECT count(*) FROM item_state WHERE cycle_year BETWEEN ? AND ?",
        "meeting": "SELECT count(*) FROM meeting WHERE substr(date, 1, 10) BETWEEN ? AND ?",
        "activity": "SELECT count(*) FROM activity WHERE substr(starts_on, 1, 10) BETWEEN ? AND ?",
    }
    counts: dict[str, int] = {}
    for kind, sql in queries.items():
        bounds = [first, last] if kind == "item_state" else [low, high]
        counts[kind] = int(db.execute(sql, bounds).fetchone()[0])
    return counts
