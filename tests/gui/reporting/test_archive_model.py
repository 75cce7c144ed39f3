"""The archive table names each report's kind by ReportKind's label."""

from __future__ import annotations

import datetime as dt

from res_desktop.gui.reporting.archive_model import ArchiveColumn
from res_desktop.gui.reporting.archive_model import ArchiveModel
from res_desktop.storage.reporting.archive_repo import ArchivedReport
from res_desktop.storage.reporting.archive_repo import ReportId


def _report(report_id: int, kind: str) -> ArchivedReport:
    return ArchivedReport(
        id=ReportId(report_id),
        kind=kind,
        year=2026,
        quarter=3 if kind == "quarterly" else None,
        period_label="III квартал 2026 года",
        generated_at=dt.datetime(2026, 10, 1, 9, 30),
        file_name=f"{report_id}.pdf",
        sha256="0" * 64,
        size=1,
        pages=1,
        sent_on=None,
        outgoing_number="",
    )


def test_kind_column_shows_the_label_and_an_unknown_kind_as_stored(qtbot) -> None:
    model = ArchiveModel()
    model.set_rows([_report(1, "quarterly"), _report(2, "annual"), _report(3, "monthly")])
    kinds = [model.index(row, ArchiveColumn.KIND).data() for row in range(3)]
    assert kinds == ["квартальный", "годовой", "monthly"]
