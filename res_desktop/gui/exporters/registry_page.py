"""«Реестр экспортёров» (instrument 9): the table over SQLite windows, search, filters, card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.russian import count
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.query import SortColumn
from res_desktop.gui.common.background import SharedReader
from res_desktop.gui.common.headers import keep_last_header
from res_desktop.gui.common.record_tab import ask_yes_no
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.exporters.company_card import CompanyCard
from res_desktop.gui.exporters.duplicates_dialog import DuplicatesDialog
from res_desktop.gui.exporters.industries_dialog import IndustriesDialog
from res_desktop.gui.exporters.registry_filters import RegistryFilterBar
from res_desktop.gui.exporters.registry_model import COLUMNS
from res_desktop.gui.exporters.registry_model import PAGE_SIZE
from res_desktop.gui.exporters.registry_model import RegistryModel
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace

_WIDTHS = {
    SortColumn.INN: 105,
    SortColumn.NAME: 260,
    SortColumn.STATUS: 170,
    SortColumn.MUNICIPALITY: 190,
    SortColumn.INDUSTRY: 170,
    SortColumn.STAGE: 170,
    SortColumn.COUNTRIES: 150,
}


class RegistryPage(QWidget):
    changed = Signal()
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.heading = QLabel("Реестр экспортёров и потенциальных экспортёров (инструмент 9)")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.filters = RegistryFilterBar()
        self.saved = QComboBox()
        self.saved.setAccessibleName("Сохранённые фильтры")
        self.saved.setMinimumContentsLength(18)
        self.save_filter_button = QPushButton("Со&хранить фильтр…")
        self.delete_filter_button = QPushButton("Удалить фи&льтр")
        self.reset_button = QPushButton("Сб&росить")
        self._select_after: int | None = None  # a company to select once its rows arrive
        self.reader = SharedReader(ws)  # every registry query runs off the GUI thread
        self.destroyed.connect(self.reader.close)
        self.model = RegistryModel(ws.exporters, parent=self, reader=self.reader)
        self.table = self._make_table()
        self.status = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: a query has no steps to count
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Реестр: выполняется запрос")
        self.busy.hide()
        self.buttons = {
            "add": QPushButton("&Добавить…"),
            "card": QPushButton("&Карточка…"),
            "delete": QPushButton("&Удалить"),
            "duplicates": QPushButton("Дублика&ты…"),
            "industries": QPushButton("&Отрасли…"),
            "import": QPushButton("&Импорт…"),
            "export": QPushButton("&Экспорт…"),
        }
        # Replaced in tests: how dialogs run, how questions are asked.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        self.ask_text: Callable[[str, str], str | None] = self._ask_text
        self._connect()
        self._build_layout()
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSortIndicator(COLUMNS.index(SortColumn.NAME), Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in _WIDTHS.items():
            header.resizeSection(COLUMNS.index(column), width)
        keep_last_header(table)
        return table

    def _connect(self) -> None:
        self.filters.query_changed.connect(self._apply_filters)
        self.model.modelReset.connect(self._show_counts)
        self.model.loading_changed.connect(self._show_loading)
        self.model.failed.connect(self._show_failure)
        self._show_loading(self.model.loading)  # the first query started with the model
        self.table.doubleClicked.connect(lambda _index: self.open_card())
        self.saved.activated.connect(self._apply_saved)
        self.save_filter_button.clicked.connect(self.save_current_filter)
        self.delete_filter_button.clicked.connect(self.delete_saved_filter)
        self.reset_button.clicked.connect(self.filters.clear)
        actions = {
            "add": self.add_company,
            "card": self.open_card,
            "delete": self.delete_selected,
            "duplicates": self.show_duplicates,
            "industries": self.edit_industries,
            "import": self.import_requested.emit,
            "export": self.export_requested.emit,
        }
        for name, action in actions.items():
            self.buttons[name].clicked.connect(action)

    def _build_layout(self) -> None:
        saved = widget_row(
            ("Сохранённые фильтр&ы:", self.saved),
            self.save_filter_button,
            self.delete_filter_button,
            self.reset_button,
        )
        names = ("add", "card", "delete", "duplicates", "industries")
        bottom = widget_row(*(self.buttons[name] for name in names))
        bottom.addWidget(self.buttons["import"])
        bottom.addWidget(self.buttons["export"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filters)
        layout.addLayout(saved)
        layout.addWidget(self.table, 1)
        layout.addLayout(widget_row(self.status, self.busy))
        layout.addLayout(bottom)

    # -- the view ----------------------------------------------------------------------
    def query(self) -> RegistryQuery:
        """The current search, filters and order (what «Экспорт…» should write)."""
        return self.model.query()

    def refresh(self) -> None:
        """Re-read everything after an outside change (an import, a merge, a restore)."""
        self.filters.set_values(self._ws.exporters.filter_values())
        self._load_saved()
        self.model.set_query(self.filters.query(self.model.query()))

    def _apply_filters(self) -> None:
        self.model.set_query(self.filters.query(self.model.query()))

    def _show_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total is None:
            total = self._ws.exporters.total()
        self.status.setText(f"Показано {count(shown)} из {count(total)}")
        has_rows = shown > 0
        self.buttons["card"].setEnabled(has_rows)
        self.buttons["delete"].setEnabled(has_rows)
        if self._select_after is not None:
            self.select_company(self._select_after)
            self._select_after = None

    def _show_loading(self, loading: bool) -> None:
        """The last rows stay shown, with the busy bar, until the new query's arrive."""
        self.busy.setVisible(loading)
        if loading:
            self.status.setText("Выполняется запрос к реестру…")
        else:
            self._show_counts()

    def _show_failure(self, message: str) -> None:
        self.status.setText(f"Не удалось прочитать реестр: {message}")

    def selected_id(self) -> CompanyId | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.company_id(index.row()) if index.isValid() else None

    def select_company(self, company_id: int) -> bool:
        """Selects the company if it is on the first page or in rows already read (no full load)."""
        window = max(self.model.cached_rows(), PAGE_SIZE)
        for row in range(min(self.model.rowCount(), window)):
            if self.model.company_id(row) == company_id:
                self.table.selectRow(row)
                return True
        return False

    # -- saved filters -----------------------------------------------------------------
    def _load_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem("—", None)
        for item in self._ws.exporters.saved_filters():
            self.saved.addItem(item.name, item)
        self.delete_filter_button.setEnabled(self.saved.count() > 1)

    def _apply_saved(self, index: int) -> None:
        item = self.saved.itemData(index)
        if item is None:
            return
        query = item.query
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(COLUMNS.index(query.sort), order)
        header.blockSignals(False)
        self.model.set_query(query)
        self.filters.apply(query)

    def _ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def save_current_filter(self) -> None:
        name = self.ask_text("Сохранить фильтр", "Название фильтра:")
        if not name:
            return
        saved = self._ws.exporters.save_filter(name=name, query=self.query())
        self._load_saved()
        self.saved.setCurrentIndex(self.saved.findText(saved.name))

    def delete_saved_filter(self) -> None:
        item = self.saved.currentData()
        if item is None or item.id is None:
            return
        if self.confirm("Удаление фильтра", f"Удалить сохранённый фильтр «{item.name}»?"):
            self._ws.exporters.delete_filter(filter_id=item.id)
            self._load_saved()

    # -- records -----------------------------------------------------------------------
    def _card(self, company_id: int | None) -> CompanyCard:
        return CompanyCard(self._ws, company_id, parent=self)

    def add_company(self) -> None:
        self._run_card(self._card(None))

    def open_card(self) -> None:
        company_id = self.selected_id()
        if company_id is not None:
            self._run_card(self._card(company_id))

    def _run_card(self, card: CompanyCard) -> None:
        self.run_dialog(card)
        if card.saved_any:
            self._select_after = card.company_id  # once the refreshed rows arrive
            self.refresh()
            self.changed.emit()

    def delete_selected(self) -> None:
        company_id = self.selected_id()
        if company_id is None:
            return
        company = self._ws.exporters.company(company_id)
        question = (
            f"Удалить из реестра «{company.short_name or company.full_name}» (ИНН {company.inn}) "
            "вместе с журналом оказанной поддержки?"
        )
        if self.confirm("Удаление", question):
            try:
                self._ws.exporters.delete_company(company_id=company_id)
            except ValidationFailed as error:
                QMessageBox.warning(self, "Удаление невозможно", str(error))
                return
            self.refresh()
            self.changed.emit()

    def show_duplicates(self) -> None:
        dialog = DuplicatesDialog(self._ws, parent=self)
        self._run_and_reload(dialog, lambda: dialog.merged)

    def edit_industries(self) -> None:
        dialog = IndustriesDialog(self._ws, parent=self)
        self._run_and_reload(dialog, lambda: dialog.edited)

    def _run_and_reload(self, dialog: QDialog, changed: Callable[[], object]) -> None:
        """A merge or renamed industries may change any row and the filters' choices."""
        self.run_dialog(dialog)
        if changed():
            self.refresh()
            self.changed.emit()
