"""One instrument's checklist for a year: the table, the item editor and the evidence."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.progress import advice_label
from res_desktop.gui.checklist.evidence_actions import EvidenceActions
from res_desktop.gui.checklist.evidence_panel import EvidencePanel
from res_desktop.gui.checklist.item_editor import ItemEditor
from res_desktop.gui.checklist.model import SORT_ROLE
from res_desktop.gui.checklist.model import ChecklistModel
from res_desktop.gui.checklist.model import Column
from res_desktop.gui.checklist.undo import SaveItemCommand
from res_desktop.gui.common import texts
from res_desktop.gui.common.history_dialog import HistoryDialog
from res_desktop.gui.common.history_dialog import open_history
from res_desktop.gui.common.sorting import RussianSortProxy
from res_desktop.gui.common.widgets import buddy_label
from res_desktop.gui.common.widgets import splitter
from res_desktop.services.checklist.monitoring import monitoring_text
from res_desktop.services.common.results import ChecklistView
from res_desktop.services.common.results import ItemView
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace

Button = QMessageBox.StandardButton


def ask_unsaved(parent: QWidget, title: str) -> QMessageBox.StandardButton:
    return QMessageBox.question(
        parent,
        "Несохранённые изменения",
        f"Пункт «{title}» изменён, но не сохранён. Сохранить изменения?",
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )


MIN_TITLE_WIDTH = 220  # the item's text stays readable: columns make way for it
RESPONSIBLE_WIDTH = 170
EDITOR_MIN_WIDTH = 360  # the item editor beside the table: its fields and «Сохранить пункт»
TITLE_LINES = 2  # a row shows this many lines of the item; its tooltip has the whole text
FOLDING = (Column.RESPONSIBLE, Column.BASIS)  # hidden in this order when the table is narrow


class ChecklistTable(QTableView):
    """Rows of at most two lines, and the item's column never narrower than it can be read:
    on a narrow window the responsible and the basis (both in the editor below) make way."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def _widths(self) -> dict[Column, int]:
        """What each column but the item's needs to show its header and its values."""
        header = self.horizontalHeader()
        widths: dict[Column, int] = {
            column: max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
            for column in Column
            if column is not Column.TITLE
        }
        widths[Column.RESPONSIBLE] = RESPONSIBLE_WIDTH
        return widths

    def least_width(self) -> int:
        """The narrowest table whose item column stays readable, the folding columns hidden."""
        kept = sum(w for c, w in self._widths().items() if c not in FOLDING)
        chrome = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return kept + MIN_TITLE_WIDTH + chrome

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        widths = self._widths()
        room = self.viewport().width()
        hidden: set[Column] = set()
        for column in FOLDING:
            if room - sum(w for c, w in widths.items() if c not in hidden) >= MIN_TITLE_WIDTH:
                break
            hidden.add(column)
        for column in FOLDING:
            self.setColumnHidden(column, column in hidden)
        # Narrower still, the item keeps its width and the table scrolls sideways.
        fits = room - sum(w for c, w in widths.items() if c not in hidden) >= MIN_TITLE_WIDTH
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(Column.TITLE, mode)
        if not fits:
            header.resizeSection(Column.TITLE, MIN_TITLE_WIDTH)

    def fit_rows(self) -> None:
        self.resizeRowsToContents()
        cap = TITLE_LINES * self.fontMetrics().lineSpacing() + 10
        for row in range(self.model().rowCount()):
            if self.rowHeight(row) > cap:
                self.setRowHeight(row, cap)


