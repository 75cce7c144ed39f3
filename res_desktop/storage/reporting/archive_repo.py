"""The archive of generated reports: one row per PDF kept in the archive folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NewType

import sqlite_utils

from res_desktop.storage.common.convert import date_to_db
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import update_row

ReportId = NewType("ReportId", int)


@dataclass(frozen=True)
class ArchivedReport:
    id: ReportId
    kind: str
    year: int
    quarter: int | None
    period_label: str
    generated_at: dt.datetime
    file_name: str
    sha256: str
    size: int
    pages: int
    sent_on: dt.date | None
    outgoing_number: str

    @property
    def is_sent(self) -> bool:
        return self.sent_on is not None


def insert_report(
    db: sqlite_utils.Database,
    *,
    kind: str,
    year: int,
    quarter: int | None,
    period_label: str,
    generated_at: dt.datetime,
    file_name: str,
    sha256: str,
    size: int,
    pages: int,
) -> ReportId:
    values = {
        "kind": kind, "year": year, "quarter": quarter, "period_label": period_label,
        "generated_at": generated_at.isoformat(timespec="seconds"), "file_name": file_name,
        "sha256": sha256, "size": size, "pages": pages,
    }  # fmt: skip
    return ReportId(insert_row(db, "report_archive", values))


def list_reports(db: sqlite_utils.Database) -> list[ArchivedReport]:
    rows = db.query("SELECT * FROM report_archive ORDER BY generated_at DESC, id DESC")
    return [from_row(ArchivedReport, r) for r in rows]


def get_report(db: sqlite_utils.Database, report_id: int) -> ArchivedReport | None:
    rows = list(db.query("SELECT * FROM report_archive WHERE id = ?", [report_id]))
    return from_row(ArchivedReport, rows[0]) if rows else None


def mark_sent(
    db: sqlite_utils.Database, report_id: int, *, sent_on: dt.date, outgoing_number: str
) -> None:
    values = {"sent_on": date_to_db(sent_on), "outgoing_number": outgoing_number}
    update_row(db, "report_archive", report_id, values)


def delete_report(db: sqlite_utils.Database, report_id: int) -> None:
    db.execute("DELETE FROM report_archive WHERE id = ?", [report_id])


def sent_quarters(db: sqlite_utils.Database) -> set[tuple[int, int]]:
    rows = db.query(
        "SELECT DISTINCT year, quarter FROM report_archive"
        " WHERE kind = 'quarterly' AND sent_on IS NOT NULL"
    )
    return {(int(r["year"]), int(r["quarter"])) for r in rows}
