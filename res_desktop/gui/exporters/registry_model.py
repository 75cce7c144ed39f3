"""The registry table: reads SQLite in windows of rows, sorts by changing the SQL order.

Issue 6: the registry may hold 100,000 companies; a proxy model sorting them froze the
window for 15 s. Here rowCount() is one count(*) and data() loads the page it needs.

Issue 17: with a ``reader`` (the window's way) no query runs on the GUI thread, whatever it
costs: a new search, filter or order is counted on the pool while the last rows stay shown
(``loading`` is True meanwhile), and a page scrolled into view arrives by ``dataChanged``.
An answer to a query or page that a newer request superseded is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Protocol
from typing import cast

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.russian import number
from res_desktop.domain.exporters.query import CompanyRow
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.query import SortColumn
from res_desktop.gui.common.background import SharedReader
from res_desktop.services.common.workspace import Workspace

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
    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(
        self,
        source: RegistrySource,
        query: RegistryQuery | None = None,
        parent: object = None,
        page_size: int = PAGE_SIZE,
        reader: SharedReader | None = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._source = source
        self._reader = reader
        self._query = self._wanted = query or RegistryQuery()
        self._page_size = page_size
        self._pages: OrderedDict[int, list[CompanyRow]] = OrderedDict()
        self._asked: set[int] = set()  # pages asked of the reader and not yet arrived
        self._generation = 0  # bumped by every new query: older answers are dropped
        self.loading = False
        self.total: int | None = None  # the whole registry's size, read with each query
        self._count = 0 if reader else source.count(self._query)
        if reader is not None:
            self.set_query(self._query)

    # -- the query ---------------------------------------------------------------------
    def query(self) -> RegistryQuery:
        """The last query asked for (its rows may still be on their way)."""
        return self._wanted

    def set_query(self, query: RegistryQuery) -> None:
        """A new search, filter or order: one count (and the first page), pages when shown."""
        self._wanted = query
        if self._reader is None:
            self.beginResetModel()
            self._query = query
            self._pages.clear()
            self._count = self._source.count(query)
            self.endResetModel()
            return
        self._generation += 1
        generation, size = self._generation, self._page_size

        def counted(own: Workspace) -> tuple[int, list[CompanyRow], int]:
            found = own.exporters.count(query)
            first = own.exporters.page(query, offset=0, limit=size) if found else []
            return found, first, own.exporters.total()

        self._set_loading(True)
        self._reader.run(
            counted,
            on_done=partial(self._counted, generation, query),
            on_error=partial(self._failed, generation),
            superseded=lambda: generation != self._generation,
        )

    def _counted(self, generation: int, query: RegistryQuery, answer: object) -> None:
        if generation != self._generation or answer is SharedReader.SKIPPED:
            return  # a newer query is on its way
        found, first, total = cast(tuple[int, list[CompanyRow], int], answer)
        self.beginResetModel()
        self._query, self._count, self.total = query, found, total
        self._pages.clear()
        self._asked.clear()
        if first:
            self._pages[0] = first
        self.endResetModel()
        self._set_loading(False)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._asked.clear()
        self._set_loading(False)
        self.failed.emit(str(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def refresh(self) -> None:
        self.set_query(self._wanted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._wanted, sort=COLUMNS[column], descending=descending))

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

    def pages_asked(self) -> int:
        """Pages asked of the reader that have not arrived yet."""
        return len(self._asked)

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def _page(self, number: int) -> list[CompanyRow]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        offset = number * self._page_size
        if self._reader is not None:
            self._ask_page(number, offset)
            return []  # shown empty until it arrives
        rows = self._source.page(self._query, offset=offset, limit=self._page_size)
        self._keep(number, rows)
        return rows

    def _keep(self, number: int, rows: list[CompanyRow]) -> None:
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _ask_page(self, number: int, offset: int) -> None:
        if number in self._asked or self._reader is None:
            return
        self._asked.add(number)
        query, size, generation = self._query, self._page_size, self._generation
        self._reader.run(
            lambda own: own.exporters.page(query, offset=offset, limit=size),
            on_done=partial(self._page_arrived, generation, number),
            on_error=partial(self._failed, generation),
            superseded=lambda: generation != self._generation,
        )

    def _page_arrived(self, generation: int, number: int, rows: object) -> None:
        if generation != self._generation or rows is SharedReader.SKIPPED:
            return
        self._asked.discard(number)
        assert isinstance(rows, list)
        self._keep(number, rows)
        first = number * self._page_size
        last = min(first + self._page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

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
