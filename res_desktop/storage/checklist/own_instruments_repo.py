"""The region's own instruments (block IV) and their checklist items."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.common.catalogue import (
    ChecklistItem,
    Evidence,
    Funding,
    Instrument,
    InstrumentCode,
    Kind,
)
from res_desktop.storage.common.convert import now_text

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
        ChecklistItem(
            key=str(r["key"]),
            title=str(r["title"]),
            hint=str(r["hint"]),
            weight=int(r["weight"]),
            evidence=Evidence(r["evidence"]),
            years=frozenset(int(y) for y in str(r["years"]).split(",") if y),
        )
        for r in rows
    )


def load_own_instruments(db: sqlite_utils.Database) -> list[Instrument]:
    rows = list(db.query("SELECT * FROM own_instrument ORDER BY id"))
    return [
        Instrument(
            code=own_code(int(r["id"])),
            number=position,
            block=4,
            title=str(r["title"]),
            short_title=str(r["short_title"]),
            kind=Kind(r["kind"]),
            funding=Funding(r["funding"]),
            summary=str(r["summary"]),
            items=_items(db, int(r["id"])),
        )
        for position, r in enumerate(rows, start=1)
    ]


def insert_own_instrument(
    db: sqlite_utils.Database, *, title: str, short_title: str, kind: Kind, summary: str
) -> InstrumentCode:
    cursor = db.execute(
        "INSERT INTO own_instrument (title, short_title, kind, summary, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [title, short_title, kind.value, summary, now_text()],
    )
    return own_code(int(cursor.lastrowid))  # type: ignore[arg-type]


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
    db.execute(
        "INSERT INTO own_item (instrument_id, key, title, hint, weight, evidence, years, position)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            instrument_id,
            item.key,
            item.title,
            item.hint,
            item.weight,
            item.evidence.value,
            ",".join(str(y) for y in sorted(item.years)),
            position,
        ],
    )


def delete_own_instrument(db: sqlite_utils.Database, code: str) -> None:
    db.execute("DELETE FROM item_state WHERE instrument_code = ?", [code])
    db.execute("DELETE FROM own_instrument WHERE id = ?", [own_id(code)])
