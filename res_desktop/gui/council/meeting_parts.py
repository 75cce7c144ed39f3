"""A report heard at a meeting and a decision taken there: small dialogs of the meeting."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from res_desktop.domain.council.model import (
    Decision,
    MeetingReport,
    ReportKind,
    validate_decision,
    validate_report,
)
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
        self.kind = label_combo(ReportKind)
        self.kind.setCurrentIndex(self.kind.findData(report.kind))
        self.speaker = QLineEdit(report.speaker)
        self.title = QLineEdit(report.title)
        self.agenda_item = agenda_spin(report.agenda_item)
        self.agreed = OptionalDate("согласован")
        self.agreed.set_value(report.agreed_on, min(meeting_date, today))
        self.agreed.setToolTip(
            "Дата согласования заместителем председателя Совета от предпринимательского "
            "сообщества (обязательна для отчёта РОИВ-координатора и отчёта о реализации Плана)"
        )
        self.heard = QCheckBox("&Заслушан на заседании")
        self.heard.setChecked(report.heard)
        rows = [
            ("&Вид доклада:", self.kind),
            ("&Докладчик:", self.speaker),
            ("&Тема:", self.title),
            ("&Вопрос повестки №:", self.agenda_item),
            ("&Согласование:", self.agreed),
            ("", self.heard),
        ]
        self.lay_out(rows, size=(600, 280))

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
        self.text = QPlainTextEdit(self._decision.text)
        self.text.setMaximumHeight(90)
        self.responsible = QLineEdit(self._decision.responsible)
        self.due = OptionalDate("установлен")
        self.due.set_value(self._decision.due_date, today)
        self.done_on = OptionalDate("исполнено")
        self.done_on.set_value(self._decision.done_on, today)
        self.agenda_item = agenda_spin(self._decision.agenda_item)
        rows = [
            ("&Решение:", self.text),
            ("&Ответственный:", self.responsible),
            ("&Срок:", self.due),
            ("&Исполнение:", self.done_on),
            ("&Вопрос повестки №:", self.agenda_item),
        ]
        self.lay_out(rows, size=(600, 300))

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
