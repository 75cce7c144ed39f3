"""Record the letter sending the registry's barriers to the federal body or РЭЦ."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from res_desktop.domain.exporters.analysis import RECIPIENTS, BarrierDispatch
from res_desktop.gui.checklist.item_editor import from_qdate, to_qdate
from res_desktop.gui.council.council_dialog import date_edit, error_label, save_buttons, show_errors
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace


class DispatchDialog(QDialog):
    """Date, outgoing number and recipient; errors shown under the form, nothing lost."""

    def __init__(self, ws: Workspace, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.saved: BarrierDispatch | None = None
        self.setWindowTitle("Отметка о направлении результатов анализа")
        self.year = QSpinBox()
        self.year.setRange(2019, ws.today().year)
        self.year.setValue(year)
        self.sent_on = date_edit()
        self.sent_on.setDate(to_qdate(ws.today()))
        self.number = QLineEdit()
        self.number.setPlaceholderText("Например: 01-12/3456")
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.addItems(list(RECIPIENTS))
        note = QLabel(
            "Барьеры, которые не представляется возможным устранить на региональном уровне, "
            "направляются в профильный федеральный орган исполнительной власти и в РЭЦ: "
            "отметьте каждое письмо."
        )
        note.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow("&Год анализа:", self.year)
        form.addRow("&Дата отправки:", self.sent_on)
        form.addRow("&Исходящий номер:", self.number)
        form.addRow("&Адресат:", self.recipient)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_buttons(self))
        self.resize(560, 280)

    def accept(self) -> None:
        try:
            dispatch = BarrierDispatch(
                year=self.year.value(),
                sent_on=from_qdate(self.sent_on.date()),
                outgoing_number=self.number.text(),
                recipient=self.recipient.currentText(),
            )
            self.saved = self._ws.exporter_analysis.save_dispatch(dispatch=dispatch)
        except ValidationFailed as failed:
            fields = {"sent_on": self.sent_on, "outgoing_number": self.number,
                      "recipient": self.recipient}  # fmt: skip
            show_errors(self.error, failed.errors, fields)
            return
        super().accept()
