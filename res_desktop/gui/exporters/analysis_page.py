"""«Анализ базы экспортёров» (instrument 9): the year's figures, charts by industry or
municipality, the barriers to send with their files and the record of sending them."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.exporters.analysis import FEDERAL_BARRIERS
from res_desktop.domain.exporters.analysis import GroupStats
from res_desktop.domain.exporters.analysis import RegistryAnalysis
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.gui.common import texts
from res_desktop.gui.common.background import ProgressFn
from res_desktop.gui.common.background import run_in_background
from res_desktop.gui.common.charts import chart_view
from res_desktop.gui.common.record_table import sorted_table
from res_desktop.gui.common.table_model import SORT_ROLE
from res_desktop.gui.common.table_model import RecordTableModel
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.gui.exporters.analysis_charts import stacked_chart
from res_desktop.gui.exporters.analysis_models import BarriersModel
from res_desktop.gui.exporters.analysis_models import DispatchesModel
from res_desktop.gui.exporters.analysis_models import GroupsModel
from res_desktop.gui.exporters.analysis_summary import summary_html
from res_desktop.gui.exporters.analysis_summary import verdicts_html
from res_desktop.gui.exporters.dispatch_dialog import DispatchDialog
from res_desktop.gui.exporters.federal_bodies_dialog import FederalBodiesDialog
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.errors import StorageError

GROUPINGS = (("industry", "По отраслям"), ("municipality", "По муниципальным образованиям"))
STAGE_KEYS = [(s.value, s.label) for s in ExportStage] + [("", "этап не определён")]
KIND_ROLE = Qt.ItemDataRole.UserRole


def _table(
    model: RecordTableModel,  # type: ignore[type-arg]
    stretch: tuple[int, ...] = (),
    sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
) -> QTableView:
    return sorted_table(model, SORT_ROLE, stretch, sort, wrap=True)[0]


@dataclass(frozen=True)
class AnalysisView:
    """Everything the page shows for a year, computed together (off the GUI thread)."""

    year: int
    analysis: RegistryAnalysis
    verdicts: str  # HTML
    dispatches: tuple[Any, ...]
    barriers: tuple[Any, ...]


def compute_view(ws: Workspace, year: int, kinds: list[Barrier]) -> AnalysisView:
    """The year's figures; touches no widget, so it may run on the pool."""
    analysis = ws.exporter_analysis
    return AnalysisView(
        year=year,
        analysis=analysis.analysis(year),
        verdicts=verdicts_html(ws, year, analysis.has_records()),
        dispatches=tuple(analysis.dispatches(year)),
        barriers=tuple(analysis.barriers_to_send(year, kinds)),
    )


