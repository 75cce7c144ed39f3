"""The registry table: reads SQLite in windows of rows, sorts by changing the SQL order.

Issue 6: the registry may hold 100,000 companies; a proxy model sorting them froze the
window for 15 s. Here rowCount() is one count(*) and data() loads the page it needs.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.russian import number
from res_desktop.domain.exporters.query import CompanyRow, RegistryQuery, SortColumn

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_PAGES = 40  # 8,000 rows cached at most, whatever the registry's size
COMPANY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = tuple(SortColumn)


class RegistrySource(Protocol):
    """What the model reads (ExporterService in the app)."""

    def count(self, query: RegistryQuery) -> int: ...

    def page(self, query: RegistryQuery, *, offset: int, limit: int) -> list[CompanyRow]: ...


def fmt_volume(volume: tuple[int, float] | None) -> str:
    if volume is None:
        return ""
    year, amount = volume
    return f"{number(amount, 1, fixed=True)} ({year})"


_DISPLAY: dict[SortColumn, Callable[[CompanyRow], str]] = {
    SortColumn.INN: lambda r: r.inn,
    SortColumn.NAME: lambda r: r.name,
    SortColumn.STATUS: lambda r: r.status.label,
    SortColumn.SME: lambda r: r.sme_category.label,
    SortColumn.MUNICIPALITY: lambda r: r.municipality,
    SortColumn.INDUSTRY: lambda r: r.industry,
    SortColumn.STAGE: lambda r: r.export_stage.label if r.export_stage else "",
    SortColumn.COUNTRIES: lambda r: r.countries,
    SortColumn.VOLUME: lambda r: fmt_volume(r.last_volume),
}


class RegistryModel(QAbstractTableModel):
    def __init__(
        self,
        source: RegistrySource,
        query: RegistryQuery | None = None,
        parent: object = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._source = source
        self._query = query or RegistryQuery()
        self._page_size = page_size
        self._pages: OrderedDict[int, list[CompanyRow]] = OrderedDict()
        self._count = source.count(self._query)

    # -- the query ---------------------------------------------------------------------
    def query(self) -> RegistryQuery:
        return self._query

    def set_query(self, query: RegistryQuery) -> None:
        """A new search, filter or order: one count now, pages when they are shown."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._count = self._source.count(query)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=COLUMNS[column], descending=descending))

    # -- rows ---------------------------------------------------------------------------
    def row(self, number: int) -> CompanyRow | None:
        if not 0 <= number < self._count:
            return None
        rows = self._page(number // self._page_size)
        offset = number % self._page_size
        return rows[offset] if offset < len(rows) else None

    def company_id(self, number: int) -> CompanyId | None:
        found = self.row(number)
        return found.id if found else None

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def _page(self, number: int) -> list[CompanyRow]:
        rows = self._pages.get(number)
        if rows is None:
            offset = number * self._page_size
            rows = self._source.page(self._query, offset=offset, limit=self._page_size)
            self._pages[number] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows

    # -- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].label
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] is SortColumn.COUNTRIES:
            return "Сортировка по названиям стран экспорта, по алфавиту"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in _ROLES:
            return None
        found = self.row(index.row())
        if found is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _DISPLAY[column](found)
        if role == COMPANY_ID_ROLE:
            return int(found.id)
        return self._decoration(found, column, role)

    def _decoration(self, found: CompanyRow, column: SortColumn, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column is SortColumn.NAME:
            return found.full_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column is SortColumn.VOLUME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    COMPANY_ID_ROLE,
}
