"""Rows <-> records by the records' own annotations, and the row writes built from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlite_utils

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.exporters.records import SupportId
from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.storage.common.convert import db_values
from res_desktop.storage.common.convert import from_row
from res_desktop.storage.common.convert import insert_row
from res_desktop.storage.common.convert import to_db
from res_desktop.storage.common.convert import update_row
from res_desktop.storage.reporting.archive_repo import ArchivedReport
from res_desktop.storage.reporting.archive_repo import ReportId

REPORT_ROW = {
    "id": 7, "kind": "quarterly", "year": "2026", "quarter": None, "period_label": "III квартал",
    "generated_at": "2026-10-01T09:30:00", "file_name": "7.pdf", "sha256": "0" * 64, "size": 10,
    "pages": 2, "sent_on": "2026-10-05", "outgoing_number": "01-12", "created_at": "ignored",
}  # fmt: skip
SUPPORT_ROW = {
    "id": 3, "company_id": 5, "measure": "Выставка", "given_on": "2026-03-01", "provider": "",
    "result": "", "export_contract": 1, "amount_kusd": 12,
}  # fmt: skip


def test_a_row_is_read_by_the_fields_annotations() -> None:
    report = from_row(ArchivedReport, REPORT_ROW)
    assert report.id == ReportId(7) and report.year == 2026 and type(report.year) is int
    assert report.quarter is None and report.generated_at == dt.datetime(2026, 10, 1, 9, 30)
    assert report.sent_on == dt.date(2026, 10, 5) and report.outgoing_number == "01-12"
    support = from_row(SupportRecord, SUPPORT_ROW)
    assert support == SupportRecord(
        company_id=CompanyId(5),
        measure="Выставка",
        given_on=dt.date(2026, 3, 1),
        export_contract=True,
        amount_kusd=12.0,
        id=SupportId(3),
    )
    assert type(support.amount_kusd) is float and type(support.export_contract) is bool
    presence = from_row(Presence, {"country_id": 1, "format": "ppp", "since": "", "id": 2})
    assert presence.format is PresenceFormat.PPP and presence.since is None  # "" is no date


def test_given_fields_win_and_missing_columns_keep_the_default() -> None:
    presence = from_row(Presence, {"country_id": 1, "format": "ppp"}, description="Офис")
    assert presence == Presence(1, PresenceFormat.PPP, description="Офис")


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="green"):
        from_row(Presence, {"country_id": 1, "format": "green"})


def test_values_are_stored_as_sqlite_keeps_them() -> None:
    support = from_row(SupportRecord, {**SUPPORT_ROW, "amount_kusd": None})
    assert to_db(PresenceFormat.PPP) == "ppp" and type(to_db(PresenceFormat.PPP)) is str
    assert to_db(True) == 1 and to_db(None) is None and to_db(dt.date(2026, 1, 2)) == "2026-01-02"
    fields = ("company_id", "given_on", "export_contract", "amount_kusd")
    assert db_values(support, fields) == {
        "company_id": 5,
        "given_on": "2026-03-01",
        "export_contract": 1,
        "amount_kusd": None,
    }
    presence = Presence(1, PresenceFormat.PPP)
    stored = db_values(presence, ("format", "since"))
    assert stored == {"format": "ppp", "since": None} and type(stored["format"]) is str


def test_insert_update_and_upsert(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "t.sqlite3")
    db.execute(
        "CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT UNIQUE, size INTEGER,"
        " created_at TEXT)"
    )
    first = insert_row(db, "thing", {"name": "а", "size": 1, "created_at": "t1"})
    second = insert_row(db, "thing", {"name": "б", "size": 2, "created_at": "t1"})
    assert (first, second) == (1, 2)
    update_row(db, "thing", second, {"size": 5})
    values = {"name": "а", "size": 9, "created_at": "t2"}
    insert_row(db, "thing", values, upsert=("name",), keep=("created_at",))
    insert_row(db, "thing", {"name": "в", "size": 3, "created_at": "t2"}, upsert=("name",))
    rows = db.execute("SELECT id, name, size, created_at FROM thing ORDER BY id").fetchall()
    assert rows == [(1, "а", 9, "t1"), (2, "б", 5, "t1"), (3, "в", 3, "t2")]
    db.conn.close()
