"""Migration step 0015_archive_replace_guard, frozen as released (literal SQL: never edit it).

A sent report stays as sent against plain SQL too (issue 14). ``INSERT OR REPLACE`` and
``UPDATE OR REPLACE`` delete the row they collide with without firing DELETE triggers (unless
``recursive_triggers`` is on, which another program's connection need not set), so a sent row
could vanish behind the 0002 triggers' back. Two more triggers refuse any insert or update that
would collide with a sent row; the 0002 pair is recreated unchanged beside them, so the four
live in one list that each open checks and restores (storage/common/database.py).
"""

from __future__ import annotations

import sqlite_utils

from res_desktop.storage.common.migrations.chain import execute

NAME = "0015_archive_replace_guard"

TRIGGERS: tuple[tuple[str, str], ...] = (
    (
        "report_archive_sent_is_final",
        "CREATE TRIGGER report_archive_sent_is_final"
        " BEFORE UPDATE ON report_archive WHEN OLD.sent_on IS NOT NULL"
        " BEGIN SELECT RAISE(ABORT, 'report already sent'); END",
    ),
    (
        "report_archive_sent_is_kept",
        "CREATE TRIGGER report_archive_sent_is_kept"
        " BEFORE DELETE ON report_archive WHEN OLD.sent_on IS NOT NULL"
        " BEGIN SELECT RAISE(ABORT, 'report already sent'); END",
    ),
    (
        "report_archive_sent_not_replaced_by_insert",
        "CREATE TRIGGER report_archive_sent_not_replaced_by_insert"
        " BEFORE INSERT ON report_archive WHEN EXISTS (SELECT 1 FROM report_archive AS sent"
        " WHERE sent.sent_on IS NOT NULL"
        " AND (sent.id = NEW.id OR sent.file_name = NEW.file_name))"
        " BEGIN SELECT RAISE(ABORT, 'report already sent'); END",
    ),
    (
        "report_archive_sent_not_replaced_by_update",
        "CREATE TRIGGER report_archive_sent_not_replaced_by_update"
        " BEFORE UPDATE ON report_archive WHEN EXISTS (SELECT 1 FROM report_archive AS sent"
        " WHERE sent.sent_on IS NOT NULL AND sent.id <> OLD.id"
        " AND (sent.id = NEW.id OR sent.file_name = NEW.file_name))"
        " BEGIN SELECT RAISE(ABORT, 'report already sent'); END",
    ),
)


def migrate(db: sqlite_utils.Database) -> None:
    execute(
        db,
        "DROP TRIGGER IF EXISTS report_archive_sent_is_final",
        "DROP TRIGGER IF EXISTS report_archive_sent_is_kept",
        *(sql for _name, sql in TRIGGERS),
    )
