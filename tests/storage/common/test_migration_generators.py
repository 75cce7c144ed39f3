"""Steps 0014 and 0019 make their triggers with a generator: it yields the released SQL.

The fixture files were written by the literal steps as released, so the text SQLite keeps in
their ``sqlite_master`` is what each step ran: the generated statements must equal it to the
byte, else a file made today would differ from one made by that release.
"""

from __future__ import annotations

import sqlite3

from res_desktop.storage.common.migrations import m0014_audit_log
from res_desktop.storage.common.migrations import m0019_audit_later_tables
from tests.fixtures.make_schema_fixtures import fixture_path


def _audit_triggers(step: str) -> dict[str, str]:
    conn = sqlite3.connect(f"file:{fixture_path(step)}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit^_%'"
            " ESCAPE '^'"
        )
        return dict(rows.fetchall())
    finally:
        conn.close()


def _created(statements: tuple[str, ...]) -> dict[str, str]:
    """Trigger name -> the statement as SQLite keeps it (the text from CREATE on)."""
    made = [sql.strip() for sql in statements if sql.split()[0] == "CREATE"]
    return {sql.split()[2]: sql for sql in made}


def test_step_0014_makes_the_triggers_it_was_released_with() -> None:
    assert _created(m0014_audit_log.TRIGGERS) == _audit_triggers("0014_audit_log")


def test_step_0019_makes_the_triggers_it_was_released_with() -> None:
    made = _created(m0014_audit_log.TRIGGERS) | _created(m0019_audit_later_tables.STATEMENTS)
    assert made == _audit_triggers("0019_audit_later_tables")


def test_step_0019_drops_exactly_the_triggers_it_makes_again() -> None:
    statements = m0019_audit_later_tables.STATEMENTS
    dropped = {sql.split()[2] for sql in statements if sql.split()[0] == "DROP"}
    remade = set(_created(statements)) & set(_created(m0014_audit_log.TRIGGERS))
    assert (
        dropped
        == remade
        == {
            f"audit_{table}_{op}"
            for table in ("company", "company_merge")
            for op in ("insert", "update", "delete")
        }
    )
