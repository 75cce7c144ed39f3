"""A read-only, sortable table view over a record model, sorted in Russian order."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableView

from res_desktop.gui.common.headers import keep_last_header
from res_desktop.gui.common.sorting import RussianSortProxy


def sorted_table(
    model: QAbstractItemModel,
    sort_role: int,
    stretch: tuple[int, ...] = (),
    sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
    *,
    wrap: bool = False,
) -> tuple[QTableView, RussianSortProxy]:
    """Rows selected whole; ``stretch`` columns take the spare width; ``wrap`` grows rows."""
    proxy = RussianSortProxy(sort_role)
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(not stretch)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if wrap:
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.sortByColumn(*sort)
    keep_last_header(table)
    return table, proxy
