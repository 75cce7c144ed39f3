"""The company card's list tabs: products and countries, volumes, needs, sources, support."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.countries import all_countries
from res_desktop.domain.common.countries import country_code
from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.russian import NumberError
from res_desktop.domain.common.russian import edit_text
from res_desktop.domain.common.russian import parse_number
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.gui.common import texts
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.widgets import widget_row

NO_DATE = QDate(2000, 1, 1)  # shown as «—»: the source's date is not known


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def _add_row(table: QTableWidget, values: tuple[str, ...]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


def _cells(table: QTableWidget) -> list[tuple[str, ...]]:
    found = []
    for row in range(table.rowCount()):
        cells = tuple(
            (item.text() if (item := table.item(row, c)) else "").strip()
            for c in range(table.columnCount())
        )
        if any(cells):
            found.append(cells)
    return found


def _editor(table: QTableWidget, add_text: str, remove_text: str) -> tuple[QWidget, QPushButton]:
    box = QWidget()
    add, remove = QPushButton(add_text), QPushButton(remove_text)
    add.clicked.connect(lambda: _add_blank(table))
    remove.clicked.connect(lambda: table.removeRow(table.currentRow()))
    buttons = widget_row(add, remove)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    layout.addLayout(buttons)
    return box, add


def _add_blank(table: QTableWidget) -> None:
    _add_row(table, tuple("" for _ in range(table.columnCount())))
    table.setCurrentCell(table.rowCount() - 1, 0)
    item = table.item(table.rowCount() - 1, 0)
    assert item is not None  # _add_row has just set it
    table.editItem(item)


class ProductsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.products = _table(("Код ТН ВЭД", "Наименование продукции"))
        products_box, self.add_product = _editor(self.products, "Добавить &товар", "Удалить товар")
        self.products_error = error_label()
        self.countries = QListWidget()
        self.country_choice = QComboBox()
        self.country_choice.setEditable(True)
        self.country_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for country in all_countries():
            if country.code != "RU":
                self.country_choice.addItem(f"{country.name} ({country.code})", country.code)
        self.country_choice.setCurrentIndex(-1)
        line_edit = self.country_choice.lineEdit()
        assert line_edit is not None  # the combo is editable
        line_edit.setPlaceholderText("Начните вводить название страны")
        self.add_country = QPushButton("Добавить стр&ану")
        self.remove_country = QPushButton("Удалить страну")
        self.add_country.clicked.connect(self._add_chosen)
        self.remove_country.clicked.connect(
            lambda: self.countries.takeItem(self.countries.currentRow())
        )
        self.countries_error = error_label()
        chooser = QHBoxLayout()
        chooser.addWidget(self.country_choice, 1)
        chooser.addWidget(self.add_country)
        chooser.addWidget(self.remove_country)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Продукция (коды ТН ВЭД ЕАЭС, 6 знаков):"))
        layout.addWidget(products_box, 1)
        layout.addWidget(self.products_error)
        layout.addWidget(QLabel("Страны экспорта:"))
        layout.addWidget(self.countries, 1)
        layout.addLayout(chooser)
        layout.addWidget(self.countries_error)

    def _add_chosen(self) -> None:
        code = self.country_choice.currentData()
        text = self.country_choice.currentText().strip()
        if code is None or self.country_choice.itemText(self.country_choice.currentIndex()) != text:
            code = country_code(text) or text.upper()
        if code and code not in self.country_codes():
            self.add_country_code(code)
        self.country_choice.setCurrentIndex(-1)
        self.country_choice.clearEditText()

    def add_country_code(self, code: str) -> None:
        item = QListWidgetItem(f"{country_name(code)} ({code})")
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.countries.addItem(item)

    def load(self, products: tuple[Product, ...], countries: tuple[str, ...]) -> None:
        for product in products:
            _add_row(self.products, (product.tnved, product.name))
        for code in countries:
            self.add_country_code(code)

    def product_values(self) -> tuple[Product, ...]:
        return tuple(Product(cells[0], cells[1]) for cells in _cells(self.products))

    def country_codes(self) -> tuple[str, ...]:
        items = (self.countries.item(n) for n in range(self.countries.count()))
        return tuple(str(item.data(Qt.ItemDataRole.UserRole)) for item in items)


class VolumesTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.volumes = _table(("Год", "Объём экспорта, тыс. долл. США"))
        box, self.add_volume = _editor(self.volumes, "Добавить &год", "Удалить год")
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addWidget(self.error)

    def load(self, volumes: tuple[tuple[int, float], ...]) -> None:
        for year, amount in volumes:
            _add_row(self.volumes, (str(year), edit_text(amount)))  # exact: saved back as is

    def values(self) -> tuple[tuple[tuple[int, float], ...], str | None]:
        """The volumes, or the Russian message about the first cell that is not a number."""
        found = []
        for year_text, amount_text in _cells(self.volumes):
            try:
                amount = parse_number(amount_text)
            except NumberError as refused:
                problem = f". {refused}"
            else:
                problem = "" if year_text.isdigit() and year_text.isascii() else "."
            if problem:
                return (), (
                    f"Год и объём указываются числами: «{year_text}», «{amount_text}»{problem}"
                )
            found.append((int(year_text), amount))
        return tuple(found), None


class NeedsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.needs = {need: QCheckBox(need.label) for need in Need}
        self.barriers = {barrier: QCheckBox(barrier.label) for barrier in Barrier}
        self.needs_text = QPlainTextEdit()
        self.barriers_text = QPlainTextEdit()
        for edit in (self.needs_text, self.barriers_text):
            edit.setPlaceholderText("Иное, подробности")
            edit.setMaximumHeight(60)
        layout = QHBoxLayout(self)
        for title, boxes, text in (
            ("Потребности в поддержке", self.needs, self.needs_text),
            ("Барьеры", self.barriers, self.barriers_text),
        ):
            group = QGroupBox(title)
            inner = QVBoxLayout(group)
            for box in boxes.values():
                inner.addWidget(box)
            inner.addWidget(text)
            inner.addStretch(1)
            layout.addWidget(group)

    def load(self, needs: tuple[Need, ...], barriers: tuple[Barrier, ...]) -> None:
        for need in needs:
            self.needs[need].setChecked(True)
        for barrier in barriers:
            self.barriers[barrier].setChecked(True)


class SourcesTab(QWidget):
    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.checks = {source: QCheckBox(source.label) for source in DataSource}
        self.dates: dict[DataSource, QDateEdit] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel("Источник сведений"), 0, 0)
        grid.addWidget(QLabel("Сведения на дату"), 0, 1)
        for row, source in enumerate(DataSource, start=1):
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(texts.DATE_FORMAT_QT)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(texts.NO_DATE)
            edit.setDate(NO_DATE)
            edit.setMaximumDate(to_qdate(today))
            self.dates[source] = edit
            grid.addWidget(self.checks[source], row, 0)
            grid.addWidget(edit, row, 1)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def load(self, sources: tuple[tuple[DataSource, dt.date | None], ...]) -> None:
        for source, day in sources:
            self.checks[source].setChecked(True)
            if day is not None:
                self.dates[source].setDate(to_qdate(day))

    def values(self) -> tuple[tuple[DataSource, dt.date | None], ...]:
        found = []
        for source, box in self.checks.items():
            if box.isChecked():
                date = self.dates[source].date()
                found.append((source, None if date == NO_DATE else from_qdate(date)))
        return tuple(found)


def form_row(form: QFormLayout, text: str, widget: QWidget) -> QLabel:
    """A form row with its error line under it; returns the error label."""
    form.addRow(text, widget)
    label = error_label()
    form.addRow("", label)
    return label
