"""«Инструменты»: the 15 instruments and the region's own, each opening its checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.checklist.own_instrument_dialog import OwnInstrumentDialog
from res_desktop.gui.checklist.own_instrument_dialog import OwnItemDialog
from res_desktop.gui.checklist.own_offer_dialog import OwnOfferDialog
from res_desktop.gui.checklist.panel import ChecklistPanel
from res_desktop.gui.common import texts
from res_desktop.gui.common.background import LatestAnswer
from res_desktop.gui.common.widgets import pane
from res_desktop.gui.common.widgets import splitter
from res_desktop.services.common.workspace import Workspace

CODE_ROLE = Qt.ItemDataRole.UserRole
COUNTING = "…"  # the percentage column while the figures are computed on the pool
# (code, percent, implemented, own offer's summary or None), one per instrument
Percentages = list[tuple[str, int, bool, str | None]]


def percentages(ws: Workspace, year: int) -> Percentages:
    """Every instrument's progress this year: the checklists of all of them, read on the pool
    (at 100,000 companies instrument 9's items alone take a second)."""
    found: Percentages = []
    for summary in ws.dashboard.summaries(year):
        code, progress = summary.instrument.code, summary.progress
        offer = ws.own_offers.offer(code)
        found.append(
            (code, progress.percent, progress.implemented, offer.summary if offer else None)
        )
    return found


class InstrumentsPage(QWidget):
    """The tree is laid out at once; its percentages arrive from the pool (``counted``), «…»
    until then. A newer refresh drops an older computation's answer."""

    counted = Signal()

    def __init__(self, ws: Workspace, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._figures = LatestAnswer(ws, self._counted, self._not_counted)
        self.destroyed.connect(self._figures.close)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Инструмент", "%"])
        self.tree.setColumnWidth(0, 190)
        self.tree.setRootIsDecorated(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.panel = ChecklistPanel(ws, undo)
        self.panel.changed.connect(self.refresh_tree)
        self.add_own = QPushButton("Собственный инструмент…")
        self.add_own.setToolTip("Добавить инструмент блока IV — собственную практику региона")
        self.add_own.clicked.connect(self.create_own_instrument)
        self.add_own_item = QPushButton("Пункт…")
        self.add_own_item.setToolTip("Добавить пункт в чек-лист собственного инструмента")
        self.add_own_item.clicked.connect(self.create_own_item)
        self.offer_own = QPushButton("Предложение РЭЦ…")
        self.offer_own.setToolTip("Отметить описание инструмента и письмо в РЭЦ (блок IV)")
        self.offer_own.clicked.connect(self.record_own_offer)
        buttons = QGridLayout()  # two rows: the tree stays narrow beside the checklist
        buttons.addWidget(self.add_own, 0, 0, 1, 2)
        buttons.addWidget(self.add_own_item, 1, 0)
        buttons.addWidget(self.offer_own, 1, 1)
        left = pane((self.tree, 1), buttons)
        split = splitter(Qt.Orientation.Horizontal, (left, 0), (self.panel, 1), sizes=[245, 1000])
        QVBoxLayout(self).addWidget(split)
        self.refresh_tree()

    def refresh_tree(self) -> None:
        current = self.current_code()
        self.tree.blockSignals(True)
        self.tree.clear()
        blocks: dict[int, QTreeWidgetItem] = {}
        for instrument in self._ws.checklists.instruments():
            parent = blocks.get(instrument.block)
            if parent is None:
                parent = QTreeWidgetItem([texts.block_title(instrument.block)])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(parent)
                blocks[instrument.block] = parent
            row = QTreeWidgetItem([f"{instrument.label}. {instrument.short_title}", COUNTING])
            row.setData(0, CODE_ROLE, instrument.code)
            row.setToolTip(0, instrument.title)
            row.setToolTip(1, "Выполнение рассчитывается…")
            parent.addChild(row)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.open_instrument(current or "01", reload_panel=current is None)
        self._enable_own_buttons(self.current_code())
        self._count()

    @property
    def counting(self) -> bool:
        return self._figures.busy

    def _count(self) -> None:
        """This year's percentages on the pool, from the page's read-only connection."""
        year = self._ws.today().year
        self._figures.ask(lambda own: percentages(own, year))

    def _counted(self, answer: Percentages) -> None:
        figures = {code: (percent, done, offer) for code, percent, done, offer in answer}
        for row in self._rows():
            code = row.data(0, CODE_ROLE)
            if code not in figures:
                continue
            percent, done, offer = figures[code]
            row.setText(1, f"{percent}%")
            row.setToolTip(1, "")
            if done:
                row.setForeground(1, Qt.GlobalColor.darkGreen)
            if offer:
                row.setToolTip(0, f"{row.toolTip(0)}\n{offer}")
        self.counted.emit()

    def _not_counted(self, _error: BaseException) -> None:
        """Logged by the job; the percentages stay «…», the checklists work as before."""

    def _rows(self) -> list[QTreeWidgetItem]:
        return [
            row
            for b in range(self.tree.topLevelItemCount())
            if (block := self.tree.topLevelItem(b)) is not None
            for i in range(block.childCount())
            if (row := block.child(i)) is not None
        ]

    def current_code(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, CODE_ROLE) if item else None

    def open_instrument(self, code: str, *, reload_panel: bool = True) -> None:
        if reload_panel and code != self.current_code() and not self.panel.confirm_leave():
            return
        for row in self._rows():
            if row.data(0, CODE_ROLE) == code:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(row)
                self.tree.blockSignals(False)
                if reload_panel:
                    self.panel.show_instrument(code)
                return

    def _current_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        code = current.data(0, CODE_ROLE) if current else None
        if code and not self.panel.confirm_leave():
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(previous)  # type: ignore[arg-type]  # None clears it
            self.tree.blockSignals(False)
            return
        self._enable_own_buttons(code)
        if code:
            self.panel.show_instrument(code)

    def create_own_instrument(self) -> None:
        dialog = OwnInstrumentDialog(self._ws, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            self.refresh_tree()
            self.open_instrument(dialog.created.code)

    def _enable_own_buttons(self, code: str | None) -> None:
        own = bool(code and code.startswith("R"))
        self.add_own_item.setEnabled(own)
        self.offer_own.setEnabled(own)

    def record_own_offer(self) -> None:
        code = self.current_code()
        if code and code.startswith("R"):
            OwnOfferDialog(self._ws, code, self).exec()

    def create_own_item(self) -> None:
        code = self.current_code()
        if not code:
            return
        dialog = OwnItemDialog(self._ws, code, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_tree()
            self.panel.show_instrument(code)
