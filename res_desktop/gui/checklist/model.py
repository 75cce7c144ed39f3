"""The checklist of one instrument and year as a table."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor

from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.russian import date_short
from res_desktop.gui.common import texts
from res_desktop.services.common.results import ChecklistView
from res_desktop.services.common.results import ItemView

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    TITLE = 1
    BASIS = 2
    STATUS = 3
    RESPONSIBLE = 4
    DUE = 5
    EVIDENCE = 6


HEADERS = {
    Column.NUMBER: "№",
    Column.TITLE: "Пункт чек-листа",
    Column.BASIS: "Основание",
    Column.STATUS: "Статус",
    Column.RESPONSIBLE: "Ответственный",
    Column.DUE: "Срок",
    Column.EVIDENCE: "Док.",
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecklistModel(QAbstractTableModel):
    # Filled in below the class, once its static methods exist.
    _ROLES: ClassVar[dict[int, Callable[[ItemView, Column, int], object]]]

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._view: ChecklistView | None = None
        self._rows: tuple[ItemView, ...] = ()

    def set_view(self, view: ChecklistView | None) -> None:
        self.beginResetModel()
        self._view = view
        self._rows = view.items if view else ()
        self.endResetModel()

    def item_view(self, row: int) -> ItemView:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, v in enumerate(self._rows) if v.item.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = Column(index.column())
        getter = self._ROLES.get(int(role))
        return getter(view, column, index.row()) if getter else None

    @staticmethod
    def _foreground(view: ItemView, column: Column, _row: int) -> object:
        return QBrush(QColor(texts.STATUS_COLORS[view.status])) if column == Column.STATUS else None

    @staticmethod
    def _tooltip(view: ItemView, column: Column, _row: int) -> object:
        if column == Column.BASIS:
            return basis_tooltip(view.item)
        if column == Column.TITLE:  # a row shows two lines: the whole text is here
            return view.item.title
        return view.status_note or view.item.hint or view.item.title

    @staticmethod
    def _alignment(_view: ItemView, column: Column, _row: int) -> object:
        if column in (Column.NUMBER, Column.EVIDENCE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(view: ItemView, column: Column, row: int) -> str:
        state = view.state
        return {
            Column.NUMBER: str(row + 1),
            Column.TITLE: view.item.title,
            Column.BASIS: view.item.basis.label.capitalize(),
            Column.STATUS: view.status.label + _status_origin(view),
            Column.RESPONSIBLE: state.responsible,
            Column.DUE: date_short(state.due_date) if state.due_date else "",
            Column.EVIDENCE: str(len(view.evidence)) if view.evidence else "",
        }[column]

    @staticmethod
    def _sort_key(view: ItemView, column: Column, row: int) -> object:
        if column == Column.NUMBER:
            return row
        if column == Column.DUE:
            return view.state.due_date.isoformat() if view.state.due_date else "9999"
        if column == Column.EVIDENCE:
            return len(view.evidence)
        return ChecklistModel._display(view, column, row)


def _status_origin(view: ItemView) -> str:
    """Whose word the status is: set by hand over the records, or taken from them."""
    if view.is_manual:
        return " (вручную)"
    return " (авто)" if view.is_derived else ""


def basis_head(item: ChecklistItem) -> str:
    """Whether the item counts towards the instrument's percent, in one line."""
    if item.basis is Basis.CRITERION:
        return "Критерий внедрения — учитывается в выполнении инструмента."
    return "Рекомендация Стандарта — в выполнение инструмента не входит."


def basis_tooltip(item: ChecklistItem) -> str:
    """Why the item is a criterion or a recommendation, in the Standard's own words."""
    head = basis_head(item)
    return f"{head}\nТекст Стандарта: «{item.basis_quote}»" if item.basis_quote else head


ChecklistModel._ROLES = {
    int(Qt.ItemDataRole.DisplayRole): ChecklistModel._display,
    int(SORT_ROLE): ChecklistModel._sort_key,
    int(Qt.ItemDataRole.ForegroundRole): ChecklistModel._foreground,
    int(Qt.ItemDataRole.ToolTipRole): ChecklistModel._tooltip,
    int(Qt.ItemDataRole.TextAlignmentRole): ChecklistModel._alignment,
}
