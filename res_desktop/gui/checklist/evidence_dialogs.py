"""Dialogs that describe a document or a link as evidence for an item."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from res_desktop.domain.checklist.model import (
    DOCUMENT_TYPES,
    EvidenceItem,
    EvidenceKind,
    validate_evidence,
)
from res_desktop.gui.common.date_fields import date_edit, from_qdate, to_qdate
from res_desktop.gui.common.form_dialog import FramedFormDialog


class DocumentDialog(FramedFormDialog):
    """A document's type, number, date, issuer and title; ``document`` is the one changed."""

    def __init__(
        self,
        today: dt.date,
        suggested_type: str = "",
        parent: QWidget | None = None,
        *,
        document: EvidenceItem | None = None,
    ) -> None:
        super().__init__("Документ-основание", parent)
        self._today = today
        self._document = document or EvidenceItem(
            kind=EvidenceKind.DOCUMENT, doc_type=suggested_type, doc_date=today
        )
        doc = self._document
        self.type_combo = self.row("&Вид документа:", QComboBox())
        self.type_combo.setEditable(True)
        self.type_combo.addItems(DOCUMENT_TYPES)
        if doc.doc_type:
            self.type_combo.setCurrentText(doc.doc_type)
        self.number = self.row("&Номер:", QLineEdit(doc.number))
        self.date = self.row("&Дата:", date_edit(doc.doc_date or today))
        self.date.setMaximumDate(to_qdate(today))
        self.issuer = self.row("&Кем принят (издан):", QLineEdit(doc.issuer))
        self.title = self.row("Наи&менование:", QLineEdit(doc.title))
        self.lay_out(size=(520, 300))

    def evidence(self) -> EvidenceItem:
        return dataclasses.replace(
            self._document,
            doc_type=self.type_combo.currentText().strip(),
            number=self.number.text().strip(),
            doc_date=from_qdate(self.date.date()),
            issuer=self.issuer.text().strip(),
            title=self.title.text().strip(),
        )

    def accept(self) -> None:
        fields = {"doc_type": self.type_combo, "number": self.number, "doc_date": self.date}
        self.accept_checked(validate_evidence(self.evidence(), self._today), fields)


class LinkDialog(FramedFormDialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__("Ссылка на публикацию", parent)
        self._today = today
        self.title = QLineEdit()
        self.title.setPlaceholderText("Например: Протокол заседания на портале региона")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.lay_out([("&Описание:", self.title), ("&Адрес (URL):", self.url)], size=(520, 160))

    def evidence(self) -> EvidenceItem:
        return EvidenceItem(
            kind=EvidenceKind.LINK, title=self.title.text().strip(), url=self.url.text().strip()
        )

    def accept(self) -> None:
        self.accept_checked(validate_evidence(self.evidence(), self._today), {"url": self.url})
