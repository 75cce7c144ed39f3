"""One read-only table over frozen records, described by a list of columns (every record table).

A table gives its columns to the constructor, or a subclass declares them as ``columns``. What
differs between tables is set per table (``tooltip``, ``colour``) or overridden per cell
(``cell_colour``, ``cell_tooltip``).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar
from typing import Generic
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DIMMED = "#8a8a8a"  # records no longer in force, e.g. members no longer on the team


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A header, the text shown, a sort key other than the text (None: the text), centring."""

    header: str
    text: Callable[[Row], str]
    sort: Callable[[Row], object] | None = None
    centered: bool = False


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    columns: Sequence[Column[Row]] = ()
    text_tooltips: ClassVar[bool] = False
    """True: a cell's tooltip is its own text (tables of long texts cut off by the column)."""

    def __init__(self, columns: Sequence[Column[Row]] | None = None, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        if columns is not None:
            self.columns = tuple(columns)
        self._rows: list[Row] = []
        self.tooltip: Callable[[Row], str] = lambda _row: ""
        self.colour: Callable[[Row], str | None] = lambda _row: None
        self.coloured_headers: set[str] = set()
        """The columns ``colour`` applies to; empty: the whole row."""

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_where(self, found: Callable[[Row], bool]) -> int:
        """The number of the first row ``found`` accepts; -1 when none does."""
        return next((number for number, row in enumerate(self._rows) if found(row)), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, number = self._rows[index.row()], index.column()
        column = self.columns[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        return self._decoration(row, number, role)

    def _decoration(self, row: Row, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[column].centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.cell_colour(row, column)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(row, column) or None
        return None

    def cell_colour(self, row: Row, column: int) -> str | None:
        """A cell's text colour, None for the palette's: the row's ``colour`` by default."""
        coloured = not self.coloured_headers or self.columns[column].header in self.coloured_headers
        return self.colour(row) if coloured else None

    def cell_tooltip(self, row: Row, column: int) -> str | None:
        return self.columns[column].text(row) if self.text_tooltips else self.tooltip(row)
