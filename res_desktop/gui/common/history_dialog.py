"""«Журнал изменений»: the whole log with filters, or one record's «История изменений».

The table fetches the log a page at a time as it scrolls (a log of a million rows opens at
once); «Экспорт в Excel…» writes the filtered log in the background, with progress and cancel.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.audit import AuditFilter
from res_desktop.domain.common.audit import Source
from res_desktop.domain.common.russian import count as count_text
from res_desktop.gui.common import texts
from res_desktop.gui.common.background import ProgressFn
from res_desktop.gui.common.background import run_in_background
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.widgets import button
from res_desktop.gui.common.widgets import widget_row
from res_desktop.services.common.audit import COLUMNS
from res_desktop.services.common.audit import PAGE_SIZE
from res_desktop.services.common.audit import LogLine
from res_desktop.services.common.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
EXPORT_TITLE = "Экспорт журнала изменений"
ALL = "(все)"


class LogModel(QAbstractTableModel):
    """The log's lines, fetched a page at a time as the view scrolls."""

    def __init__(self, ws: Workspace, flt: AuditFilter) -> None:
        super().__init__()
        self._ws = ws
        self.flt = flt
        self.total = 0
        self.lines: list[LogLine] = []
        self.reload(flt)

    def reload(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.flt = flt
        self.total = self._ws.history.count(flt)
        self.lines = self._ws.history.page(flt, offset=0, limit=PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.lines) < self.total

    def fetchMore(self, parent: Index) -> None:
        more = self._ws.history.page(self.flt, offset=len(self.lines), limit=PAGE_SIZE)
        if not more:
            self.total = len(self.lines)
            return
        start = len(self.lines)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.lines.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.cells()[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.text + (
                f"\nПоследнее состояние: {line.last_state}" if line.last_state else ""
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None


class HistoryDialog(QDialog):
    """The whole log (``record`` None) or one record's history, newest first."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        record: AuditFilter | None = None,
        title: str = "Журнал изменений",
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._record = record
        self.export_job: HistoryExport | None = None
        self.setWindowTitle(f"{title} — {texts.APP_TITLE}")
        self.resize(1100, 600)
        self._build_filters()
        self.model = LogModel(ws, self.current_filter())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for index, (_title, width) in enumerate(COLUMNS):
            self.table.setColumnWidth(index, width * 7)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.found = QLabel()
        self.apply_button = button("Приме&нить", self.apply)
        self.apply_button.setDefault(False)
        self.export_button = button("&Экспорт в Excel…", self.export)
        self.close_button = QPushButton("&Закрыть")
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        period = widget_row(QLabel("Период:"), self.since, self.until)
        layout.addLayout(period)
        if record is None:
            layout.addLayout(
                widget_row(
                    ("&Пользователь:", self.user),
                    ("&Раздел:", self.section),
                    ("&Откуда:", self.source),
                )
            )
        layout.addLayout(widget_row(("По&иск:", self.search), self.apply_button))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.found, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.search.returnPressed.connect(self.apply)
        for combo in (self.user, self.section, self.source):
            combo.currentIndexChanged.connect(self.apply)
        for date in (self.since, self.until):
            date.check.toggled.connect(self.apply)
            date.edit.dateChanged.connect(self.apply)
        self._show_found()

    def _build_filters(self) -> None:
        self.since, self.until = OptionalDate("&с"), OptionalDate("&до")
        today = self._ws.today()
        self.since.set_value(None, today.replace(day=1))
        self.until.set_value(None, today)
        self.user = QComboBox()
        self.user.addItem(ALL, None)
        for name in self._ws.history.users():
            self.user.addItem(name, name)
        self.section = QComboBox()
        self.section.addItem(ALL, None)
        for label in self._ws.history.subsystems():
            self.section.addItem(label, label)
        self.source = QComboBox()
        self.source.addItem(ALL, None)
        for source in Source:
            self.source.addItem(source.label, source.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText("название, ИНН, текст")
        self.search.setClearButtonEnabled(True)

    def current_filter(self) -> AuditFilter:
        base = self._record or AuditFilter()
        section = self.section.currentData()
        source = self.source.currentData()
        return AuditFilter(
            since=self.since.value(),
            until=self.until.value(),
            tables=self._ws.history.subsystems()[section] if section else base.tables,
            user=self.user.currentData(),
            source=Source(source) if source else None,
            record=base.record,
            batch_id=base.batch_id,
            text=self.search.text().strip(),
        )

    def apply(self) -> None:
        self.model.reload(self.current_filter())
        self._show_found()

    def _show_found(self) -> None:
        total = self.model.total
        self.found.setText(
            "Изменений не найдено." if total == 0 else f"Найдено изменений: {count_text(total)}."
        )
        self.export_button.setEnabled(total > 0)

    def export(self) -> None:
        name = f"Журнал изменений {self._ws.today():%Y-%m-%d}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self, EXPORT_TITLE, str(Path.home() / name), "Книга Excel (*.xlsx)"
        )
        if chosen:
            self.start_export(Path(chosen))

    def start_export(self, path: Path) -> HistoryExport:
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.export_job = HistoryExport(
            self._ws, self.current_filter(), path, self.model.total, self
        )
        return self.export_job


class HistoryExport:
    """One XLSX export on the pool, with its own read-only connection; progress and «Отмена»."""

    def __init__(
        self, ws: Workspace, flt: AuditFilter, path: Path, total: int, parent: QWidget
    ) -> None:
        self._parent = parent
        self._cancel = threading.Event()
        self.path = path
        self.done: int | None = None
        self.error: BaseException | None = None
        self.dialog = QProgressDialog(
            "Экспорт журнала изменений…", "О&тмена", 0, max(total, 1), parent
        )
        self.dialog.setWindowTitle(EXPORT_TITLE)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)
        db_path, clock, cancelled = ws.path, ws.clock, self._cancel.is_set

        def work(progress: ProgressFn) -> int:
            own = Workspace.open(db_path, clock=clock, read_only=True)
            try:
                return own.history.export_xlsx(
                    flt, path, step=lambda n: progress(n, ""), cancelled=cancelled
                )
            finally:
                own.close()

        self.signals = run_in_background(
            work,
            on_done=self._finished,
            on_error=self._failed,
            on_progress=lambda n, _text: self.dialog.setValue(min(n, self.dialog.maximum())),
        )
        self.dialog.show()

    def cancel(self) -> None:
        self._cancel.set()

    def _close_progress(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()  # no timer of its own may show it again

    @property
    def finished(self) -> bool:
        return self.done is not None or self.error is not None

    def _finished(self, written: int) -> None:
        self.done = written
        stopped = self._cancel.is_set()  # before close(), which emits «canceled»
        self._close_progress()
        if stopped:
            return
        QMessageBox.information(
            self._parent,
            EXPORT_TITLE,
            f"Записано изменений: {count_text(written)}.\nФайл: {self.path}",
        )

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._close_progress()
        QMessageBox.critical(
            self._parent, EXPORT_TITLE, f"Журнал не сохранён: {texts.error_text(error)}"
        )


def open_history(
    ws: Workspace, parent: QWidget, record: AuditFilter | None, title: str
) -> HistoryDialog | None:
    """«История изменений» of one record; a message while it has none (never saved)."""
    if record is None:
        QMessageBox.information(parent, title, "Изменений этой записи пока нет.")
        return None
    dialog = HistoryDialog(ws, parent, record=record, title=title)
    dialog.show()
    return dialog
