"""Table 1 of a year: actual with its source, plan, reference, met / not met in colour."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from res_desktop.domain.common.russian import number
from res_desktop.domain.records.indicators import IndicatorValue
from res_desktop.gui.common import texts
from res_desktop.gui.common.table_model import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


def verdict_text(met: bool | None) -> str:
    return {True: "выполнен", False: "не выполнен", None: "нет данных"}[met]


Column = tuple[str, Callable[[IndicatorValue], object], Callable[[IndicatorValue], object]]
COLUMNS: tuple[Column, ...] = (
    ("№", lambda r: str(r.indicator.number), lambda r: r.indicator.number),
    ("Показатель", lambda r: r.indicator.title, lambda r: r.indicator.title),
    ("Ед. изм.", lambda r: r.indicator.unit, lambda r: r.indicator.unit),
    ("Факт", lambda r: number(r.actual), lambda r: -1e18 if r.actual is None else r.actual),
    ("Источник факта", lambda r: r.source_label, lambda r: r.source_label),
    ("План", lambda r: number(r.plan), lambda r: -1e18 if r.plan is None else r.plan),
    ("План выполнен", lambda r: verdict_text(r.met_plan), lambda r: verdict_text(r.met_plan)),
    ("Эталон", lambda r: r.reference, lambda r: r.reference),
    ("Эталон достигнут", lambda r: verdict_text(r.met_reference),
     lambda r: verdict_text(r.met_reference)),
)  # fmt: skip
VERDICT_COLUMNS = {6: "met_plan", 8: "met_reference"}
CENTERED = {0, 3, 5, 6, 7, 8}


class IndicatorsModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[IndicatorValue] = []

    def set_rows(self, rows: Sequence[IndicatorValue]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> IndicatorValue:
        return self._rows[number]

    def rows(self) -> list[IndicatorValue]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][1](row)
        if role == SORT_ROLE:
            return COLUMNS[column][2](row)
        return self._decoration(row, column, role)

    @staticmethod
    def _decoration(row: IndicatorValue, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in VERDICT_COLUMNS:
            met = getattr(row, VERDICT_COLUMNS[column])
            if met is not None:
                return QBrush(QColor(texts.OK_COLOR if met else texts.OVERDUE_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and row.raw is not None:
            unit = row.indicator.raw_unit
            base = f"; база 2020 г.: {number(row.base)} {unit}" if row.base else ""
            return f"Значение: {number(row.raw)} {unit}{base}".strip()
        return None
