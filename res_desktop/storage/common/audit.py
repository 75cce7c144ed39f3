"""The history of changes: the context the triggers of step 0014 read, and the log's queries.

The triggers write every changed row into ``audit_log`` by themselves; what they cannot know
(who, from where, which import) is an ``audit_txn`` row whose id sits in ``audit_context``
while one of the app's write transactions runs. ``begin``/``end`` run inside that
transaction, so a context is never committed and a crash leaves none behind.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from res_desktop.domain.common.audit import AuditFilter
from res_desktop.domain.common.audit import Change
from res_desktop.domain.common.audit import Origin
from res_desktop.domain.common.audit import Source
from res_desktop.storage.common.convert import now_text

# Tables the triggers leave alone: the chain's own bookkeeping, the search index (rebuilt
# from ``company``), the import's undo journal and the log itself.
UNLOGGED = frozenset(
    {
        *("_sqlite_migrations", "import_change", "audit_txn", "audit_context", "audit_log"),
        # rebuilt from logged rows: the import's fingerprints, derived versions, snapshots
        *("company_import_row", "derived_data"),
    }
)
UNLOGGED_PREFIXES = ("company_fts", "sqlite_", "registry_snapshot")
# Columns whose change alone logs no update: the app's own stamps and caches.
UNWATCHED_ON_UPDATE = frozenset(
    {"updated_at", "sort_name", "last_volume_kusd"}
    | {"municipality_key", "industry_key", "countries_key"}  # sort keys of step 0017
)


def is_logged(table: str) -> bool:
    return table not in UNLOGGED and not table.startswith(UNLOGGED_PREFIXES)


@dataclass(frozen=True)
class Opened:
    """A context ``begin`` set: its transaction row and the log's last row before it."""

    txn_id: int
    last_log_id: int


def begin(db: sqlite_utils.Database, origin: Origin) -> Opened | None:
    """Starts the log's context of the running transaction; None when one is already set."""
    if db.execute("SELECT 1 FROM audit_context").fetchone() is not None:
        return None
    cursor = db.execute(
        "INSERT INTO audit_txn (at, os_user, user_name, source, place, batch_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            now_text(),
            origin.os_user,
            origin.user_name,
            origin.source.value,
            origin.place,
            origin.batch_id,
        ],
    )
    txn_id = int(cursor.lastrowid or 0)
    db.execute("INSERT INTO audit_context (id, txn_id) VALUES (1, ?)", [txn_id])
    last = db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    return Opened(txn_id, int(last))


def end(db: sqlite_utils.Database, opened: Opened) -> None:
    """Clears the context before commit; a transaction that changed nothing leaves no trace."""
    db.execute("DELETE FROM audit_context")
    _drop_rewrites(db, opened.last_log_id)
    logged = db.execute(
        "SELECT 1 FROM audit_log WHERE id > ? LIMIT 1", [opened.last_log_id]
    ).fetchone()
    if logged is None:
        db.execute("DELETE FROM audit_txn WHERE id = ?", [opened.txn_id])


def _drop_rewrites(db: sqlite_utils.Database, after: int) -> None:
    """A row deleted and inserted again unchanged in one transaction (a card saved with its
    products rewritten) changed nothing: neither half is worth a line of the log."""
    pairs = db.execute(
        "SELECT d.id, min(i.id) FROM audit_log AS d JOIN audit_log AS i"
        " ON i.record_tbl = d.record_tbl AND i.record_id IS d.record_id AND i.tbl = d.tbl"
        " AND i.row_key = d.row_key AND i.id > d.id AND i.op = 'insert' AND i.new = d.old"
        " WHERE d.id > ? AND d.op = 'delete' GROUP BY d.id",
        [after],
    ).fetchall()
    ids = [row_id for pair in pairs for row_id in pair]
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        db.execute(f"DELETE FROM audit_log WHERE id IN ({', '.join('?' for _ in part)})", part)


