"""«Сырьевые и топливные товары»: the ТН ВЭД codes Table 1's non-commodity export leaves out."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.form_dialog import save_buttons
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace

_NOTE = (
    "Показатель 1 таблицы 1 («несырьевой неэнергетический экспорт») и число товарных "
    "позиций не учитывают эти товары: организация, вся продукция которой относится к ним, "
    "в объём не входит. Укажите группу (2 цифры), товарную позицию (4) или субпозицию (6) "
    "ТН ВЭД и сверьте перечень с действующей методикой расчёта."
)


class ExcludedHeadingsDialog(QDialog):
    """The list edited in place and saved whole on «Сохранить»; «Отмена» changes nothing."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.saved = False
        self.setWindowTitle("Сырьевые и топливные товары (исключаются из расчёта)")
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Код ТН ВЭД", "Наименование"])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton("&Добавить строку")
        self.remove_button = QPushButton("&Удалить строку")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label()
        buttons = save_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(_NOTE))
        layout.addWidget(self.table, 1)
        layout.addLayout(widget_row(self.add_button, self.remove_button))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 420)
        for code, title in ws.records.excluded_headings():
            self.add_row(code, title)

    def add_row(self, code: str = "", title: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(code))
        self.table.setItem(row, 1, QTableWidgetItem(title))
        if not code:
            self.table.setCurrentCell(row, 0)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)

    def headings(self) -> list[tuple[str, str]]:
        """The rows as typed; fully blank rows are skipped."""
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in (0, 1)]
            code, title = (cell.text() if cell else "" for cell in cells)
            if code.strip() or title.strip():
                found.append((code, title))
        return found

    def accept(self) -> None:
        try:
            self._ws.records.set_excluded_headings(headings=self.headings())
        except ValidationFailed as failed:
            self.error.setText("\n".join(failed.errors.values()))
            self.error.show()
            return  # the dialog stays open with everything typed
        self.saved = True
        super().accept()
