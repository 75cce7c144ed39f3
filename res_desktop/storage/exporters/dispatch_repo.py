"""Letters sending the registry's barriers to the federal body and РЭЦ (barrier_dispatch), and
the user's list of federal bodies such a letter must go to (federal_body).

Writes run inside the caller's ``db.atomic()``.
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.exporters.analysis import BarrierDispatch, DispatchId
from res_desktop.storage.common import convert
from res_desktop.storage.common.convert import db_values, from_row, insert_row, update_row

_FIELDS = ("year", "sent_on", "outgoing_number", "recipient")


def list_dispatches(db: sqlite_utils.Database, year: int | None = None) -> list[BarrierDispatch]:
    where, params = ("WHERE year = ?", [year]) if year is not None else ("", [])
    rows = db.query(f"SELECT * FROM barrier_dispatch {where} ORDER BY sent_on, id", params)
    return [from_row(BarrierDispatch, r) for r in rows]


def get_dispatch(db: sqlite_utils.Database, dispatch_id: int) -> BarrierDispatch | None:
    rows = list(db.query("SELECT * FROM barrier_dispatch WHERE id = ?", [dispatch_id]))
    return from_row(BarrierDispatch, rows[0]) if rows else None


def insert_dispatch(db: sqlite_utils.Database, dispatch: BarrierDispatch) -> DispatchId:
    return DispatchId(insert_row(db, "barrier_dispatch", db_values(dispatch, _FIELDS)))


def update_dispatch(db: sqlite_utils.Database, dispatch: BarrierDispatch) -> None:
    assert dispatch.id is not None
    update_row(db, "barrier_dispatch", dispatch.id, db_values(dispatch, _FIELDS))


def delete_dispatch(db: sqlite_utils.Database, dispatch_id: int) -> None:
    db.execute("DELETE FROM barrier_dispatch WHERE id = ?", [dispatch_id])


def has_dispatches(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM barrier_dispatch LIMIT 1").fetchone() is not None


def federal_bodies(db: sqlite_utils.Database) -> list[str]:
    return convert.ordered_names(db, "federal_body")


def set_federal_bodies(db: sqlite_utils.Database, names: list[str]) -> None:
    convert.replace_names(db, "federal_body", names)
