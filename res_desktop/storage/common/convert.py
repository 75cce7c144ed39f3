"""Row values <-> Python values: dates as ISO text, flags as integers, enums by their code.

``from_row`` reads a frozen record from a row by the record's own field annotations, and
``to_db`` / ``db_values`` write one back, so that no repository spells the conversion of each
field again; ``insert_row`` / ``update_row`` write such values into a table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from enum import Enum
from typing import Any
from typing import TypeVar

import sqlite_utils

from res_desktop.clock import timestamp

T = TypeVar("T")
Row = Mapping[str, Any]
Reader = Callable[[Any], object]


def date_to_db(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def date_from_db(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def now_text() -> str:
    return timestamp().isoformat(timespec="seconds")


def to_db(value: object) -> object:
    """A record's value as SQLite keeps it: a date as ISO text, a flag as 0/1, an enum by code."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def db_values(record: object, fields: Sequence[str]) -> dict[str, object]:
    """Column -> stored value for the named fields of a record (columns named as the fields)."""
    key = (type(record), tuple(fields))
    if key not in _WRITERS:
        _WRITERS[key] = _writers(*key)
    writers = _WRITERS[key]
    values = [getattr(record, name) for name in fields]
    stored = [v if w is None or v is None else w(v) for w, v in zip(writers, values, strict=True)]
    return dict(zip(fields, stored, strict=True))


Writer = Callable[[Any], object]
_WRITERS: dict[tuple[type, tuple[str, ...]], tuple[Writer | None, ...]] = {}


def _writers(cls: type, fields: tuple[str, ...]) -> tuple[Writer | None, ...]:
    """Each field's conversion for storing, worked out once: None where stored as it is."""
    hints = typing.get_type_hints(cls)
    return tuple(_writer(hints[name]) if name in hints else to_db for name in fields)


def _writer(hint: object) -> Writer | None:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _writer(inner[0]) if len(inner) == 1 else to_db
    if hint is bool:
        return int
    if hint is dt.date or hint is dt.datetime:
        return lambda value: value.isoformat()
    if isinstance(hint, type) and issubclass(hint, Enum):
        return lambda value: value.value
    return None


def _optional(read: Reader) -> Reader:
    return lambda value: None if value is None else read(value)


def _reader(hint: object) -> Reader:
    """How a column becomes the value a field of this annotation holds."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        read = _reader(inner[0]) if len(inner) == 1 else _as_stored
        return read if read is date_from_db else _optional(read)
    supertype = getattr(hint, "__supertype__", None)  # a NewType id: its base type
    if supertype is not None:
        return _reader(supertype)
    if hint is dt.date:
        return date_from_db  # an empty date is None, as stored by date_to_db
    if hint is dt.datetime:
        return lambda value: dt.datetime.fromisoformat(str(value))
    if hint in (bool, int, float, str) or (isinstance(hint, type) and issubclass(hint, Enum)):
        return typing.cast(Reader, hint)
    return _as_stored


def _as_stored(value: object) -> object:
    return value


_READERS: dict[type, tuple[tuple[str, Reader], ...]] = {}


def _readers(cls: type) -> tuple[tuple[str, Reader], ...]:
    """Each field's name and reader, worked out once per record class."""
    if cls not in _READERS:
        hints = typing.get_type_hints(cls)
        _READERS[cls] = tuple((f.name, _reader(hints[f.name])) for f in dataclasses.fields(cls))
    return _READERS[cls]


def from_row(cls: type[T], row: Row, **given: object) -> T:
    """A record of ``cls`` from a row: each field is read from the column of its name, converted
    by its annotation; ``given`` holds the fields the row does not (children, renamed columns),
    and a field neither holds keeps its default."""
    values = {name: read(row[name]) for name, read in _readers(cls) if name in row}
    values.update(given)
    return cls(**values)


def insert_row(
    db: sqlite_utils.Database,
    table: str,
    values: Mapping[str, object],
    *,
    upsert: Sequence[str] = (),
    keep: Sequence[str] = (),
) -> int:
    """Insert one row of stored values and return its id. With ``upsert`` (the key columns) an
    existing row of the same key is updated instead, but for the ``keep`` columns (written on
    insert only, e.g. ``created_at``)."""
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    if upsert:
        changed = [name for name in values if name not in upsert and name not in keep]
        updates = ", ".join(f"{name} = excluded.{name}" for name in changed)
        sql += f" ON CONFLICT({', '.join(upsert)}) DO UPDATE SET {updates}"
    cursor = db.execute(sql, list(values.values()))
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def update_row(
    db: sqlite_utils.Database, table: str, row_id: int, values: Mapping[str, object]
) -> None:
    assignments = ", ".join(f"{name} = ?" for name in values)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id])


def replace_names(db: sqlite_utils.Database, table: str, names: list[str]) -> None:
    """A user-ordered list of names (``table``: name, position) replaced whole."""
    db.execute(f"DELETE FROM {table}")
    db.conn.executemany(
        f"INSERT INTO {table} (name, position) VALUES (?, ?)",
        [(name, n) for n, name in enumerate(names)],
    )


def ordered_names(db: sqlite_utils.Database, table: str) -> list[str]:
    rows = db.execute(f"SELECT name FROM {table} ORDER BY position, name").fetchall()
    return [str(r[0]) for r in rows]
