"""«Целевые показатели»: Table 1 of the Standard for a year, with a chart per indicator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.records.indicators import YEARS
from res_desktop.domain.records.indicators import IndicatorValue
from res_desktop.domain.records.indicators import reference
from res_desktop.gui.common.background import LatestAnswer
from res_desktop.gui.common.charts import chart_view
from res_desktop.gui.common.headers import keep_last_header
from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.common.sorting import RussianSortProxy
from res_desktop.gui.common.table_model import SORT_ROLE
from res_desktop.gui.common.widgets import buddy_label
from res_desktop.gui.common.widgets import pane
from res_desktop.gui.common.widgets import splitter
from res_desktop.gui.records.excluded_dialog import ExcludedHeadingsDialog
from res_desktop.gui.records.indicators_chart import indicator_chart
from res_desktop.gui.records.indicators_dialog import IndicatorDialog
from res_desktop.gui.records.indicators_model import IndicatorsModel
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.records.indicators import IndicatorTable


def indicator_tables(ws: Workspace) -> dict[int, IndicatorTable]:
    """Table 1 for every year: the registry's figures at 100,000 companies take seconds."""
    return {year: ws.records.indicators(year) for year in YEARS}


class IndicatorsPage(RecordPage):
    """Table 1 for the chosen year; ``changed`` is emitted after every saved value.

    The tables are computed on the pool from the page's read-only connection (``computed``
    when they arrive); the last ones stay shown meanwhile, and a newer refresh drops an
    older computation's answer.
    """

    computed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._tables: dict[int, IndicatorTable] = {}
        self._figures = LatestAnswer(ws, self._computed, self._not_computed)
        self.destroyed.connect(self._figures.close)
        self.year = QSpinBox()
        self.year.setRange(YEARS[0], YEARS[-1])
        self.year.setValue(min(max(ws.today().year, YEARS[0]), YEARS[-1]))
        self.year.valueChanged.connect(self._show_year)
        self.model = IndicatorsModel(parent=self)
        self.proxy = RussianSortProxy(SORT_ROLE, self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.edit_button = QPushButton("&Изменить значения…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.excluded_button = QPushButton("Сы&рьевые товары…")
        self.excluded_button.setToolTip("Коды ТН ВЭД, не входящие в несырьевой экспорт")
        self.excluded_button.clicked.connect(self.edit_excluded)
        self.chart = chart_view(220)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Replaced in tests: how the values dialog is run.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self._build_layout()
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Long titles wrap: rows grow again whenever the stretched column changes width.
        table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
        keep_last_header(table)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chart())
        return table

    def _build_layout(self) -> None:
        title = QLabel("Целевые показатели (таблица 1 Стандарта)")
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        label = buddy_label("&Год:", self.year)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(label)
        top.addWidget(self.year)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.excluded_button)
        buttons.addWidget(self.summary, 1)
        upper = pane((self.table, 1), buttons)
        # All seven rows visible at 1024×640.
        split = splitter(Qt.Orientation.Vertical, (upper, 3), (self.chart, 2), sizes=[300, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def edit_excluded(self) -> None:
        """The registry's volumes change with the list: Table 1 is read again."""
        dialog = ExcludedHeadingsDialog(self._ws, self)
        self.run_dialog(dialog)
        if dialog.saved:
            self.refresh()
            self.changed.emit()

    @property
    def computing(self) -> bool:
        return self._figures.busy

    def refresh(self) -> None:
        """Compute every year's table on the pool; shown when it arrives."""
        self.summary.setText("Показатели таблицы 1 рассчитываются по данным базы…")
        self._figures.ask(indicator_tables)

    def _computed(self, tables: dict[int, IndicatorTable]) -> None:
        first = not self._tables
        self._tables = tables
        self._show_year()
        if first:
            self.table.selectRow(0)
        self.computed.emit()

    def _not_computed(self, error: BaseException) -> None:
        self.summary.setText(f"Не удалось рассчитать показатели: {error}")

    def _show_year(self) -> None:
        if not self._tables:
            return  # still being computed: shown when they arrive
        chosen = self.selected_row()
        number = chosen.indicator.number if chosen else None
        rows = self._tables[self.year.value()].rows
        self.model.set_rows(rows)
        self._fit_columns()
        met = sum(1 for r in rows if r.met_plan)
        known = sum(1 for r in rows if r.met_plan is not None)
        self.summary.setText(
            f"План выполнен по {met} из {known} показателей с известным фактом и планом. "
            "Двойной щелчок по строке — ввод значений."
        )
        found = self.model.row_where(lambda r: r.indicator.number == number)
        if found >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(found, 0)).row())
        self._show_chart()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def selected_row(self) -> IndicatorValue | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    def _show_chart(self) -> None:
        row = self.selected_row() or next(iter(self.model.rows()), None)
        if row is None or not self._tables:
            return
        n = row.indicator.number
        lines = {y: t.row(n) for y, t in self._tables.items()}
        actual = {y: r.actual for y, r in lines.items()}
        plan = {y: r.plan for y, r in lines.items()}
        ref = {y: (reference(n, y) or (None, None))[1] for y in YEARS}
        old = self.chart.chart()
        self.chart.setChart(indicator_chart(row.indicator, actual, plan, ref))
        if old is not None:
            old.deleteLater()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return

        def set_value(kind: str, value: float | None) -> None:
            year = 2020 if kind == "base" else row.year
            self._ws.records.set_indicator_value(
                number=row.indicator.number, year=year, kind=kind, value=value
            )

        dialog = IndicatorDialog(set_value, row=row, parent=self)
        accepted = self.run_dialog(dialog) == QDialog.DialogCode.Accepted
        self.refresh()  # a cancelled dialog may have saved some fields before an error
        if accepted or dialog.saved:
            self.changed.emit()
