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
    "head_name",
    "head_position",
    "head_signature",
)


def load_profile(db: sqlite_utils.Database) -> RegionProfile | None:
    rows = list(db.query("SELECT * FROM region WHERE id = 1"))
    if not rows:
        return None
    row = rows[0]
    values = {name: row[name] for name in _FIELDS}
    values["low_export_potential"] = bool(values["low_export_potential"])
    values["federal_city"] = bool(values["federal_city"])
    return RegionProfile(**values)


def save_profile(db: sqlite_utils.Database, profile: RegionProfile, *, demo: bool = False) -> None:
    record = {name: getattr(profile, name) for name in _FIELDS}
    record["low_export_potential"] = int(profile.low_export_potential)
    record["federal_city"] = int(profile.federal_city)
    record.update(id=1, is_demo=int(demo), updated_at=now_text())
    columns = ", ".join(record)
    marks = ", ".join(f":{name}" for name in record)
    db.execute(f"INSERT OR REPLACE INTO region ({columns}) VALUES ({marks})", record)


def is_demo(db: sqlite_utils.Database) -> bool:
    rows = list(db.query("SELECT is_demo FROM region WHERE id = 1"))
    return bool(rows and rows[0]["is_demo"])
