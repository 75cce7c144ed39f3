"""Dialogs that describe a document or a link as evidence for an item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from res_desktop.domain.checklist.model import (
    DOCUMENT_TYPES,
    EvidenceItem,
    EvidenceKind,
    validate_evidence,
)
from res_desktop.gui.common import texts
from res_desktop.gui.common.date_fields import from_qdate, to_qdate
from res_desktop.gui.forms.ui_document_dialog import Ui_DocumentDialog


class DocumentDialog(QDialog):
    def __init__(self, today: dt.date, suggested_type: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        self._today = today
        self.ui.typeCombo.addItems(DOCUMENT_TYPES)
        if suggested_type:
            self.ui.typeCombo.setCurrentText(suggested_type)
        self.ui.dateEdit.setDate(to_qdate(today))
        self.ui.dateEdit.setMaximumDate(to_qdate(today))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def evidence(self) -> EvidenceItem:
        ui = self.ui
        return EvidenceItem(
            kind=EvidenceKind.DOCUMENT,
            doc_type=ui.typeCombo.currentText().strip(),
            number=ui.numberEdit.text().strip(),
            doc_date=from_qdate(ui.dateEdit.date()),
            issuer=ui.issuerEdit.text().strip(),
            title=ui.titleEdit.text().strip(),
        )

    def accept(self) -> None:
        errors = validate_evidence(self.evidence(), self._today)
        if errors:
            self.ui.errorLabel.setText("\n".join(errors.values()))
            return
        super().accept()


class LinkDialog(QDialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setWindowTitle("Ссылка на публикацию")
        self.title = QLineEdit()
        self.title.setPlaceholderText("Например: Протокол заседания на портале региона")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Описание:", self.title)
        form.addRow("&Адрес (URL):", self.url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 160)

    def evidence(self) -> EvidenceItem:
        return EvidenceItem(
            kind=EvidenceKind.LINK, title=self.title.text().strip(), url=self.url.text().strip()
        )

    def accept(self) -> None:
        errors = validate_evidence(self.evidence(), self._today)
        if errors:
            self.error.setText("\n".join(errors.values()))
            return
        super().accept()
