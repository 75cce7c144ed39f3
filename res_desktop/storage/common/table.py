"""A table of flat records: its load, insert, upsert and delete, written once for all repos."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic
from typing import TypeVar

import sqlite_utils

from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import now_text
from res_desktop.storage.common.convert import update_row

T = TypeVar("T")


@dataclass(frozen=True)
class Table(Generic[T]):
    """A table of flat records, so that no repository spells its load / insert / delete again:
    read whole in ``order``; written from the record's ``fields`` (with ``created_at`` when
    ``stamped``); ``key`` is the column a row is deleted by, and replaced by in ``save``."""

    name: str
    record: type[T]
    fields: tuple[str, ...]
    order: str = "id"
    key: str = "id"
    stamped: bool = False

    def load(self, db: sqlite_utils.Database, **equal: object) -> list[T]:
        """Every record, or those whose columns (named in code) hold the ``equal`` values."""
        where = " AND ".join(f"{column} = ?" for column in equal)
        rows = db.query(
            f"SELECT * FROM {self.name} {'WHERE ' + where if where else ''} ORDER BY {self.order}",
            list(equal.values()),
        )
        return [from_row(self.record, row) for row in rows]

    def get(self, db: sqlite_utils.Database, value: object) -> T | None:
        """The record whose ``key`` column holds ``value``, if there is one."""
        rows = db.query(f"SELECT * FROM {self.name} WHERE {self.key} = ?", [value])
        row = next(iter(rows), None)
        return None if row is None else from_row(self.record, row)

    def _values(self, record: T) -> dict[str, object]:
        values = db_values(record, self.fields)
        return {**values, "created_at": now_text()} if self.stamped else values

    def insert(self, db: sqlite_utils.Database, record: T) -> int:
        return insert_row(db, self.name, self._values(record))

    def save(self, db: sqlite_utils.Database, record: T) -> T:
        """Insert the record, or rewrite the row of its ``key`` (its ``created_at`` kept); the
        record as stored, with its id."""
        keep = ("created_at",) if self.stamped else ()
        insert_row(db, self.name, self._values(record), upsert=(self.key,), keep=keep)
        stored = self.get(db, getattr(record, self.key))
        assert stored is not None
        return stored

    def update(self, db: sqlite_utils.Database, row_id: int, record: T) -> None:
        update_row(db, self.name, row_id, db_values(record, self.fields))

    def delete(self, db: sqlite_utils.Database, value: object) -> None:
        db.execute(f"DELETE FROM {self.name} WHERE {self.key} = ?", [value])
