"""The evidence of one item: documents, attached files, links."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from res_desktop.domain.checklist.model import EvidenceItem


class EvidencePanel(QWidget):
    add_document_requested = Signal()
    attach_file_requested = Signal()
    add_link_requested = Signal()
    open_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(self._of(item)))
        self.list.currentRowChanged.connect(self._selection_changed)
        self.add_document = QPushButton("&Документ…")
        self.attach_file = QPushButton("Фа&йл…")
        self.add_link = QPushButton("Сс&ылка…")
        self.open_button = QPushButton("&Открыть")
        self.remove_button = QPushButton("&Удалить")
        self.add_document.clicked.connect(self.add_document_requested)
        self.attach_file.clicked.connect(self.attach_file_requested)
        self.add_link.clicked.connect(self.add_link_requested)
        self.open_button.clicked.connect(lambda: self._emit_current(self.open_requested))
        self.remove_button.clicked.connect(lambda: self._emit_current(self.remove_requested))
        layout = QGridLayout(self)
        layout.addWidget(self.list, 0, 0, 1, 5)
        for column, button in enumerate(
            (
                self.add_document,
                self.attach_file,
                self.add_link,
                self.open_button,
                self.remove_button,
            )
        ):
            layout.addWidget(button, 1, column)
        self._selection_changed()

    def show_evidence(self, evidence: tuple[EvidenceItem, ...]) -> None:
        self.list.clear()
        for item in evidence:
            row = QListWidgetItem(f"{item.kind.label.capitalize()}: {item.caption}")
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setToolTip(item.url or item.file_name or item.issuer)
            self.list.addItem(row)
        self._selection_changed()

    @staticmethod
    def _of(row: QListWidgetItem) -> EvidenceItem:
        item: EvidenceItem = row.data(Qt.ItemDataRole.UserRole)
        return item

    def current(self) -> EvidenceItem | None:
        row = self.list.currentItem()
        return self._of(row) if row else None

    def _emit_current(self, signal: SignalInstance) -> None:
        current = self.current()
        if current is not None:
            signal.emit(current)

    def _selection_changed(self) -> None:
        has = self.list.currentItem() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