class ChecklistPanel(EvidenceActions, QWidget):
    changed = Signal()
    message = Signal(str)

    def __init__(self, ws: Workspace, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._undo = ws, undo
        self._code: str | None = None
        self._view: ChecklistView | None = None
        self._shown: ItemView | None = None
        self._restoring = False
        self._discard_typed = False
        self.ask_unsaved = ask_unsaved
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.year = QComboBox()
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.setToolTip("Год чек-листа: прошлые годы доступны для просмотра и правки")
        self.progress = QProgressBar()
        self.progress.setFormat("критерии: %p%")
        self.badge = QLabel()
        self.advice = QLabel()
        self.advice.setToolTip(
            "Рекомендации Стандарта выполняются по желанию региона и в процент выполнения "
            "инструмента не входят: он считается по критериям внедрения"
        )
        self.copy_button = QPushButton("Копировать для &мониторинга")
        self.copy_button.setToolTip(
            "Поместить состояние инструмента, пункты и документы в буфер обмена — для "
            "переноса в систему онлайн-мониторинга РЭЦ"
        )
        self.history_button = QPushButton("История и&зменений…")
        self.history_button.setToolTip("Кто, когда и что менял в выбранном пункте")
        self.model = ChecklistModel(self)
        self.proxy = RussianSortProxy(SORT_ROLE, self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.editor = ItemEditor()
        self.evidence = EvidencePanel()
        self._wire()
        self._build_layout()

    def _make_table(self) -> ChecklistTable:
        table = ChecklistTable()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.RESPONSIBLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.RESPONSIBLE, RESPONSIBLE_WIDTH)
        header.setStretchLastSection(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move between items
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        return table

    def _wire(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.editor.save_requested.connect(self.save_current)
        self.copy_button.clicked.connect(self.copy_for_monitoring)
        self.history_button.clicked.connect(self.show_history)
        self.evidence.add_document_requested.connect(self.add_document)
        self.evidence.attach_file_requested.connect(self.choose_file)
        self.evidence.add_link_requested.connect(self.add_link)
        self.evidence.open_requested.connect(self.open_evidence)
        self.evidence.edit_requested.connect(self.edit_evidence)
        self.evidence.save_copy_requested.connect(self.save_copy)
        self.evidence.remove_requested.connect(self.remove_evidence)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label("&Год:", self.year))
        top.addWidget(self.year)
        top.addWidget(self.progress, 1)
        top.addWidget(self.advice)
        top.addWidget(self.badge)
        self._actions = QHBoxLayout()  # beside the progress, or under it on a narrow panel
        self._actions.addStretch(1)
        self._actions.addWidget(self.copy_button)
        self._actions.addWidget(self.history_button)
        top.addLayout(self._actions)
        self._top = top
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.editor)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroller, "Пунк&т")
        self.tabs.addTab(self.evidence, "Подтверждающие мат&ериалы")
        split = splitter(
            Qt.Orientation.Horizontal, (self.table, 3), (self.tabs, 2), sizes=[560, 380]
        )
        self.split = split
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._actions_under = False

    def side_by_side_width(self) -> int:
        """The panel's width from which the editor fits beside a readable table: measured
        from the table's columns and the editor's need, not a fixed guess of the window."""
        margins = self._layout.contentsMargins()
        chrome = margins.left() + margins.right() + self.split.handleWidth()
        return self.table.least_width() + EDITOR_MIN_WIDTH + chrome

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side where both fit; on a narrow window the editor goes under the table."""
        super().resizeEvent(event)
        self._arrange()

    def _place_actions(self) -> None:
        """The buttons go under the progress when beside it they would be cut (1024×640)."""
        parts = (self.year, self.progress, self.advice, self.badge)
        needed = sum(w.sizeHint().width() for w in parts) + 60
        needed += self.copy_button.sizeHint().width() + self.history_button.sizeHint().width()
        under = self.width() < needed
        if under == self._actions_under:
            return
        self._actions_under = under
        if under:
            self._top.removeItem(self._actions)
            self._layout.insertLayout(self._layout.indexOf(self.split), self._actions)
        else:
            self._layout.removeItem(self._actions)
            self._top.addLayout(self._actions)

    def _arrange(self) -> None:
        """Again after each load: the columns' widths come from the items shown."""
        self._place_actions()
        side_by_side = self.width() >= self.side_by_side_width()
        wanted = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
            self._share_split()
        elif side_by_side and self.split.sizes()[0] < self.table.least_width():
            self._share_split()  # the table would scroll sideways with room to spare

    def _share_split(self) -> None:
        """Beside the table the editor gets what it needs and the table the rest; one under
        the other, half each."""
        if self.split.orientation() is Qt.Orientation.Vertical:
            half = self.split.height() // 2
            self.split.setSizes([half, half])
            return
        room = self.split.width() - self.split.handleWidth()
        # The table no wider than it stays readable, or than 55 %: the editor's lines wrap less.
        table = max(self.table.least_width(), room * 55 // 100)
        self.split.setSizes([table, room - table])

    # -- showing -----------------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """Before the edited item goes off screen: save it, drop it, or stay."""
        shown = self._shown
        if shown is None or not self.editor.is_dirty():
            return True
        answer = self.ask_unsaved(self, shown.item.title)
        if answer == Button.Save:
            return self._save(shown)
        return answer == Button.Discard

    def _year_changed(self) -> None:
        if self._restoring:
            return
        if self.confirm_leave():
            self._year = self.current_year()
            self.reload()
            return
        self._restoring = True
        self.year.setCurrentIndex(self.year.findData(self._year))
        self._restoring = False

    def show_instrument(self, code: str) -> None:
        self._code = code
        instrument = self._ws.checklists.instrument(code)
        profile = self._ws.region.require_profile()
        this_year = self._ws.today().year
        self.year.blockSignals(True)
        self.year.clear()
        for year in range(this_year, min(profile.start_year, this_year) - 1, -1):
            self.year.addItem(f"{year} ({profile.implementation_year(year)}-й год)", year)
        self.year.setEnabled(instrument.kind is Kind.ANNUAL)
        self.year.blockSignals(False)
        self._year = self.current_year()
        self.reload()

    def current_year(self) -> int:
        return int(self.year.currentData() or self._ws.today().year)

    def reload(self) -> None:
        if self._code is None:
            return
        selected = self._selected_key()
        view = self._ws.checklists.checklist(self._code, self.current_year())
        self._view = view
        instrument = view.instrument
        self.heading.setText(f"Инструмент {instrument.label}. {instrument.title}")
        kind = instrument.kind.label
        if instrument.kind is Kind.ONE_TIME:
            kind += " (состояние сохраняется на весь период)"
        self.details.setText(
            f"{texts.block_title(instrument.block)} · {kind} · {instrument.funding.label}"
        )
        self.progress.setValue(view.progress.percent)
        self.advice.setText(advice_label(view.advice) if view.advice.total_items else "")
        done = view.progress.implemented
        self.badge.setText(texts.IMPLEMENTED if done else "")
        self.badge.setStyleSheet(f"color: {texts.OK_COLOR}; font-weight: bold;")
        self._restoring = True
        self.model.set_view(view)
        self.table.fit_columns()
        self.table.fit_rows()
        self._arrange()
        self._restoring = False
        self._select_key(selected)

    def _selected_key(self) -> str | None:
        view = self.current_item()
        return view.item.key if view else None

    def _select_key(self, key: str | None) -> None:
        row = self.model.row_of(key) if key else -1
        row = row if row >= 0 else 0
        if self.model.rowCount() == 0:
            self._show_current()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._row_changed()

    def current_item(self) -> ItemView | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.item_view(self.proxy.mapToSource(index).row())

    def select_item(self, key: str) -> None:
        self._select_key(key)

    def _row_changed(self, current: object = None, previous: object = None) -> None:
        if self._restoring:
            return
        if isinstance(previous, QModelIndex) and previous.isValid() and not self.confirm_leave():
            self._restoring = True
            self.table.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._restoring = False
            return
        self._show_current()

    def _show_current(self) -> None:
        """Refreshing the same item keeps what the user typed but has not saved yet."""
        view = self.current_item()
        same = bool(view and self._shown and view.item.key == self._shown.item.key)
        typed = self.editor.values() if same and self.editor.is_dirty() else None
        self._shown = view
        self.editor.show_item(view, self._ws.today())
        if typed is not None and not self._discard_typed:
            self.editor.set_values(typed)
        self.evidence.setEnabled(view is not None)
        self.evidence.show_evidence(view.evidence if view else ())
        count = len(view.evidence) if view else 0
        self.tabs.setTabText(1, f"Подтверждающие мат&ериалы ({count})")

    # -- editing -----------------------------------------------------------------------
    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _after_undo(self) -> None:
        """Undo shows the restored state, replacing anything typed since."""
        self._discard_typed = True
        try:
            self._after_change()
        finally:
            self._discard_typed = False

    def save_current(self) -> bool:
        view = self.current_item()
        return view is not None and self._save(view)

    def _save(self, view: ItemView) -> bool:
        if self._code is None:
            return False
        try:
            before, after = self._ws.checklists.save_item(
                code=self._code,
                key=view.item.key,
                year=self._year,
                edit=self.editor.values(),
            )
        except ValidationFailed as error:
            self.editor.show_errors(error.errors)
            return False
        self._undo.push(SaveItemCommand(self._ws.checklists, before, after, self._after_undo))
        self._after_change()
        return True

    def show_history(self) -> HistoryDialog | None:
        """«История изменений» of the selected item in this year's checklist."""
        view = self.current_item()
        if self._code is None or view is None:
            return None
        record = self._ws.history.item_filter(self._code, view.item.key, self._year)
        return open_history(self._ws, self, record, f"История изменений: {view.item.title}")

    def copy_for_monitoring(self) -> str:
        if self._code is None:
            return ""
        text = monitoring_text(self._ws.checklists, self._code, self._year)
        _copy_text(text)
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            "Сведения об инструменте скопированы в буфер обмена.", 5000
        )
        return text


def _copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
