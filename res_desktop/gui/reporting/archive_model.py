"""The report archive as a table."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt

from res_desktop.domain.common.calendar import quarterly_report_due
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import datetime_short
from res_desktop.gui.common import texts
from res_desktop.gui.common.table_model import Column
from res_desktop.gui.common.table_model import RecordTableModel
from res_desktop.reports.common.data import ReportKind
from res_desktop.storage.reporting.archive_repo import ArchivedReport


class ArchiveColumn(IntEnum):
    PERIOD = 0
    KIND = 1
    GENERATED = 2
    PAGES = 3
    STATUS = 4
    SHA = 5


def kind_text(report: ArchivedReport) -> str:
    """The kind's label; a kind this build does not know is shown as stored."""
    try:
        return ReportKind(report.kind).label
    except ValueError:
        return report.kind


def report_due(report: ArchivedReport) -> dt.date | None:
    """The quarterly report's deadline (the Standard sets none here for the annual one)."""
    if report.kind != ReportKind.QUARTERLY.value or report.quarter is None:
        return None
    return quarterly_report_due(report.year, report.quarter)


def late_note(sent_on: dt.date, due: dt.date | None) -> str:
    """What the archive and the dialog say of a report sent after its deadline."""
    if due is None or sent_on <= due:
        return ""
    return f"позже срока: не позднее {date_short(due)}, опоздание {(sent_on - due).days} дн."


def status_text(report: ArchivedReport) -> str:
    if report.sent_on is None:
        return "черновик"
    sent = f"отправлен {date_short(report.sent_on)}, исх. № {report.outgoing_number}"
    late = late_note(report.sent_on, report_due(report))
    return f"{sent} ({late})" if late else sent


class ArchiveModel(RecordTableModel[ArchivedReport]):
    columns = (
        Column("Период", lambda r: r.period_label),
        Column("Вид", kind_text),
        Column("Сформирован", lambda r: datetime_short(r.generated_at)),
        Column("Стр.", lambda r: str(r.pages)),
        Column("Состояние", status_text),
        Column("SHA-256", lambda r: r.sha256[:12] + "…"),
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent=parent)
        self.problems: dict[int, str] = {}
        """Reports whose archived file is missing or no longer matches its SHA-256."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        shown = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == ArchiveColumn.STATUS:
            problem = self.problems.get(self.row(index.row()).id)
            return f"{shown}; {problem}" if problem else shown
        return shown

    def cell_colour(self, row: ArchivedReport, column: int) -> str | None:
        if row.id in self.problems:
            return texts.OVERDUE_COLOR
        return texts.OK_COLOR if row.is_sent else None

    def cell_tooltip(self, row: ArchivedReport, column: int) -> str | None:
        return row.sha256 if column == ArchiveColumn.SHA else None