def forget_creation(db: sqlite_utils.Database) -> None:
    """The log emptied, for a database the program has just built (the demo): its filling is
    nobody's change, and the history starts with the user's first."""
    with db.atomic():
        db.execute("DELETE FROM audit_log")
        db.execute("DELETE FROM audit_txn")


def set_batch(db: sqlite_utils.Database, batch_id: int) -> None:
    """The running transaction is import ``batch_id``."""
    db.execute(
        "UPDATE audit_txn SET batch_id = ?, source = 'import'"
        " WHERE id = (SELECT txn_id FROM audit_context)",
        [batch_id],
    )


# What an import writes in bulk: its companies' parts, and the companies it adds (named
# afterwards in one statement, from the import's own journal).
_COMPACT_TRIGGERS = (
    "audit_company_insert",
    *(
        f"audit_company_{part}_{op}"
        for part in ("product", "country", "export_volume", "need", "barrier", "source")
        for op in ("insert", "update", "delete")
    ),
)


@contextmanager
def triggers_dropped(db: sqlite_utils.Database, names: Sequence[str]) -> Iterator[None]:
    """These triggers dropped for the length of a bulk write and created again from their
    own stored text before it commits.

    Schema changes are transactional in SQLite: a rollback (cancel, dry run, crash) brings
    the triggers back as well, and no other connection ever sees the file without them.
    """
    marks = ", ".join("?" for _ in names)
    stored = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        list(names),
    ).fetchall()
    for name, _sql in stored:
        db.execute(f"DROP TRIGGER {_quoted(name)}")
    try:
        yield
    finally:
        if db.conn.in_transaction:
            for _name, sql in stored:
                db.execute(sql)


@contextmanager
def compact_import(db: sqlite_utils.Database, batch_id: int) -> Iterator[None]:
    """Import ``batch_id`` logged compactly: the per-row triggers above are dropped for the
    length of the import (``triggers_dropped``) and the companies it adds named at the end."""
    set_batch(db, batch_id)
    with triggers_dropped(db, _COMPACT_TRIGGERS):
        yield
        db.execute(
            "INSERT INTO audit_log (txn_id, tbl, row_key, record_tbl, record_id, op, new)"
            " SELECT (SELECT txn_id FROM audit_context), 'company', c.id, 'company', c.id,"
            " 'insert', json_object('inn', c.inn, 'full_name', c.full_name,"
            " 'short_name', c.short_name)"
            " FROM import_change AS ch JOIN company AS c ON c.id = ch.company_id"
            " WHERE ch.batch_id = ? AND ch.action = 'added' ORDER BY c.id",
            [batch_id],
        )


# Everything an import's undo removes or puts back: a company and its parts.
_COMPANY_TRIGGERS = tuple(
    f"audit_company{part}_{op}"
    for part in ("", "_product", "_country", "_export_volume", "_need", "_barrier", "_source")
    for op in ("insert", "update", "delete")
)


@contextmanager
def compact_undo(db: sqlite_utils.Database) -> Iterator[None]:
    """An import's undo logged as one entry: the companies it removes and restores are not
    logged one by one; the batch's «отменён», whose trigger stays, is the entry."""
    with triggers_dropped(db, _COMPANY_TRIGGERS):
        yield


@dataclass(frozen=True)
class _Query:
    where: str
    params: list[Any]


def _where(flt: AuditFilter) -> _Query:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.since is not None:
        clauses.append("coalesce(t.at, l.at) >= ?")
        params.append(flt.since.isoformat())
    if flt.until is not None:
        clauses.append("coalesce(t.at, l.at) < date(?, '+1 day')")
        params.append(flt.until.isoformat())
    if flt.tables:
        clauses.append(f"l.tbl IN ({', '.join('?' for _ in flt.tables)})")
        params.extend(sorted(flt.tables))
    if flt.user is not None:
        clauses.append("coalesce(nullif(t.user_name, ''), t.os_user, '') = ?")
        params.append(flt.user)
    if flt.source is not None:
        if flt.source is Source.SQL:
            clauses.append("(t.source IS NULL OR t.source = 'sql')")
        else:
            clauses.append("t.source = ?")
            params.append(flt.source.value)
    if flt.record is not None:
        clauses.append("l.record_tbl = ? AND l.record_id = ?")
        params.extend(flt.record)
    if flt.batch_id is not None:
        clauses.append("t.batch_id = ?")
        params.append(flt.batch_id)
    if flt.text:
        clauses.append("(l.old LIKE ? OR l.new LIKE ?)")
        params.extend([f"%{flt.text}%"] * 2)
    return _Query(" AND ".join(clauses) or "1", params)


