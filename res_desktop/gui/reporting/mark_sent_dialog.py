"""Mark an archived report as sent: the date and the outgoing letter's number."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from res_desktop.gui.common import texts
from res_desktop.gui.common.date_fields import from_qdate, to_qdate


class MarkSentDialog(QDialog):
    def __init__(self, period_label: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Отметка об отправке отчёта")
        self.sent_on = QDateEdit()
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat(texts.DATE_FORMAT_QT)
        self.sent_on.setDate(to_qdate(today))
        self.sent_on.setMaximumDate(to_qdate(today))
        self.number = QLineEdit()
        self.number.setPlaceholderText("Например: 01-12/3456")
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        note = QLabel(
            f"Отчёт за {period_label} станет доступен только для чтения: его можно "
            "будет открыть и распечатать, но не изменить или удалить."
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Дата отправки:", self.sent_on)
        form.addRow("&Исходящий номер:", self.number)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> tuple[dt.date, str]:
        return from_qdate(self.sent_on.date()), self.number.text()

    def accept(self) -> None:
        if not self.number.text().strip():
            self.error.setText("Укажите исходящий номер письма.")
            return
        super().accept()
