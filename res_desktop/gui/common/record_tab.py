"""What the record pages' tabs share: a sortable table, buttons, hooks tests can replace."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.headers import keep_last_header
from res_desktop.gui.common.sorting import RussianSortProxy
from res_desktop.gui.common.table_model import SORT_ROLE
from res_desktop.gui.common.table_model import RecordTableModel
from res_desktop.gui.common.widgets import Part
from res_desktop.gui.common.widgets import stack
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.services.common.workspace import Workspace

_ON_TABLE = Qt.ShortcutContext.WidgetShortcut
_ON_TAB = Qt.ShortcutContext.WidgetWithChildrenShortcut
# The keys every record table answers, for «Справка → Сочетания клавиш».
TABLE_KEYS = (
    ("Insert", "добавить запись на открытой вкладке"),
    ("Enter", "изменить выбранную запись"),
    ("Delete", "удалить выбранную запись (после подтверждения)"),
)


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class RecordTab(QWidget):
    """A table over a ``RecordTableModel``; ``changed`` is emitted after every saved edit."""

    changed = Signal()
    # The tab's stored record class: a saved record is selected again by its id, and the
    # selected one is deleted by ``delete_record`` after ``delete_question`` is confirmed.
    record_type: type | None = None

    def __init__(self, model: RecordTableModel[Any], parent: QWidget | None = None) -> None:
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
        keep_last_header(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move rows
        for key, act in (("Return", self.edit_selected), ("Enter", self.edit_selected)):
            shortcut = QShortcut(QKeySequence(key), self.table, context=_ON_TABLE)
            shortcut.activated.connect(act)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, context=_ON_TABLE)
        delete.activated.connect(self.delete_selected)
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
        number = self.model.row_where(predicate)
        if number >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 240))

    def edit_selected(self) -> None:
        """Overridden by tabs that edit rows."""

    def refresh(self) -> None:
        """Overridden by tabs that reload their rows."""

    def remove(self, question: str, delete: Callable[[], object]) -> None:
        """``delete()`` once the user confirms ``question``; the table and the window follow."""
        if self.confirm("Удаление", question):
            delete()
            self.refresh()
            self.changed.emit()

    def selected_record(self) -> Any | None:
        """The selected row if it is a stored ``record_type`` record (one with an id)."""
        row = self.selected_row()
        if self.record_type is None or not isinstance(row, self.record_type):
            return None
        return row if getattr(row, "id", None) is not None else None

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            record_id = record.id
            self.remove(self.delete_question(record), lambda: self.delete_record(record_id))

    def delete_question(self, record: Any) -> str:
        raise NotImplementedError

    def delete_record(self, record_id: int) -> object:
        raise NotImplementedError


class EditableRecordTab(RecordTab):
    """A table with add / edit / delete buttons; subclasses supply the dialog, the deletion and
    the refresh."""

    add_text = "&Добавить…"

    def __init__(self, ws: Workspace, model: Any, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.model.setParent(self)
        self._ws = ws
        self.add_button = QPushButton(self.add_text)
        self.edit_button = QPushButton("&Изменить…")
        self.delete_button = QPushButton("&Удалить")
        self.add_button.clicked.connect(self.add_new)
        insert = QShortcut(QKeySequence("Insert"), self, context=_ON_TAB)
        insert.activated.connect(self.add_new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = wrapped_label()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        """«Изменить…» and «Удалить» act on the selected row: without one they are disabled."""
        has_row = self.table.selectionModel().hasSelection()
        self.edit_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)

    def lay_out(self, *above: Part, below: Sequence[Part] | None = None) -> None:
        """``above``, the table, the add / edit / delete buttons and ``below`` (by default the
        summary), top to bottom."""
        buttons = widget_row(self.add_button, self.edit_button, self.delete_button)
        after = (self.summary,) if below is None else below
        stack(QVBoxLayout(self), *above, (self.table, 1), buttons, *after)

    def dialog(self, row: Any) -> QDialog:
        """The dialog adding (``row`` None) or changing a row; its ``result_value`` is saved."""
        raise NotImplementedError

    def add_new(self) -> None:
        self._run(self.dialog(None))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._run(self.dialog(row))

    def _run(self, dialog: QDialog) -> None:
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            saved = getattr(dialog, "result_value", None)
            self.before_refresh(saved)
            self.refresh()
            self.select_row(lambda row: self.is_saved(row, saved))
            self.changed.emit()

    def before_refresh(self, saved: object) -> None:
        """What the tab adjusts so that the saved row is shown (a filter widened)."""

    def is_saved(self, row: object, saved: object) -> bool:
        """Which row to select after a save."""
        if self.record_type is not None:
            saved_id = getattr(saved, "id", None)
            return isinstance(saved, self.record_type) and getattr(row, "id", None) == saved_id
        return row == saved

    def refresh(self) -> None:
        raise NotImplementedError
