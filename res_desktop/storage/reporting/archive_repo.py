"""The archive of generated reports: one row per PDF kept in the archive folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NewType

import sqlite_utils

from res_desktop.storage.common.convert import date_from_db, date_to_db

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


def _from_row(row: dict[str, object]) -> ArchivedReport:
    quarter = row["quarter"]
    return ArchivedReport(
        id=ReportId(int(row["id"])),  # type: ignore[call-overload]
        kind=str(row["kind"]),
        year=int(row["year"]),  # type: ignore[call-overload]
        quarter=int(quarter) if quarter is not None else None,  # type: ignore[call-overload]
        period_label=str(row["period_label"]),
        generated_at=dt.datetime.fromisoformat(str(row["generated_at"])),
        file_name=str(row["file_name"]),
        sha256=str(row["sha256"]),
        size=int(row["size"]),  # type: ignore[call-overload]
        pages=int(row["pages"]),  # type: ignore[call-overload]
        sent_on=date_from_db(row["sent_on"]),
        outgoing_number=str(row["outgoing_number"]),
    )


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
    cursor = db.execute(
        "INSERT INTO report_archive (kind, year, quarter, period_label, generated_at, file_name,"
        " sha256, size, pages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            kind,
            year,
            quarter,
            period_label,
            generated_at.isoformat(timespec="seconds"),
            file_name,
            sha256,
            size,
            pages,
        ],
    )
    return ReportId(int(cursor.lastrowid))  # type: ignore[arg-type]


def list_reports(db: sqlite_utils.Database) -> list[ArchivedReport]:
    rows = db.query("SELECT * FROM report_archive ORDER BY generated_at DESC, id DESC")
    return [_from_row(r) for r in rows]


def get_report(db: sqlite_utils.Database, report_id: int) -> ArchivedReport | None:
    rows = list(db.query("SELECT * FROM report_archive WHERE id = ?", [report_id]))
    return _from_row(rows[0]) if rows else None


def mark_sent(
    db: sqlite_utils.Database, report_id: int, *, sent_on: dt.date, outgoing_number: str
) -> None:
    db.execute(
        "UPDATE report_archive SET sent_on = ?, outgoing_number = ? WHERE id = ?",
        [date_to_db(sent_on), outgoing_number, report_id],
    )


def delete_report(db: sqlite_utils.Database, report_id: int) -> None:
    db.execute("DELETE FROM report_archive WHERE id = ?", [report_id])


def sent_quarters(db: sqlite_utils.Database) -> set[tuple[int, int]]:
    rows = db.query(
        "SELECT DISTINCT year, quarter FROM report_archive"
        " WHERE kind = 'quarterly' AND sent_on IS NOT NULL"
    )
    return {(int(r["year"]), int(r["quarter"])) for r in rows}
