"""A report heard at a meeting and a decision taken there: small dialogs of the meeting."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import ReportKind
from res_desktop.domain.council.model import validate_decision
from res_desktop.domain.council.model import validate_report
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.form_dialog import FramedFormDialog
from res_desktop.gui.common.widgets import label_combo


def agenda_spin(value: int | None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 50)
    spin.setSpecialValueText("вне повестки")
    spin.setValue(value or 0)
    return spin


class ReportDialog(FramedFormDialog):
    """Checks the agreement rule against the meeting date before it lets the report in."""

    def __init__(
        self,
        report: MeetingReport | None,
        meeting_date: dt.date,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Доклад на заседании", parent)
        self._meeting_date = meeting_date
        self._id = report.id if report else None
        report = report or MeetingReport(ReportKind.INTERIM)
        self.kind = self.row("&Вид доклада:", label_combo(ReportKind))
        self.kind.setCurrentIndex(self.kind.findData(report.kind))
        self.speaker = self.row("&Докладчик:", QLineEdit(report.speaker))
        self.title = self.row("&Тема:", QLineEdit(report.title))
        self.agenda_item = self.row("&Вопрос повестки №:", agenda_spin(report.agenda_item))
        self.agreed = self.row("&Согласование:", OptionalDate("согласован"))
        self.agreed.set_value(report.agreed_on, min(meeting_date, today))
        self.agreed.setToolTip(
            "Дата согласования заместителем председателя Совета от предпринимательского "
            "сообщества (обязательна для отчёта РОИВ-координатора и отчёта о реализации Плана)"
        )
        self.heard = self.row("", QCheckBox("&Заслушан на заседании"))
        self.heard.setChecked(report.heard)
        self.lay_out(size=(600, 280))

    def report(self) -> MeetingReport:
        return MeetingReport(
            kind=ReportKind(self.kind.currentData()),
            speaker=self.speaker.text().strip(),
            title=self.title.text().strip(),
            agreed_on=self.agreed.value(),
            heard=self.heard.isChecked(),
            agenda_item=self.agenda_item.value() or None,
            id=self._id,
        )

    def accept(self) -> None:
        errors = validate_report(self.report(), self._meeting_date)
        self.accept_checked(errors, {"agreed_on": self.agreed, "title": self.title})


class DecisionDialog(FramedFormDialog):
    def __init__(
        self, decision: Decision | None, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__("Решение Совета", parent)
        self._today = today
        self._decision = decision or Decision("")
        self.text = self.row("&Решение:", QPlainTextEdit(self._decision.text))
        self.text.setMaximumHeight(90)
        self.responsible = self.row("&Ответственный:", QLineEdit(self._decision.responsible))
        self.due = self.row("&Срок:", OptionalDate("установлен"))
        self.due.set_value(self._decision.due_date, today)
        self.done_on = self.row("&Исполнение:", OptionalDate("исполнено"))
        self.done_on.set_value(self._decision.done_on, today)
        self.agenda_item = self.row("&Вопрос повестки №:", agenda_spin(self._decision.agenda_item))
        self.lay_out(size=(600, 300))

    def decision(self) -> Decision:
        return dataclasses.replace(
            self._decision,
            text=self.text.toPlainText().strip(),
            responsible=self.responsible.text().strip(),
            due_date=self.due.value(),
            done_on=self.done_on.value(),
            agenda_item=self.agenda_item.value() or None,
        )

    def accept(self) -> None:
        errors = validate_decision(self.decision(), self._today)
        self.accept_checked(errors, {"text": self.text, "done_on": self.done_on})
