"""Date fields in the official ДД.ММ.ГГГГ form, and the conversions to and from Qt's dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from res_desktop.gui.common import texts


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(value: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar; without ``value`` it shows Qt's default date."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
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
