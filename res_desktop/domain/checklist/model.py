"""A checklist item's recorded state and its evidence, with the rules for saving them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field
from typing import NewType

from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.common.progress import Status
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.text_checks import is_web_link

EvidenceId = NewType("EvidenceId", int)

ONE_TIME_CYCLE = 0
"""cycle_year of one-time instruments: their state is kept once for the whole period."""


def cycle_year(instrument: Instrument, year: int) -> int:
    """Annual instruments start a fresh checklist each year; one-time ones keep theirs."""
    return ONE_TIME_CYCLE if instrument.kind is Kind.ONE_TIME else year


@dataclass(frozen=True)
class ItemState:
    instrument_code: str
    item_key: str
    cycle_year: int
    status: Status = Status.NOT_STARTED
    na_reason: str = ""
    responsible: str = ""
    due_date: dt.date | None = None
    done_on: dt.date | None = None
    comment: str = ""
    # The coordinator's word over a status derived from records: it wins while it is set,
    # with its reason (and a document); None brings back the derived status.
    manual_status: Status | None = None
    manual_reason: str = ""
    manual_document: str = ""
    manual_done_on: dt.date | None = None


def validate_state(state: ItemState, today: dt.date) -> dict[str, str]:
    """Field name -> Russian message; empty when the state can be saved."""
    errors: dict[str, str] = {}
    if state.status is Status.NOT_APPLICABLE and not state.na_reason.strip():
        errors["na_reason"] = "Для статуса «не применимо» укажите причину."
    future = not_after_today(state.done_on, today, "Дата выполнения")
    if state.status is Status.DONE and future:
        errors["done_on"] = future
    if state.manual_status is not None and not state.manual_reason.strip():
        errors["manual_reason"] = "Укажите основание, по которому статус установлен вручную."
    manual_future = not_after_today(state.manual_done_on, today, "Дата выполнения")
    if state.manual_status is Status.DONE and manual_future:
        errors["done_on"] = manual_future
    if len(state.manual_document) > 500:
        errors["manual_document"] = "Слишком длинные реквизиты документа (не более 500 знаков)."
    if len(state.responsible) > 200:
        errors["responsible"] = "Слишком длинное имя ответственного (не более 200 знаков)."
    return errors


class EvidenceKind(LabelledEnum):
    DOCUMENT = "document", "документ"
    FILE = "file", "файл"
    LINK = "link", "ссылка"


DOCUMENT_TYPES = (
    "Закон субъекта РФ",
    "Постановление",
    "Распоряжение",
    "Указ",
    "Приказ",
    "Протокол",
    "Отчёт",
    "Соглашение",
    "План",
    "Программа",
    "Письмо",
    "Иной документ",
)


@dataclass(frozen=True)
class EvidenceItem:
    kind: EvidenceKind
    doc_type: str = ""
    number: str = ""
    doc_date: dt.date | None = None
    issuer: str = ""
    title: str = ""
    url: str = ""
    file_sha256: str = ""
    file_name: str = ""
    file_size: int = 0
    document_id: EvidenceId | None = None  # a file's document of the same item (its scan)
    id: EvidenceId | None = field(default=None, compare=False)

    @property
    def caption(self) -> str:
        """One line for lists and reports: «Постановление № 12-п от 01.02.2024 — …»."""
        if self.kind is EvidenceKind.LINK:
            return f"{self.title} — {self.url}" if self.title else self.url
        if self.kind is EvidenceKind.FILE:
            return self.title or self.file_name
        parts = [self.doc_type or "Документ"]
        if self.number:
            parts.append(f"№ {self.number}")
        if self.doc_date:
            parts.append(f"от {date_short(self.doc_date)}")
        head = " ".join(parts)
        return f"{head} «{self.title}»" if self.title else head


def validate_evidence(item: EvidenceItem, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if item.kind is EvidenceKind.DOCUMENT:
        if not item.doc_type.strip():
            errors["doc_type"] = "Укажите вид документа."
        if not (item.number.strip() or item.title.strip()):
            errors["number"] = "Укажите номер или наименование документа."
        if future := not_after_today(item.doc_date, today, "Дата документа"):
            errors["doc_date"] = future
    elif item.kind is EvidenceKind.LINK:
        if not is_web_link(item.url):
            errors["url"] = "Ссылка должна начинаться с http:// или https:// и вести на сайт."
    elif not item.file_sha256:
        errors["file"] = "Файл не выбран."
    return errors
