"""The region's own instruments (block IV) and their checklist items."""

from __future__ import annotations

import sqlite_utils

from res_desktop.domain.checklist.own_offer import OwnOffer
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import InstrumentCode
from res_desktop.domain.common.catalogue import Kind
from res_desktop.storage.common.convert import date_from_db
from res_desktop.storage.common.convert import date_to_db
from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
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


# -- the offer to РЭЦ (block IV) -----------------------------------------------------------
def own_offer(db: sqlite_utils.Database, code: str) -> OwnOffer | None:
    row = db.execute(
        "SELECT described_on, offered_on, letter_number, recipient FROM own_instrument_offer"
        " WHERE instrument_id = ?",
        [own_id(code)],
    ).fetchone()
    if row is None:
        return None
    described, offered, number, recipient = row
    offered_on = date_from_db(offered)
    assert offered_on is not None
    return OwnOffer(code, offered_on, str(number), date_from_db(described), str(recipient))


def save_own_offer(db: sqlite_utils.Database, offer: OwnOffer) -> None:
    """Insert, or replace the instrument's one offer."""
    db.execute(
        "INSERT INTO own_instrument_offer"
        " (instrument_id, described_on, offered_on, letter_number, recipient)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (instrument_id) DO UPDATE SET"
        " described_on = excluded.described_on, offered_on = excluded.offered_on,"
        " letter_number = excluded.letter_number, recipient = excluded.recipient",
        [
            own_id(offer.code),
            date_to_db(offer.described_on),
            date_to_db(offer.offered_on),
            offer.letter_number,
            offer.recipient,
        ],
    )


def delete_own_offer(db: sqlite_utils.Database, code: str) -> None:
    db.execute("DELETE FROM own_instrument_offer WHERE instrument_id = ?", [own_id(code)])
