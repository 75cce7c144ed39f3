"""Letters sending the registry's barriers to the federal body and РЭЦ (barrier_dispatch).

Writes run inside the caller's ``db.atomic()``.
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.exporters.analysis import BarrierDispatch, DispatchId
from res_desktop.storage.common.convert import date_from_db, date_to_db

_COLUMNS = "id, year, sent_on, outgoing_number, recipient"


def _dispatch(row: tuple[object, ...]) -> BarrierDispatch:
    dispatch_id, year, sent_on, number, recipient = row
    sent = date_from_db(sent_on)
    assert sent is not None
    return BarrierDispatch(
        year=int(year),  # type: ignore[call-overload]
        sent_on=sent,
        outgoing_number=str(number),
        recipient=str(recipient),
        id=DispatchId(int(dispatch_id)),  # type: ignore[call-overload]
    )


def list_dispatches(db: sqlite_utils.Database, year: int | None = None) -> list[BarrierDispatch]:
    where, params = ("WHERE year = ?", [year]) if year is not None else ("", [])
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM barrier_dispatch {where} ORDER BY sent_on, id", params
    ).fetchall()
    return [_dispatch(r) for r in rows]


def get_dispatch(db: sqlite_utils.Database, dispatch_id: int) -> BarrierDispatch | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM barrier_dispatch WHERE id = ?", [dispatch_id]
    ).fetchone()
    return _dispatch(row) if row else None


def insert_dispatch(db: sqlite_utils.Database, dispatch: BarrierDispatch) -> DispatchId:
    cursor = db.execute(
        "INSERT INTO barrier_dispatch (year, sent_on, outgoing_number, recipient)"
        " VALUES (?, ?, ?, ?)",
        [dispatch.year, date_to_db(dispatch.sent_on), dispatch.outgoing_number,
         dispatch.recipient],
    )  # fmt: skip
    return DispatchId(int(cursor.lastrowid or 0))


def update_dispatch(db: sqlite_utils.Database, dispatch: BarrierDispatch) -> None:
    db.execute(
        "UPDATE barrier_dispatch SET year = ?, sent_on = ?, outgoing_number = ?, recipient = ?"
        " WHERE id = ?",
        [dispatch.year, date_to_db(dispatch.sent_on), dispatch.outgoing_number,
         dispatch.recipient, dispatch.id],
    )  # fmt: skip


def delete_dispatch(db: sqlite_utils.Database, dispatch_id: int) -> None:
    db.execute("DELETE FROM barrier_dispatch WHERE id = ?", [dispatch_id])


def has_dispatches(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM barrier_dispatch LIMIT 1").fetchone() is not None
