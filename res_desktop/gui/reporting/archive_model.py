"""The report archive as a table."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from res_desktop.domain.common.russian import date_short, datetime_short
from res_desktop.gui.common import texts
from res_desktop.reports.common.data import ReportKind
from res_desktop.storage.reporting.archive_repo import ArchivedReport

Index = QModelIndex | QPersistentModelIndex


class ArchiveColumn(IntEnum):
    PERIOD = 0
    KIND = 1
    GENERATED = 2
    PAGES = 3
    STATUS = 4
    SHA = 5


HEADERS = ("Период", "Вид", "Сформирован", "Стр.", "Состояние", "SHA-256")


def kind_text(report: ArchivedReport) -> str:
    """The kind's label; a kind this build does not know is shown as stored."""
    try:
        return ReportKind(report.kind).label
    except ValueError:
        return report.kind


def status_text(report: ArchivedReport) -> str:
    if not report.is_sent:
        return "черновик"
    return f"отправлен {date_short(report.sent_on)}, исх. № {report.outgoing_number}"


class ArchiveModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[ArchivedReport] = []

    def set_reports(self, reports: list[ArchivedReport]) -> None:
        self.beginResetModel()
        self._rows = list(reports)
        self.endResetModel()

    def report(self, row: int) -> ArchivedReport:
        return self._rows[row]

    def row_of(self, report_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == report_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ArchiveColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        report = self._rows[index.row()]
        column = ArchiveColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(report, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == ArchiveColumn.SHA:
            return report.sha256
        if role == Qt.ItemDataRole.ForegroundRole and report.is_sent:
            return QBrush(QColor(texts.OK_COLOR))
        return None

    @staticmethod
    def _display(report: ArchivedReport, column: ArchiveColumn) -> str:
        return {
            ArchiveColumn.PERIOD: report.period_label,
            ArchiveColumn.KIND: kind_text(report),
            ArchiveColumn.GENERATED: datetime_short(report.generated_at),
            ArchiveColumn.PAGES: str(report.pages),
            ArchiveColumn.STATUS: status_text(report),
            ArchiveColumn.SHA: report.sha256[:12] + "…",
        }[column]
