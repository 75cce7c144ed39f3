"""The card's «История объединений»: the records merged into this one, and undoing a merge."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.exporters.records import MergeRecord
from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.record_tab import ask_yes_no
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.gui.exporters.card_tabs import _add_row
from res_desktop.gui.exporters.card_tabs import _table
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace

_HEADERS = ("Дата объединения", "ИНН удалённой записи", "Наименование", "Объёмы экспорта")


def _removed(record: MergeRecord) -> tuple[str, str]:
    """The merged-away company's name and volumes, from the JSON kept as history."""
    data = json.loads(record.removed_record)
    name = str(data.get("short_name") or data.get("full_name") or "")
    volumes = "; ".join(f"{y}: {v}" for y, v in data.get("export_volume") or ())
    return name, volumes


def merged_on(record: MergeRecord) -> str:
    return date_short(dt.date.fromisoformat(record.merged_at[:10]))


class MergeHistoryTab(QWidget):
    """Shown in every card; «Отменить объединение» brings the removed record back."""

    undone = Signal(object)  # the kept company as it is after the undo

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self._ws = ws
        self.records: list[MergeRecord] = []
        self.summary = wrapped_label()
        self.table = _table(_HEADERS)
        self.undo_button = QPushButton("&Отменить объединение…")
        self.undo_button.clicked.connect(self.undo_selected)
        self.error = error_label()
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(widget_row(self.undo_button))
        layout.addWidget(self.error)

    def load(self, company_id: int | None) -> None:
        self.records = self._ws.exporters.merge_history(company_id) if company_id else []
        self.table.setRowCount(0)
        for record in self.records:
            name, volumes = _removed(record)
            _add_row(self.table, (merged_on(record), record.removed_inn, name, volumes))
        self.summary.setText(
            "С этой записью объединены другие записи реестра; их сведения сохранены здесь, "
            "а поиск по их ИНН находит эту организацию."
            if self.records
            else "Объединений с другими записями не было."
        )
        if self.records:
            self.table.selectRow(len(self.records) - 1)
        self.undo_button.setEnabled(bool(self.records))

    def undo_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.records):
            return
        record = self.records[row]
        name, _volumes = _removed(record)
        question = (
            f"Отменить объединение с «{name}» (ИНН {record.removed_inn})? Запись будет "
            "восстановлена вместе с её журналом поддержки и участием в мероприятиях, а эта "
            "карточка вернётся к значениям до объединения (несохранённые правки в ней "
            "будут заменены)."
        )
        if record.id is None or not self.confirm("Отмена объединения", question):
            return
        try:
            kept, _restored = self._ws.exporters.undo_merge(merge_id=record.id)
        except ValidationFailed as failed:
            self.error.setText(" ".join(failed.errors.values()))
            self.error.show()
            return
        self.error.hide()
        self.load(kept.id)
        self.undone.emit(kept)
