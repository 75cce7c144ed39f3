"""Dialogs that describe a document or a link as evidence for an item."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from res_desktop.domain.checklist.model import DOCUMENT_TYPES
from res_desktop.domain.checklist.model import EvidenceId
from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.checklist.model import validate_evidence
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.date_fields import to_qdate
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
        # A stored document without a date keeps none: the field never fills one in unasked.
        self.date = self.row("&Дата:", OptionalDate("указана"))
        self.date.set_value(doc.doc_date, today)
        self.date.edit.setMaximumDate(to_qdate(today))
        self.issuer = self.row("&Кем принят (издан):", QLineEdit(doc.issuer))
        self.title = self.row("Наи&менование:", QLineEdit(doc.title))
        self.lay_out(size=(520, 300))

    def evidence(self) -> EvidenceItem:
        return dataclasses.replace(
            self._document,
            doc_type=self.type_combo.currentText().strip(),
            number=self.number.text().strip(),
            doc_date=self.date.value(),
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


NO_DOCUMENT = "— не относится к документу —"


class AttachFileDialog(FramedFormDialog):
    """The attached file's name in the list and the item's document it is (its scan, say)."""

    def __init__(
        self,
        file_name: str,
        documents: Sequence[EvidenceItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Прикрепить файл", parent)
        self.file_label = self.row("Файл:", QLabel(file_name))
        self.file_label.setWordWrap(True)
        self.title = self.row("&Наименование:", QLineEdit(file_name))
        self.document = self.row("&К документу:", QComboBox())
        self.document.addItem(NO_DOCUMENT, None)
        for document in documents:
            self.document.addItem(document.caption, document.id)
        self.document.setToolTip("Документ пункта, который содержится в файле (скан, текст)")
        self.lay_out(size=(520, 170))

    def choose_document(self, document_id: EvidenceId | None) -> None:
        self.document.setCurrentIndex(max(0, self.document.findData(document_id)))

    def document_id(self) -> EvidenceId | None:
        data = self.document.currentData()
        return None if data is None else EvidenceId(int(data))

    def file_title(self) -> str:
        return self.title.text().strip()

    def accept(self) -> None:
        errors = {} if self.file_title() else {"title": "Укажите наименование файла."}
        self.accept_checked(errors, {"title": self.title})
