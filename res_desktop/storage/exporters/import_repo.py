"""The record of imports: batches, what each changed (to undo it), remembered mappings.

Writes run inside the caller's ``db.atomic()``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class ImportBatch:
    id: int
    file_name: str
    imported_at: dt.datetime
    added: int
    updated: int
    rejected: int
    undone_at: dt.datetime | None = None

    @property
    def is_undone(self) -> bool:
        return self.undone_at is not None


@dataclass(frozen=True)
class ImportChange:
    company_id: int
    action: str  # "added" or "updated"
    before_record: str | None  # JSON of the company before an update


def _batch(row: tuple[Any, ...]) -> ImportBatch:
    undone = dt.datetime.fromisoformat(row[6]) if row[6] else None
    imported = dt.datetime.fromisoformat(row[2])
    return ImportBatch(row[0], row[1], imported, row[3], row[4], row[5], undone)


_BATCH_SQL = (
    "SELECT id, file_name, imported_at, added, updated, rejected, undone_at FROM import_batch"
)


def start_batch(db: sqlite_utils.Database, file_name: str, now: str) -> int:
    cursor = db.conn.execute(
        "INSERT INTO import_batch (file_name, imported_at) VALUES (?, ?)", (file_name, now)
    )
    return int(cursor.lastrowid or 0)


def finish_batch(
    db: sqlite_utils.Database, batch_id: int, *, added: int, updated: int, rejected: int
) -> None:
    db.conn.execute(
        "UPDATE import_batch SET added = ?, updated = ?, rejected = ? WHERE id = ?",
        (added, updated, rejected, batch_id),
    )


def record_changes(
    db: sqlite_utils.Database, batch_id: int, changes: Iterable[tuple[int, str, str | None]]
) -> None:
    db.conn.executemany(
        "INSERT INTO import_change (batch_id, company_id, action, before_record)"
        " VALUES (?, ?, ?, ?)",
        ((batch_id, *change) for change in changes),
    )


def before_record(db: sqlite_utils.Database, batch_id: int, company_id: int) -> str | None:
    """The company as this import found it (JSON), if the import changed it."""
    row = db.conn.execute(
        "SELECT before_record FROM import_change WHERE batch_id = ? AND company_id = ?"
        " AND action = 'updated'",
        (batch_id, company_id),
    ).fetchone()
    return row[0] if row else None


# -- fingerprints of the last imported rows (issue 15 part 6) -----------------------------

_IN = 500  # values per IN (...) list
# A write of a company's child rows forgets its import fingerprint (step 0016). An import
# writes a company's child rows only with its company row, whose own trigger (or, for a new
# company, the absence of any fingerprint) does that already: during an import these
# per-row triggers only cost (one DELETE per child row) and are dropped (audit.triggers_dropped).
CHILD_FORGET_TRIGGERS = tuple(
    f"company_{part}_forgets_import_row_{op}"
    for part in ("product", "country", "export_volume", "need", "barrier", "source")
    for op in ("insert", "delete")
)


def known_rows(
    db: sqlite_utils.Database, fingerprints: list[bytes]
) -> dict[bytes, tuple[int, str, str]]:
    """Fingerprint -> (company id, ИНН, fields) of rows imported before. Every write of a
    company since forgot its row (the triggers of migration 0016): these would change
    nothing."""
    found: dict[bytes, tuple[int, str, str]] = {}
    for start in range(0, len(fingerprints), _IN):
        part = fingerprints[start : start + _IN]
        rows = db.conn.execute(
            "SELECT f.fingerprint, f.company_id, c.inn, f.fields FROM company_import_row f"
            " JOIN company c ON c.id = f.company_id"
            f" WHERE f.fingerprint IN ({', '.join('?' * len(part))})",
            part,
        )
        found.update((fp, (i, inn, fields)) for fp, i, inn, fields in rows)
    return found


def save_rows(db: sqlite_utils.Database, rows: Iterable[tuple[int, bytes, str]]) -> None:
    """(company id, fingerprint, fields): the company's last imported row, written after
    the import's own writes of the company (which forget the row before)."""
    db.conn.executemany(
        "INSERT INTO company_import_row (company_id, fingerprint, fields) VALUES (?, ?, ?)"
        " ON CONFLICT(company_id) DO UPDATE SET"
        " fingerprint = excluded.fingerprint, fields = excluded.fields",
        rows,
    )


