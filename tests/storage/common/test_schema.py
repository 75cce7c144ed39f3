"""The migration chain builds exactly the committed schema snapshot (tests/fixtures/schema.sql).

A difference means a released migration changed what it does, or a new migration was added
without regenerating the snapshot on purpose (see tests/fixtures/schema_snapshot.py).
"""

from __future__ import annotations

from pathlib import Path

from res_desktop.storage.common.database import open_database
from tests.fixtures.schema_snapshot import SNAPSHOT, schema_text


def test_a_new_database_has_the_committed_schema(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        built = schema_text(db.conn)
    finally:
        db.conn.close()
    assert built == SNAPSHOT.read_text(encoding="utf-8")
