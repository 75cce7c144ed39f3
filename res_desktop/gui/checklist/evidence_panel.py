"""The evidence of one item: documents, attached files, links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind


class EvidencePanel(QWidget):
    """Buttons in rows of three: beside the checklist's table the panel is 360 px wide."""

    add_document_requested = Signal()
    attach_file_requested = Signal()
    add_link_requested = Signal()
    open_requested = Signal(object)
    edit_requested = Signal(object)
    save_copy_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self._activated(self._of(item)))
        self.list.currentRowChanged.connect(self._selection_changed)
        self.add_document = QPushButton("&Документ…")
        self.attach_file = QPushButton("Фа&йл…")
        self.add_link = QPushButton("Сс&ылка…")
        self.edit_button = QPushButton("Изме&нить…")
        self.edit_button.setToolTip("Изменить вид, номер, дату, издавший орган и наименование")
        self.open_button = QPushButton("&Открыть")
        self.save_copy_button = QPushButton("Сохранить &копию…")
        self.save_copy_button.setToolTip("Сохранить прикреплённый файл под выбранным именем")
        self.remove_button = QPushButton("&Удалить")
        self.add_document.clicked.connect(self.add_document_requested)
        self.attach_file.clicked.connect(self.attach_file_requested)
        self.add_link.clicked.connect(self.add_link_requested)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.open_button.clicked.connect(lambda: self._emit_current(self.open_requested))
        self.save_copy_button.clicked.connect(lambda: self._emit_current(self.save_copy_requested))
        self.remove_button.clicked.connect(lambda: self._emit_current(self.remove_requested))
        layout = QGridLayout(self)
        layout.addWidget(self.list, 0, 0, 1, 3)
        buttons = (
            (self.add_document, self.attach_file, self.add_link),
            (self.edit_button, self.open_button, self.save_copy_button),
            (self.remove_button,),
        )
        for row, line in enumerate(buttons, start=1):
            for column, button in enumerate(line):
                layout.addWidget(button, row, column)
        self._selection_changed()

    def _activated(self, item: EvidenceItem) -> None:
        """Enter or a double click: a document opens for editing, a file or a link opens."""
        if item.kind is EvidenceKind.DOCUMENT:
            self.edit_requested.emit(item)
        else:
            self.open_requested.emit(item)

    def show_evidence(self, evidence: tuple[EvidenceItem, ...]) -> None:
        """One row each; a document's issuer and a file's document on a line of their own."""
        current = self.current()
        documents = {item.id: item for item in evidence if item.kind is EvidenceKind.DOCUMENT}
        self.list.clear()
        for item in evidence:
            row = QListWidgetItem(
                row_text(item, documents.get(item.document_id) if item.document_id else None)
            )
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setToolTip(item.url or item.file_name or item.issuer)
            self.list.addItem(row)
            if current is not None and item.id == current.id:
                self.list.setCurrentItem(row)
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
        current = self.current()
        kind = current.kind if current else None
        self.edit_button.setEnabled(kind is EvidenceKind.DOCUMENT)
        self.open_button.setEnabled(kind is not None)
        self.save_copy_button.setEnabled(kind is EvidenceKind.FILE)
        self.remove_button.setEnabled(kind is not None)


def row_text(item: EvidenceItem, document: EvidenceItem | None) -> str:
    text = f"{item.kind.label.capitalize()}: {item.caption}"
    if item.kind is EvidenceKind.DOCUMENT and item.issuer:
        text += f"\nИздан: {item.issuer}"
    if document is not None:
        text += f"\nК документу: {document.caption}"
    return text