class ExporterAnalysisPage(QWidget):
    """``background``: figures computed on the pool with their own connection (issue 17: 2 s
    at 100,000 companies froze the window on every opening and year change); a result for a
    year no longer asked for is dropped."""

    changed = Signal()
    computed = Signal()  # a result was applied (tests wait for it)

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, background: bool = False
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._background = background
        self._asked = 0  # the number of the latest refresh; older results are stale
        self._job: object = None
        self.analysis: RegistryAnalysis | None = None
        self.busy = QLabel("Идёт расчёт показателей…")
        self.busy.hide()
        self.year = QSpinBox()
        self.grouping = QComboBox()
        for key, label in GROUPINGS:
            self.grouping.addItem(label, key)
        self.summary = wrapped_label()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stage_view, self.needs_view, self.barriers_view = (chart_view(240) for _ in range(3))
        self.groups_model = GroupsModel(parent=self)
        self.barriers_model = BarriersModel(parent=self)
        self.dispatches_model = DispatchesModel(parent=self)
        self.kinds = QListWidget()
        self.verdicts = wrapped_label()
        self.verdicts.setTextFormat(Qt.TextFormat.RichText)
        self.verdicts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._build_layout()
        self._set_years()
        self.year.valueChanged.connect(lambda _: self.refresh())
        self.grouping.currentIndexChanged.connect(lambda _: self._show_groups())
        self.kinds.itemChanged.connect(lambda _: self._show_barriers())
        if not background:
            self.refresh()  # in the background: when the page is first shown

    # -- layout ----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        top = widget_row(("&Год анализа:", self.year), ("Группировк&а:", self.grouping), self.busy)
        heading = QLabel("Анализ базы экспортёров (инструмент 9)")
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(self.summary), "Сво&дка")
        self.tabs.addTab(self.stage_view, "&Этапы")
        self.tabs.addTab(self.needs_view, "Пот&ребности")
        self.tabs.addTab(self.barriers_view, "&Барьеры")
        self.tabs.addTab(
            _table(self.groups_model, (0,), (1, Qt.SortOrder.DescendingOrder)), "&Таблица"
        )
        self.tabs.addTab(self._sending_tab(), "&Направление барьеров")
        self.tabs.addTab(self._scrolled(self.verdicts), "&Инструмент 9")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _scrolled(label: QLabel) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(label)
        label.setContentsMargins(8, 8, 8, 8)
        return area

    def _sending_tab(self) -> QWidget:
        for kind in Barrier:
            item = QListWidgetItem(kind.label)
            item.setData(KIND_ROLE, kind.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = kind in FEDERAL_BARRIERS
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.kinds.addItem(item)
        self.kinds.setWordWrap(True)
        self.kinds.setFixedWidth(300)
        self.xlsx_button = QPushButton("Барьеры в &XLSX…")
        self.xlsx_button.clicked.connect(self.choose_xlsx_path)
        self.pdf_button = QPushButton("Приложение P&DF…")
        self.pdf_button.clicked.connect(self.choose_pdf_path)
        self.dispatch_button = QPushButton("&Отметить отправку…")
        self.dispatch_button.clicked.connect(self.mark_dispatch)
        self.delete_button = QPushButton("&Удалить отметку")
        self.delete_button.clicked.connect(self.delete_selected_dispatch)
        self.bodies_button = QPushButton("Пере&чень федеральных органов…")
        self.bodies_button.clicked.connect(self.edit_federal_bodies)
        self.barriers_table = _table(
            self.barriers_model, (0, 2, 3), (1, Qt.SortOrder.DescendingOrder)
        )
        self.dispatches_table = _table(self.dispatches_model, (2,))
        left = QVBoxLayout()
        left.addWidget(QLabel("Виды барьеров для направления:"))
        left.addWidget(self.kinds)
        right = QVBoxLayout()
        right.addWidget(self.barriers_table, 2)
        buttons = widget_row(self.xlsx_button, self.pdf_button, self.dispatch_button)
        right.addLayout(buttons)
        right.addWidget(QLabel("Направленные письма:"))
        right.addWidget(self.dispatches_table, 1)
        right.addLayout(widget_row(self.delete_button, self.bodies_button))
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.addLayout(left)
        row.addLayout(right, 1)
        return tab

    def _set_years(self) -> None:
        today = self._ws.today()
        start = self._ws.region.require_profile().start_year
        self.year.setRange(min(start, today.year), today.year)
        self.year.setValue(today.year)

    # -- data ------------------------------------------------------------------------------
    def selected_kinds(self) -> list[Barrier]:
        items = (self.kinds.item(n) for n in range(self.kinds.count()))
        return [
            Barrier(i.data(KIND_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]

    def groups(self) -> tuple[GroupStats, ...]:
        if self.analysis is None:
            return ()
        if self.grouping.currentData() == "municipality":
            return self.analysis.by_municipality
        return self.analysis.by_industry

    def refresh(self) -> None:
        year, kinds = self.year.value(), self.selected_kinds()
        self._asked += 1
        if not self._background:
            self._apply(self._asked, compute_view(self._ws, year, kinds))
            return
        asked, path, clock = self._asked, self._ws.path, self._ws.clock
        self.busy.show()

        def work(_progress: ProgressFn) -> AnalysisView:
            ws = Workspace.open(path, clock=clock)  # its own connection, on the pool
            try:
                return compute_view(ws, year, kinds)
            finally:
                ws.close()

        self._job = run_in_background(
            work,
            on_done=lambda view: self._apply(asked, view),
            on_error=lambda error: self._failed(asked, error),
        )

    def _apply(self, asked: int, view: AnalysisView) -> None:
        if asked != self._asked:
            return  # a later year or a later change was asked for meanwhile
        self.busy.hide()
        self.analysis = view.analysis
        self.summary.setText(summary_html(view.analysis))
        self.verdicts.setText(view.verdicts)
        self.dispatches_model.set_rows(list(view.dispatches))
        self._show_groups()
        self._set_barriers(list(view.barriers))
        self.computed.emit()

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self.busy.hide()
        QMessageBox.warning(self, "Анализ не выполнен", texts.error_text(error))

    def _show_groups(self) -> None:
        groups, where = self.groups(), self.grouping.currentText().lower()
        self.groups_model.set_rows(groups)
        need_keys = [(n.value, n.label) for n in Need]
        barrier_keys = [(b.value, b.label) for b in Barrier]
        self.stage_view.setChart(
            stacked_chart(f"Этапы экспортного проекта {where}", groups, _stages, STAGE_KEYS)
        )
        self.needs_view.setChart(
            stacked_chart(f"Потребности в поддержке {where}", groups, _needs, need_keys)
        )
        self.barriers_view.setChart(
            stacked_chart(f"Барьеры {where}", groups, _barriers, barrier_keys)
        )

    def _show_barriers(self) -> None:
        kinds = self.selected_kinds()
        self._set_barriers(
            list(self._ws.exporter_analysis.barriers_to_send(self.year.value(), kinds))
        )

    def _set_barriers(self, rows: list[Any]) -> None:
        self.barriers_model.set_rows(rows)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(bool(self.selected_kinds()))

    # -- files and letters -------------------------------------------------------------------
    def save_barriers_xlsx(self, path: Path) -> Path:
        return self._ws.exporter_analysis.export_barriers_xlsx(
            self.year.value(), path, self.selected_kinds()
        )

    def save_annex_pdf(self, path: Path) -> Path:
        return self._ws.exporter_analysis.export_barriers_pdf(
            self.year.value(), path, self.selected_kinds()
        )

    def choose_xlsx_path(self) -> None:
        self._save_as("Барьеры экспортёров {year}.xlsx", "Excel (*.xlsx)", self.save_barriers_xlsx)

    def choose_pdf_path(self) -> None:
        self._save_as("Приложение. Барьеры экспортёров {year}.pdf", "PDF (*.pdf)",
                      self.save_annex_pdf)  # fmt: skip

    def _save_as(self, name: str, kind: str, save: object) -> None:
        suggested = Path.home() / name.format(year=self.year.value())
        chosen, _ = QFileDialog.getSaveFileName(self, "Сохранить файл", str(suggested), kind)
        if not chosen:
            return
        try:
            save(Path(chosen))  # type: ignore[operator]
        except (StorageError, OSError) as error:
            QMessageBox.warning(self, "Файл не сохранён", str(error))

    def mark_dispatch(self) -> None:
        dialog = DispatchDialog(self._ws, self.year.value(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.dispatch_saved()

    def edit_federal_bodies(self) -> None:
        dialog = FederalBodiesDialog(self._ws, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.dispatch_saved()

    def dispatch_saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def delete_selected_dispatch(self) -> None:
        rows = self.dispatches_table.selectionModel().selectedRows()
        if not rows:
            return
        proxy = self.dispatches_table.model()
        source = proxy.mapToSource(rows[0])  # type: ignore[attr-defined]
        dispatch = self.dispatches_model.row(source.row())
        asked = QMessageBox.question(
            self,
            "Удаление отметки",
            f"Удалить отметку о письме № {html.escape(dispatch.outgoing_number)} от "
            f"{date_short(dispatch.sent_on)}?",
        )
        if asked == QMessageBox.StandardButton.Yes and dispatch.id is not None:
            self._ws.exporter_analysis.delete_dispatch(dispatch.id)
            self.dispatch_saved()


def _stages(group: GroupStats) -> tuple[tuple[str, int], ...]:
    return group.stages


def _needs(group: GroupStats) -> tuple[tuple[str, int], ...]:
    return group.needs


def _barriers(group: GroupStats) -> tuple[tuple[str, int], ...]:
    return group.barriers