_FROM = "FROM audit_log AS l LEFT JOIN audit_txn AS t ON t.id = l.txn_id"


def count(db: sqlite_utils.Database, flt: AuditFilter) -> int:
    query = _where(flt)
    return int(
        db.execute(f"SELECT count(*) {_FROM} WHERE {query.where}", query.params).fetchone()[0]
    )


def changes(
    db: sqlite_utils.Database, flt: AuditFilter, *, limit: int = -1, offset: int = 0
) -> list[Change]:
    """The log's rows matching ``flt``, newest first (the log's id is its order of writing)."""
    query = _where(flt)
    rows = db.execute(
        "SELECT l.id, coalesce(t.at, l.at), l.tbl, l.row_key, l.record_tbl, l.record_id, l.op,"
        " l.old, l.new, t.os_user, t.user_name, t.source, t.place, t.batch_id"
        f" {_FROM} WHERE {query.where} ORDER BY l.id DESC LIMIT ? OFFSET ?",
        [*query.params, limit, offset],
    ).fetchall()
    return [_change(row) for row in rows]


def _change(row: Sequence[Any]) -> Change:
    return Change(
        id=row[0],
        at=row[1],
        table=row[2],
        row_key=row[3],
        record_table=row[4],
        record_id=row[5],
        op=row[6],
        old=json.loads(row[7]) if row[7] else {},
        new=json.loads(row[8]) if row[8] else {},
        origin=Origin(
            os_user=row[9] or "",
            user_name=row[10] or "",
            source=Source(row[11] or "sql"),
            place=row[12] or "",
            batch_id=row[13],
        ),
    )


def users(db: sqlite_utils.Database) -> list[str]:
    """Everyone the log names, as the user filter offers them."""
    rows = db.execute(
        "SELECT DISTINCT coalesce(nullif(user_name, ''), os_user) AS who FROM audit_txn"
        " WHERE who != '' ORDER BY who"
    ).fetchall()
    return [row[0] for row in rows]


def item_state_id(db: sqlite_utils.Database, code: str, key: str, year: int) -> int | None:
    """The stored row of a checklist item (its history is that row's)."""
    row = db.execute(
        "SELECT id FROM item_state WHERE instrument_code = ? AND item_key = ? AND cycle_year = ?",
        [code, key, year],
    ).fetchone()
    return None if row is None else int(row[0])


def row_state(db: sqlite_utils.Database, table: str, row_key: str) -> dict[str, Any]:
    """A row's fields now, or as the log last knew them (deleted since): what names it."""
    columns = db.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    keys = [c[1] for c in sorted(columns, key=lambda c: c[5]) if c[5]]
    parts = row_key.split("|", len(keys) - 1) if keys else []
    if keys and len(parts) == len(keys):
        where = " AND ".join(f"{_quoted(k)} = ?" for k in keys)
        cursor = db.execute(f"SELECT * FROM {_quoted(table)} WHERE {where}", parts)
        row = cursor.fetchone()
        if row is not None:
            return dict(zip([d[0] for d in cursor.description], row, strict=True))
    logged = db.execute(
        "SELECT coalesce(old, new) FROM audit_log WHERE tbl = ? AND row_key = ? AND op != 'update'"
        " ORDER BY id DESC LIMIT 1",
        [table, row_key],
    ).fetchone()
    return dict(json.loads(logged[0])) if logged and logged[0] else {}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
