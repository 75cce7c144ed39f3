"""A thin read-only table over frozen rows, described by a list of columns (team tables)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DIMMED = "#8a8a8a"  # members no longer on the team


@dataclass(frozen=True)
class TableColumn(Generic[Row]):
    header: str
    display: Callable[[Row], str]
    sort_key: Callable[[Row], object] | None = None  # display text when None
    centered: bool = False


class TeamTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[TableColumn[Row]], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._columns = tuple(columns)
        self._rows: list[Row] = []
        self.dimmed: Callable[[Row], bool] = lambda _row: False
        self.tooltip: Callable[[Row], str] = lambda _row: ""

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.display(row)
        return self._decoration(row, column, role)

    def _decoration(self, row: Row, column: TableColumn[Row], role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column.centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.dimmed(row):
            return QBrush(QColor(DIMMED))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row) or None
        return None
