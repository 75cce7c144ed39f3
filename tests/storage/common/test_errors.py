"""SQLite errors from the user's environment become Russian messages."""

from __future__ import annotations

import sqlite3

import pytest

from res_desktop.storage.common.errors import StorageUnavailable, explain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("database is locked", "занята"),
        ("database or disk is full", "нет места"),
        ("attempt to write a readonly database", "только для чтения"),
        ("database disk image is malformed", "повреждён"),
        ("no such savepoint", "Ошибка доступа к базе данных"),
    ],
)
def test_explain(text: str, expected: str) -> None:
    error = explain(sqlite3.OperationalError(text))
    assert isinstance(error, StorageUnavailable)
    assert expected in error.message


def test_locked_database_really_says_locked(tmp_path) -> None:
    path = tmp_path / "x.sqlite3"
    first = sqlite3.connect(path)
    first.execute("CREATE TABLE t (x)")
    first.execute("BEGIN IMMEDIATE")
    second = sqlite3.connect(path, timeout=0.05)
    with pytest.raises(sqlite3.OperationalError) as raised:
        second.execute("BEGIN IMMEDIATE")
    assert "занята" in explain(raised.value).message
    first.rollback()
    first.close()
    second.close()
