"""What the team page's tabs share: a sortable table, buttons, hooks tests can replace."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from res_desktop.gui.common.sorting import RussianSortProxy
from res_desktop.gui.common.table_model import SORT_ROLE, TeamTableModel


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class TeamTab(QWidget):
    """A table over a ``TeamTableModel``; ``changed`` is emitted after every saved edit."""

    changed = Signal()

    def __init__(self, model: TeamTableModel, parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.model = model
        self.proxy = RussianSortProxy(SORT_ROLE, self)
        self.proxy.setSourceModel(model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        # Replaced in tests: how a dialog is run, how a deletion is confirmed.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.table.sortByColumn(column, order)

    def selected_row(self) -> object | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row: object = self.model.row(self.proxy.mapToSource(index).row())
        return row

    def select_row(self, predicate: Callable[[object], bool]) -> None:
        for number, row in enumerate(self.model.rows()):
            if predicate(row):
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())
                return

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 240))

    def edit_selected(self) -> None:
        """Overridden by tabs that edit rows."""
