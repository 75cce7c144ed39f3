"""Edits one checklist item: status, reason, responsible, dates, comment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from res_desktop.domain.common.progress import Status
from res_desktop.gui.common import texts
from res_desktop.gui.common.date_fields import OptionalDate, date_edit, from_qdate, to_qdate
from res_desktop.gui.common.widgets import label_combo
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.results import ItemView


class ItemEditor(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.derived = QLabel()
        self.derived.setWordWrap(True)
        self.derived.setStyleSheet("color: #1d4e89;")
        self.status = label_combo(Status)
        self.na_reason = QLineEdit()
        self.na_reason.setPlaceholderText("Почему пункт не применим к региону")
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText("ФИО, должность")
        self.due = OptionalDate("установлен")
        self.done_on = date_edit()
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(70)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        self.save_button = QPushButton("Сохранить пункт")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip("Сохранить изменения пункта (Ctrl+S)")
        self.save_button.clicked.connect(self.save_requested)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._build_layout()
        self._snapshot: ItemEdit | None = None
        self.setEnabled(False)

    def is_dirty(self) -> bool:
        """True when the fields differ from what was last loaded or saved."""
        return self._snapshot is not None and self.values() != self._snapshot

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.title)
        form.addRow(self.hint)
        form.addRow(self.derived)
        form.addRow("Стат&ус:", self.status)
        form.addRow("П&ричина:", self.na_reason)
        form.addRow("&Ответственный:", self.responsible)
        form.addRow("Сро&к:", self.due)
        form.addRow("Дата в&ыполнения:", self.done_on)
        form.addRow("Комме&нтарий:", self.comment)
        form.addRow(self.error)
        form.addRow(self.save_button)

    def _status_changed(self) -> None:
        status = self.current_status()
        self.na_reason.setEnabled(status is Status.NOT_APPLICABLE)
        self.done_on.setEnabled(status is Status.DONE)

    def current_status(self) -> Status:
        return Status(self.status.currentData())

    def show_item(self, view: ItemView | None, today: dt.date) -> None:
        self.setEnabled(view is not None)
        self.error.clear()
        self._snapshot = None
        if view is None:
            self.title.setText("Выберите пункт чек-листа в таблице.")
            for label in (self.hint, self.derived):
                label.clear()
            return
        state = view.state
        self.title.setText(view.item.title)
        self.hint.setText(view.item.hint)
        self.hint.setVisible(bool(view.item.hint))
        self.derived.setText(view.derived_note)
        self.derived.setVisible(view.is_derived)
        self.status.setCurrentIndex(self.status.findData(state.status))
        self.status.setEnabled(not view.is_derived)
        self.na_reason.setText(state.na_reason)
        self.responsible.setText(state.responsible)
        self.due.set_value(state.due_date, today)
        self.done_on.setDate(to_qdate(state.done_on or today))
        self.done_on.setMaximumDate(to_qdate(today))
        self.comment.setPlainText(state.comment)
        self._status_changed()
        self._snapshot = self.values()

    def set_values(self, values: ItemEdit) -> None:
        """Put typed values back after a refresh (the inverse of ``values``)."""
        self.status.setCurrentIndex(self.status.findData(values.status))
        self.na_reason.setText(values.na_reason)
        self.responsible.setText(values.responsible)
        due = values.due_date
        self.due.check.setChecked(due is not None)
        if due is not None:
            self.due.edit.setDate(to_qdate(due))
        if values.done_on is not None:
            self.done_on.setDate(to_qdate(values.done_on))
        self.comment.setPlainText(values.comment)

    def values(self) -> ItemEdit:
        status = self.current_status()
        return ItemEdit(
            status=status,
            na_reason=self.na_reason.text(),
            responsible=self.responsible.text(),
            due_date=self.due.value(),
            done_on=from_qdate(self.done_on.date()) if status is Status.DONE else None,
            comment=self.comment.toPlainText(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error.setText("\n".join(errors.values()))
        fields = {
            "na_reason": self.na_reason,
            "done_on": self.done_on,
            "responsible": self.responsible,
        }
        for name, widget in fields.items():
            widget.setStyleSheet(
                f"border: 1px solid {texts.OVERDUE_COLOR};" if name in errors else ""
            )