def forget_rows(db: sqlite_utils.Database, company_ids: list[int]) -> None:
    """These companies' next import reads their rows in full."""
    for start in range(0, len(company_ids), _IN):
        part = company_ids[start : start + _IN]
        db.conn.execute(
            f"DELETE FROM company_import_row WHERE company_id IN ({', '.join('?' * len(part))})",
            part,
        )


def list_batches(db: sqlite_utils.Database) -> list[ImportBatch]:
    """Newest first."""
    return [_batch(r) for r in db.conn.execute(f"{_BATCH_SQL} ORDER BY id DESC")]


def get_batch(db: sqlite_utils.Database, batch_id: int) -> ImportBatch | None:
    row = db.conn.execute(f"{_BATCH_SQL} WHERE id = ?", (batch_id,)).fetchone()
    return _batch(row) if row else None


def batch_changes(db: sqlite_utils.Database, batch_id: int) -> list[ImportChange]:
    rows = db.conn.execute(
        "SELECT company_id, action, before_record FROM import_change WHERE batch_id = ?"
        " ORDER BY company_id",
        (batch_id,),
    )
    return [ImportChange(*r) for r in rows]


def later_batches_touching(db: sqlite_utils.Database, batch_id: int) -> list[ImportBatch]:
    """Imports after this one, not undone, that changed any of the same companies."""
    rows = db.conn.execute(
        f"{_BATCH_SQL} b WHERE b.id > ? AND b.undone_at IS NULL AND EXISTS ("
        " SELECT 1 FROM import_change later JOIN import_change mine"
        " ON mine.company_id = later.company_id AND mine.batch_id = ?"
        " WHERE later.batch_id = b.id) ORDER BY b.id DESC",
        (batch_id, batch_id),
    )
    return [_batch(r) for r in rows]


def mark_undone(db: sqlite_utils.Database, batch_id: int, now: str) -> None:
    db.conn.execute("UPDATE import_batch SET undone_at = ? WHERE id = ?", (now, batch_id))


def load_mapping(db: sqlite_utils.Database, signature: str) -> dict[str, str] | None:
    row = db.conn.execute(
        "SELECT mapping FROM import_mapping WHERE signature = ?", (signature,)
    ).fetchone()
    return dict(json.loads(row[0])) if row else None


def save_mapping(db: sqlite_utils.Database, signature: str, mapping: Mapping[str, str]) -> None:
    db.conn.execute(
        "INSERT INTO import_mapping (signature, mapping) VALUES (?, ?)"
        " ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping",
        (signature, json.dumps(dict(mapping), ensure_ascii=False)),
    )


def edited_since(db: sqlite_utils.Database, batch_id: int) -> int:
    """Companies of this import changed since: edits, or support, activities, merges added.

    A later import that was undone restored its companies and stamped them with its undo
    time: that write is not an edit, so the stamp to beat is the latest such undo.
    """
    row = db.execute(
        "SELECT count(*) FROM import_change ch"
        " JOIN company c ON c.id = ch.company_id"
        " JOIN import_batch b ON b.id = ch.batch_id"
        " WHERE ch.batch_id = ? AND (c.updated_at > max(b.imported_at, coalesce(("
        "   SELECT max(lb.undone_at) FROM import_change lc"
        "   JOIN import_batch lb ON lb.id = lc.batch_id"
        "   WHERE lc.company_id = c.id AND lb.id > b.id AND lb.undone_at IS NOT NULL"
        " ), b.imported_at)) OR (ch.action = 'added' AND ("
        "   EXISTS (SELECT 1 FROM support_record s WHERE s.company_id = c.id)"
        "   OR EXISTS (SELECT 1 FROM activity_participant a WHERE a.company_id = c.id)"
        "   OR EXISTS (SELECT 1 FROM company_merge m WHERE m.kept_id = c.id))))",
        [batch_id],
    ).fetchone()
    return int(row[0])
