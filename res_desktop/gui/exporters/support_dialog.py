"""Add a support measure a company received, and the tab listing them in the card."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.russian import NumberError
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import exact
from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.number_edit import NumberEdit
from res_desktop.gui.common.record_tab import ask_yes_no
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.exporters.card_tabs import _add_row
from res_desktop.gui.exporters.card_tabs import _table
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace


class SupportDialog(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[SupportRecord], object],
        today: dt.date,
        parent: QWidget | None,
        *,
        company_id: CompanyId,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle("Оказанная поддержка")
        self._company_id = company_id
        self.measure = self.field("&Мера поддержки:", QLineEdit(), "measure")
        self.measure.setPlaceholderText("Например: участие в коллективном стенде на выставке")
        self.given_on = self.field("&Дата:", date_edit(today), "given_on")
        self.provider = self.field("&Кто оказал:", QLineEdit(), "provider")
        self.provider.setPlaceholderText("ЦПЭ, РЭЦ, Минпромторг…")
        self.result_edit = self.field("&Результат:", QLineEdit(), "result")
        self.contract = self.field(
            "", QCheckBox("Заключён &экспортный контракт"), "export_contract"
        )
        self.amount = self.field(
            "Сумма кон&тракта, тыс. долл. США:",
            NumberEdit(placeholder="например, 1 250,5"),
            "amount_kusd",
        )
        self.lay_out(width=560)

    def values(self) -> SupportRecord:
        try:
            amount = self.amount.value()
        except NumberError as refused:
            raise ValidationFailed({"amount_kusd": str(refused)}) from None
        return SupportRecord(
            company_id=self._company_id,
            measure=self.measure.text(),
            given_on=from_qdate(self.given_on.date()),
            provider=self.provider.text(),
            result=self.result_edit.text(),
            export_contract=self.contract.isChecked(),
            amount_kusd=amount,
        )


class SupportTab(QWidget):
    """The company's support log; each change is saved at once (its own action)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.company_id: int | None = None
        self.changed_any = False
        self.table = _table(("Дата", "Мера поддержки", "Кто оказал", "Результат", "Контракт"))
        self.add_button = QPushButton("Добавить &меру…")
        self.delete_button = QPushButton("Удалить меру")
        self.add_button.clicked.connect(self.add_record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        self._records: list[SupportRecord] = []
        buttons = widget_row(self.add_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self, company_id: int | None) -> None:
        self.company_id = company_id
        self.add_button.setEnabled(company_id is not None)
        self.add_button.setToolTip("" if company_id else "Сначала сохраните карточку.")
        self._records = self._ws.exporters.support_records(company_id) if company_id else []
        self.table.setRowCount(0)
        for r in self._records:
            amount = f"{exact(r.amount_kusd)} тыс. долл." if r.amount_kusd else ""
            contract = ("да " + amount).strip() if r.export_contract else "нет"
            _add_row(
                self.table, (date_short(r.given_on), r.measure, r.provider, r.result, contract)
            )
        taken_part = self._ws.exporters.activity_support(company_id) if company_id else []
        for a in taken_part:  # counted by instrument 9 from the activity itself
            _add_row(
                self.table,
                (date_short(a.given_on), f"Участие: {a.title}",
                 f"Инструмент {int(a.instrument)}: {a.kind}", "из раздела «Мероприятия»", "—"),
            )  # fmt: skip
        self.delete_button.setEnabled(bool(self._records))

    def add_record(self) -> None:
        if self.company_id is None:
            return
        company_id = self.company_id

        def submit(values: SupportRecord) -> SupportRecord:
            return self._ws.exporters.save_support_record(record=values)

        dialog = SupportDialog(submit, self._ws.today(), self, company_id=CompanyId(company_id))
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.changed_any = True
            self.load(company_id)

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._records):
            return
        record = self._records[row]
        if record.id is not None and self.confirm(
            "Удаление", f"Удалить запись «{record.measure}»?"
        ):
            self._ws.exporters.delete_support_record(record_id=record.id)
            self.changed_any = True
            self.load(self.company_id)
