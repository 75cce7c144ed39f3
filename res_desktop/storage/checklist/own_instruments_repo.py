"""The region's own instruments (block IV) and their checklist items."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.common.catalogue import (
    ChecklistItem,
    Instrument,
    InstrumentCode,
    Kind,
)
from res_desktop.storage.common.convert import db_values, from_row, insert_row, now_text

OWN_PREFIX = "R"


def own_code(instrument_id: int) -> InstrumentCode:
    return InstrumentCode(f"{OWN_PREFIX}{instrument_id}")


def own_id(code: str) -> int:
    return int(code.removeprefix(OWN_PREFIX))


def _items(db: sqlite_utils.Database, instrument_id: int) -> tuple[ChecklistItem, ...]:
    rows = db.query(
        "SELECT * FROM own_item WHERE instrument_id = ? ORDER BY position, id", [instrument_id]
    )
    return tuple(
        from_row(ChecklistItem, r, years=frozenset(int(y) for y in str(r["years"]).split(",") if y))
        for r in rows
    )


def load_own_instruments(db: sqlite_utils.Database) -> list[Instrument]:
    rows = list(db.query("SELECT * FROM own_instrument ORDER BY id"))
    return [
        from_row(
            Instrument,
            r,
            code=own_code(int(r["id"])),
            number=position,
            block=4,
            items=_items(db, int(r["id"])),
        )
        for position, r in enumerate(rows, start=1)
    ]


def insert_own_instrument(
    db: sqlite_utils.Database, *, title: str, short_title: str, kind: Kind, summary: str
) -> InstrumentCode:
    values = {"title": title, "short_title": short_title, "kind": kind.value, "summary": summary}
    return own_code(insert_row(db, "own_instrument", {**values, "created_at": now_text()}))


def insert_own_item(db: sqlite_utils.Database, code: str, item: ChecklistItem) -> None:
    instrument_id = own_id(code)
    position = next(
        iter(
            db.query(
                "SELECT coalesce(max(position), 0) + 1 AS p FROM own_item WHERE instrument_id = ?",
                [instrument_id],
            )
        )
    )["p"]
    values = {
        "instrument_id": instrument_id,
        **db_values(item, ("key", "title", "hint", "weight", "evidence")),
        "years": ",".join(str(y) for y in sorted(item.years)),
        "position": position,
    }
    insert_row(db, "own_item", values)


def delete_own_instrument(db: sqlite_utils.Database, code: str) -> None:
    db.execute("DELETE FROM item_state WHERE instrument_code = ?", [code])
    db.execute("DELETE FROM own_instrument WHERE id = ?", [own_id(code)])
