"""«Дубликаты»: likely pairs (same ОГРН, same name without quotes and legal form), merged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.exporters.query import CompanyRow
from res_desktop.domain.exporters.records import MergeId
from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.record_tab import ask_yes_no
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.service import DuplicateView

_HEADERS = ("Первая запись", "ИНН", "Вторая запись", "ИНН", "Почему похожи")


def _describe(row: CompanyRow) -> str:
    return row.name


class DuplicatesDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.merged = 0
        self.setWindowTitle("Возможные дубликаты")
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setHorizontalHeaderLabels(list(_HEADERS))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = wrapped_label()
        self.keep_first = QRadioButton("Оставить &первую запись")
        self.keep_second = QRadioButton("Оставить &вторую запись")
        self.keep_first.setChecked(True)
        self.merge_button = QPushButton("&Объединить")
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton("От&менить объединение")
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        self.last_merge: MergeId | None = None
        self.warning = error_label()
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        self.error = error_label(hidden=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Закрыть")
        buttons.rejected.connect(self.reject)
        actions = widget_row(self.keep_first, self.keep_second, self.merge_button, self.undo_button)
        self.table.itemSelectionChanged.connect(self._show_warning)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self.pairs: list[DuplicateView] = []
        self.refresh()

    def refresh(self) -> None:
        self.pairs = self._ws.exporters.duplicates()
        self.table.setRowCount(0)
        for view in self.pairs:
            row = self.table.rowCount()
            self.table.insertRow(row)
            reason = view.pair.reason + (
                "; ИНН разные — вероятно, две организации" if view.pair.warning else ""
            )
            cells = (_describe(view.first), view.first.inn, _describe(view.second),
                     view.second.inn, reason)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if view.pair.warning:
                    item.setToolTip(view.pair.warning)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(len(_HEADERS) - 1):
            header = self.table.horizontalHeader()
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self.summary.setText(
            f"Найдено пар возможных дубликатов: {len(self.pairs)}. При объединении списки "
            "продукции, стран, объёмов, потребностей, барьеров и источников объединяются, "
            "журнал поддержки переносится, а удаляемая запись сохраняется в истории."
            if self.pairs
            else "Возможных дубликатов не найдено."
        )
        if self.pairs:
            self.table.selectRow(0)
        self.merge_button.setEnabled(bool(self.pairs))
        self._show_warning()

    def _selected(self) -> DuplicateView | None:
        row = self.table.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _show_warning(self) -> None:
        view = self._selected()
        text = view.pair.warning if view else ""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def merge_selected(self) -> None:
        view = self._selected()
        if view is None:
            return
        keep, remove = (view.first, view.second)
        if self.keep_second.isChecked():
            keep, remove = remove, keep
        question = (
            f"Объединить «{remove.name}» (ИНН {remove.inn}) с записью «{keep.name}» "
            f"(ИНН {keep.inn})? Останется одна запись с ИНН {keep.inn}; объединение можно "
            "будет отменить."
        )
        if view.pair.warning:
            question = f"{view.pair.warning}\n\n{question}"
        if not self.confirm("Объединение записей", question):
            return
        try:
            self._ws.exporters.merge(keep_id=keep.id, remove_id=remove.id)
        except ValidationFailed as failed:
            self.error.setText(" ".join(failed.errors.values()))
            return
        self.error.clear()
        self.merged += 1
        self.last_merge = self._ws.exporters.merge_history(keep.id)[-1].id
        self.undo_button.setEnabled(True)
        self.refresh()

    def undo_last(self) -> None:
        """The merge just made, undone: both records back as they were (issue 15)."""
        if self.last_merge is None:
            return
        try:
            kept, restored = self._ws.exporters.undo_merge(merge_id=self.last_merge)
        except ValidationFailed as failed:
            self.error.setText(" ".join(failed.errors.values()))
            return
        self.error.setText(
            f"Объединение отменено: записи «{kept.short_name or kept.full_name}» и "
            f"«{restored.short_name or restored.full_name}» снова отдельные."
        )
        self.last_merge = None
        self.undo_button.setEnabled(False)
        self.merged += 1  # the registry changed: the page re-reads it
        self.refresh()
