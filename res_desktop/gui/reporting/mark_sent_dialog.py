"""Mark an archived report as sent: the date and the outgoing letter's number."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common import texts
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.form_dialog import FramedFormDialog
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.gui.reporting.archive_model import late_note


class MarkSentDialog(FramedFormDialog):
    """``due`` is the report's deadline, if it has one: a later date is noted as it is chosen."""

    def __init__(
        self,
        period_label: str,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        due: dt.date | None = None,
    ) -> None:
        super().__init__("Отметка об отправке отчёта", parent)
        self._due = due
        self.sent_on = self.row("&Дата отправки:", date_edit(today))
        self.sent_on.setMaximumDate(to_qdate(today))
        self.late = self.row("", wrapped_label())
        self.late.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        self.number = self.row("&Исходящий номер:", QLineEdit())
        self.number.setPlaceholderText("Например: 01-12/3456")
        self.sent_on.dateChanged.connect(self._show_late)
        note = wrapped_label(
            f"Отчёт за {period_label} станет доступен только для чтения: его можно "
            "будет открыть и распечатать, но не изменить или удалить."
        )
        self.lay_out(size=(420, 170), note=note)
        self._show_late()

    def _show_late(self) -> None:
        note = late_note(from_qdate(self.sent_on.date()), self._due)
        self.late.setText(f"Отчёт отправляется {note}." if note else "")
        self.late.setVisible(bool(note))

    def values(self) -> tuple[dt.date, str]:
        return from_qdate(self.sent_on.date()), self.number.text()

    def accept(self) -> None:
        errors = (
            {"number": "Укажите исходящий номер письма."} if not self.number.text().strip() else {}
        )
        self.accept_checked(errors, {"number": self.number})
