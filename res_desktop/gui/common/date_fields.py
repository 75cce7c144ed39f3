"""Date fields in the official ДД.ММ.ГГГГ form, and the conversions to and from Qt's dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common import texts


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date field that does not quietly change a typed day: Qt makes 31.02.2026 typed over
    31.01.2026 into 28.02.2026; here ``impossible`` says «31.02.2026» (the form refuses it)
    until a day is typed again, and a month that has the typed day gets it back."""

    def __init__(self) -> None:
        super().__init__()
        self.impossible = ""
        self._wanted_day: int | None = None
        self.setCalendarPopup(True)
        self.calendarWidget().clicked.connect(self._forget)

    def _forget(self) -> None:
        self.impossible, self._wanted_day = "", None

    def setDate(self, date: QDate) -> None:
        self._forget()
        super().setDate(date)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.text().isdigit():
            super().keyPressEvent(event)
            return
        in_day = self.currentSection() == QDateEdit.Section.DaySection
        if in_day:  # Qt shows 31 typed in November as 30: the day is read from the keys
            line = self.lineEdit()
            typed = "" if line is None or line.hasSelectedText() else self._day_text()
            wanted = int((typed + event.text())[-2:])
        else:
            wanted = self._wanted_day or self.date().day()
        super().keyPressEvent(event)
        self._wanted_day = wanted
        date = self.date()
        if wanted > date.daysInMonth():
            self.impossible = f"{wanted:02}.{date.month():02}.{date.year()}"
            return
        self.impossible = ""
        if not in_day and date.day() != wanted and wanted >= 1:  # the month has the day
            super().setDate(QDate(date.year(), date.month(), wanted))

    def _day_text(self) -> str:
        return self.sectionText(QDateEdit.Section.DaySection)


def date_edit(value: dt.date | None = None) -> DateEdit:
    """A date field with a calendar; without ``value`` it shows Qt's default date."""
    edit = DateEdit()
    edit.setDisplayFormat(texts.DATE_FORMAT_QT)
    if value is not None:
        edit.setDate(to_qdate(value))
    return edit


class OptionalDate(QWidget):
    """A date that may be absent: a check box plus a date field."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.edit = date_edit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)

    def set_value(self, value: dt.date | None, fallback: dt.date) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value or fallback))

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None
