"""The imports made into the exporter registry, each of which can be undone as a whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import datetime_short
from res_desktop.gui.common import texts
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.importer import ImportBatch

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HEADERS = ("№", "Файл", "Дата импорта", "Добавлено", "Обновлено", "Отклонено", "Состояние")


class ImportHistoryDialog(QDialog):
    undone = Signal(int)  # the batch id

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._confirm = confirm or self._ask
        self._batches: list[ImportBatch] = []
        self.setWindowTitle("Журнал импорта реестра экспортёров")
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button = QPushButton("&Отменить импорт")
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton("&Закрыть")
        close.clicked.connect(self.reject)
        self.message = wrapped_label()
        buttons = widget_row(self.undo_button)
        buttons.addWidget(close)
        note = wrapped_label(
            "Отмена импорта удаляет добавленные им организации и возвращает изменённым "
            "прежние сведения. Импорты отменяются от последнего к первому."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(860, 420)
        self.reload()

    def reload(self) -> None:
        self._batches = self._ws.exporter_import.batches()
        self.table.setRowCount(len(self._batches))
        for row, batch in enumerate(self._batches):
            state = f"отменён {date_short(batch.undone_at)}" if batch.undone_at else "действует"
            values = (
                str(batch.id), batch.file_name, datetime_short(batch.imported_at),
                str(batch.added), str(batch.updated), str(batch.rejected), state,
            )  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 3, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self._batches:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> ImportBatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self._batches[rows[0].row()] if rows else None

    def select_batch(self, batch_id: int) -> None:
        index = next(i for i, b in enumerate(self._batches) if b.id == batch_id)
        self.table.selectRow(index)

    def _selection_changed(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone_at is not None:
            return
        question = (
            f"Отменить импорт № {batch.id} из файла «{batch.file_name}»? Будут удалены "
            f"добавленные организации ({batch.added}) и восстановлены прежние сведения "
            f"изменённых ({batch.updated})."
        )
        if not self._confirm(question):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._ws.exporter_import.undo(batch.id)
        except ValidationFailed as error:
            self.message.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
            self.message.setText(str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.message.setStyleSheet("")
        self.message.setText(f"Импорт № {batch.id} отменён.")
        self.reload()
        self.undone.emit(batch.id)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, "Отмена импорта", question)
        return answer == QMessageBox.StandardButton.Yes
