"""Item states and their evidence."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from res_desktop.domain.checklist.model import EvidenceId
from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import ItemState
from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.common.convert import update_row

_STATE_FIELDS = (
    "status", "na_reason", "responsible", "due_date", "done_on", "comment",
    "manual_status", "manual_reason", "manual_document", "manual_done_on",
)  # fmt: skip
_EVIDENCE_FIELDS = (
    "kind", "doc_type", "number", "doc_date", "issuer", "title", "url", "file_sha256",
    "file_name", "file_size", "document_id",
)  # fmt: skip


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
    return {(str(r["item_key"]), int(r["cycle_year"])): from_row(ItemState, r) for r in rows}


def load_open_with_due(db: sqlite_utils.Database, cycles: Iterable[int]) -> list[ItemState]:
    cycles = list(cycles)
    marks = ", ".join("?" for _ in cycles)
    rows = db.query(
        f"SELECT * FROM item_state WHERE due_date IS NOT NULL AND cycle_year IN ({marks})"
        " AND status IN ('not_started', 'in_progress') ORDER BY due_date",
        cycles,
    )
    return [from_row(ItemState, r) for r in rows]


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
    values = {"instrument_code": code, "item_key": key, "cycle_year": cycle}
    insert_row(db, "item_state", {**values, "updated_at": now_text()})
    return ensure_state_id(db, code, key, cycle)


def save_state(db: sqlite_utils.Database, state: ItemState) -> int:
    sid = ensure_state_id(db, state.instrument_code, state.item_key, state.cycle_year)
    values = {**db_values(state, _STATE_FIELDS), "updated_at": now_text()}
    update_row(db, "item_state", sid, values)
    return sid


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
        found.setdefault(key, []).append(from_row(EvidenceItem, row))
    return found


def add_evidence(db: sqlite_utils.Database, sid: int, item: EvidenceItem) -> EvidenceId:
    """A removed record put back (undo) keeps its id, so the files linked to it find it."""
    values = {"state_id": sid, **db_values(item, _EVIDENCE_FIELDS), "added_at": now_text()}
    if item.id is not None and get_evidence(db, item.id) is None:
        values = {"id": item.id, **values}
    return EvidenceId(insert_row(db, "evidence", values))


def update_evidence(db: sqlite_utils.Database, item: EvidenceItem) -> None:
    assert item.id is not None
    update_row(db, "evidence", item.id, db_values(item, _EVIDENCE_FIELDS))


def evidence_state(db: sqlite_utils.Database, evidence_id: int) -> int | None:
    rows = list(db.query("SELECT state_id FROM evidence WHERE id = ?", [evidence_id]))
    return int(rows[0]["state_id"]) if rows else None


def linked_files(db: sqlite_utils.Database, document_id: int) -> list[EvidenceItem]:
    rows = db.query("SELECT * FROM evidence WHERE document_id = ? ORDER BY id", [document_id])
    return [from_row(EvidenceItem, row) for row in rows]


def get_evidence(db: sqlite_utils.Database, evidence_id: int) -> EvidenceItem | None:
    rows = list(db.query("SELECT * FROM evidence WHERE id = ?", [evidence_id]))
    return from_row(EvidenceItem, rows[0]) if rows else None


def delete_evidence(db: sqlite_utils.Database, evidence_id: int) -> None:
    db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])


def file_in_use(db: sqlite_utils.Database, sha256: str) -> bool:
    rows = db.query("SELECT 1 FROM evidence WHERE file_sha256 = ? LIMIT 1", [sha256])
    return any(True for _ in rows)
