"""Item states and their evidence."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from res_desktop.domain.checklist.model import EvidenceId, EvidenceItem, EvidenceKind, ItemState
from res_desktop.domain.common.progress import Status
from res_desktop.storage.common.convert import date_from_db, date_to_db, now_text


def _state_from_row(row: dict[str, object]) -> ItemState:
    return ItemState(
        instrument_code=str(row["instrument_code"]),
        item_key=str(row["item_key"]),
        cycle_year=int(row["cycle_year"]),  # type: ignore[call-overload]
        status=Status(str(row["status"])),
        na_reason=str(row["na_reason"]),
        responsible=str(row["responsible"]),
        due_date=date_from_db(row["due_date"]),
        done_on=date_from_db(row["done_on"]),
        comment=str(row["comment"]),
    )


def load_states(
    db: sqlite_utils.Database, code: str, cycles: Iterable[int]
) -> dict[tuple[str, int], ItemState]:
    """States of one instrument keyed by (item_key, cycle_year)."""
    cycles = list(cycles)
    marks = ", ".join("?" for _ in cycles)
    rows = db.query(
        f"SELECT * FROM item_state WHERE instrument_code = ? AND cycle_year IN ({marks})",
        [code, *cycles],
    )
    return {(str(r["item_key"]), int(r["cycle_year"])): _state_from_row(r) for r in rows}


def load_open_with_due(db: sqlite_utils.Database, cycles: Iterable[int]) -> list[ItemState]:
    cycles = list(cycles)
    marks = ", ".join("?" for _ in cycles)
    rows = db.query(
        f"SELECT * FROM item_state WHERE due_date IS NOT NULL AND cycle_year IN ({marks})"
        " AND status IN ('not_started', 'in_progress') ORDER BY due_date",
        cycles,
    )
    return [_state_from_row(r) for r in rows]


def state_id(db: sqlite_utils.Database, code: str, key: str, cycle: int) -> int | None:
    rows = list(
        db.query(
            "SELECT id FROM item_state WHERE instrument_code = ? AND item_key = ?"
            " AND cycle_year = ?",
            [code, key, cycle],
        )
    )
    return int(rows[0]["id"]) if rows else None


def ensure_state_id(db: sqlite_utils.Database, code: str, key: str, cycle: int) -> int:
    existing = state_id(db, code, key, cycle)
    if existing is not None:
        return existing
    db.execute(
        "INSERT INTO item_state (instrument_code, item_key, cycle_year, updated_at)"
        " VALUES (?, ?, ?, ?)",
        [code, key, cycle, now_text()],
    )
    return ensure_state_id(db, code, key, cycle)


def save_state(db: sqlite_utils.Database, state: ItemState) -> int:
    sid = ensure_state_id(db, state.instrument_code, state.item_key, state.cycle_year)
    db.execute(
        "UPDATE item_state SET status = ?, na_reason = ?, responsible = ?, due_date = ?,"
        " done_on = ?, comment = ?, updated_at = ? WHERE id = ?",
        [
            state.status.value,
            state.na_reason,
            state.responsible,
            date_to_db(state.due_date),
            date_to_db(state.done_on),
            state.comment,
            now_text(),
            sid,
        ],
    )
    return sid


def _evidence_from_row(row: dict[str, object]) -> EvidenceItem:
    return EvidenceItem(
        id=EvidenceId(int(row["id"])),  # type: ignore[call-overload]
        kind=EvidenceKind(str(row["kind"])),
        doc_type=str(row["doc_type"]),
        number=str(row["number"]),
        doc_date=date_from_db(row["doc_date"]),
        issuer=str(row["issuer"]),
        title=str(row["title"]),
        url=str(row["url"]),
        file_sha256=str(row["file_sha256"]),
        file_name=str(row["file_name"]),
        file_size=int(row["file_size"]),  # type: ignore[call-overload]
    )


def load_evidence(
    db: sqlite_utils.Database, code: str, cycles: Iterable[int]
) -> dict[tuple[str, int], list[EvidenceItem]]:
    cycles = list(cycles)
    marks = ", ".join("?" for _ in cycles)
    rows = db.query(
        "SELECT e.*, s.item_key, s.cycle_year FROM evidence e"
        " JOIN item_state s ON s.id = e.state_id"
        f" WHERE s.instrument_code = ? AND s.cycle_year IN ({marks}) ORDER BY e.id",
        [code, *cycles],
    )
    found: dict[tuple[str, int], list[EvidenceItem]] = {}
    for row in rows:
        key = (str(row["item_key"]), int(row["cycle_year"]))
        found.setdefault(key, []).append(_evidence_from_row(row))
    return found


def add_evidence(db: sqlite_utils.Database, sid: int, item: EvidenceItem) -> EvidenceId:
    cursor = db.execute(
        "INSERT INTO evidence (state_id, kind, doc_type, number, doc_date, issuer, title, url,"
        " file_sha256, file_name, file_size, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            sid,
            item.kind.value,
            item.doc_type,
            item.number,
            date_to_db(item.doc_date),
            item.issuer,
            item.title,
            item.url,
            item.file_sha256,
            item.file_name,
            item.file_size,
            now_text(),
        ],
    )
    return EvidenceId(int(cursor.lastrowid))  # type: ignore[arg-type]


def get_evidence(db: sqlite_utils.Database, evidence_id: int) -> EvidenceItem | None:
    rows = list(db.query("SELECT * FROM evidence WHERE id = ?", [evidence_id]))
    return _evidence_from_row(rows[0]) if rows else None


def delete_evidence(db: sqlite_utils.Database, evidence_id: int) -> None:
    db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])


def file_in_use(db: sqlite_utils.Database, sha256: str) -> bool:
    rows = db.query("SELECT 1 FROM evidence WHERE file_sha256 = ? LIMIT 1", [sha256])
    return any(True for _ in rows)
