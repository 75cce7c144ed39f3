"""Record the letter sending the registry's barriers to the federal body or РЭЦ."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from res_desktop.domain.exporters.analysis import REC
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.form_dialog import FramedFormDialog
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.services.common.workspace import Workspace


class DispatchDialog(FramedFormDialog):
    """Date, outgoing number and recipient; errors shown under the form, nothing lost."""

    def __init__(self, ws: Workspace, year: int, parent: QWidget | None = None) -> None:
        super().__init__("Отметка о направлении результатов анализа", parent)
        self._ws = ws
        self.saved: BarrierDispatch | None = None
        self.year = self.row("&Год анализа:", QSpinBox())
        self.year.setRange(2019, ws.today().year)
        self.year.setValue(year)
        self.sent_on = self.row("&Дата отправки:", date_edit(ws.today()))
        self.number = self.row("&Исходящий номер:", QLineEdit())
        self.number.setPlaceholderText("Например: 01-12/3456")
        self.recipient = self.row("&Адресат:", QComboBox())
        self.recipient.setEditable(True)
        self.recipient.addItems([*ws.exporter_analysis.federal_bodies(), REC])
        note = wrapped_label(
            "Барьеры, которые не представляется возможным устранить на региональном уровне, "
            "направляются в профильный федеральный орган исполнительной власти и в РЭЦ: "
            "отметьте каждое письмо."
        )
        self.lay_out(size=(560, 280), note=note)

    def accept(self) -> None:
        fields = {"sent_on": self.sent_on, "outgoing_number": self.number,
                  "recipient": self.recipient}  # fmt: skip
        self.saved = self.save_or_show(
            lambda: self._ws.exporter_analysis.save_dispatch(
                dispatch=BarrierDispatch(
                    year=self.year.value(),
                    sent_on=from_qdate(self.sent_on.date()),
                    outgoing_number=self.number.text(),
                    recipient=self.recipient.currentText(),
                )
            ),
            fields,
        )
