"""Edits one checklist item: status, reason, responsible, dates, comment.

Over a status derived from records the coordinator may set one by hand, with a reason and a
document; «по данным программы» clears it and brings the derived one back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.progress import Status
from res_desktop.gui.checklist.model import basis_head
from res_desktop.gui.checklist.model import basis_tooltip
from res_desktop.gui.common import texts
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.widgets import label_combo
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.results import ItemView

BY_RECORDS = "не установлен — по данным программы"


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
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #555;")
        self.manual = label_combo(Status)
        self.manual.insertItem(0, BY_RECORDS, None)
        self.manual.setCurrentIndex(0)
        for combo in (self.status, self.manual):  # the editor fits beside the table: 360 px
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.manual.setToolTip(
            "Статус, установленный координатором вручную, учитывается вместо статуса "
            "по данным программы; оба показываются в окне и в отчётах"
        )
        self.manual_reason = QLineEdit()
        self.manual_reason.setPlaceholderText("Почему статус установлен вручную")
        self.manual_document = QLineEdit()
        self.manual_document.setPlaceholderText("Вид, номер и дата документа (необязательно)")
        self._plain_status = Status.NOT_STARTED
        self.na_reason = QLineEdit()
        self.na_reason.setPlaceholderText("Почему пункт не применим к региону")
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText("ФИО, должность")
        self.due = OptionalDate("установлен")
        self.done_on = date_edit()
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(56)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        self.save_button = QPushButton("Сохранить пункт")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip("Сохранить изменения пункта (Ctrl+S)")
        self.save_button.clicked.connect(self.save_requested)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.manual.currentIndexChanged.connect(self._status_changed)
        self._build_layout()
        self._fitting = QTimer(self)
        self._fitting.setSingleShot(True)
        self._fitting.timeout.connect(self.fit_labels)
        self._snapshot: ItemEdit | None = None
        self._overridable = False
        self._show_manual_rows(False)
        self.setEnabled(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped labels in a scrolled form get the height of their lines at this width: the
        form alone gives them one line, and the item's title overlapped its hint (1024×640)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fitting.start(0)

    def fit_labels(self) -> None:
        """At the width the form gave the labels, once it has laid them out."""
        for label in (self.title, self.hint, self.basis, self.derived):
            width = label.width()
            label.setMinimumHeight(max(0, label.heightForWidth(width)) if width > 0 else 0)

    def is_dirty(self) -> bool:
        """True when the fields differ from what was last loaded or saved."""
        return self._snapshot is not None and self.values() != self._snapshot

    def _build_layout(self) -> None:
        """One column of fields beside the table: at 1366×768 the whole editor and its
        «Сохранить» fit beside eight rows of the table, without scrolling."""
        self.status_form = QFormLayout(self)
        self.status_form.setContentsMargins(6, 6, 6, 6)
        self.status_form.setVerticalSpacing(3)
        for label in (self.title, self.hint, self.basis, self.derived):
            self.status_form.addRow(label)
        self.status_form.addRow("Стат&ус:", self.status)
        self.status_form.addRow("Статус вру&чную:", self.manual)
        self.status_form.addRow("Основан&ие:", self.manual_reason)
        self.status_form.addRow("&Документ:", self.manual_document)
        self.status_form.addRow("П&ричина:", self.na_reason)
        self.status_form.addRow("&Ответственный:", self.responsible)
        self.status_form.addRow("Сро&к:", self.due)
        self.status_form.addRow("Дата в&ыполнения:", self.done_on)
        self.status_form.addRow("Комме&нтарий:", self.comment)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save_button)
        self.status_form.addRow(bottom)

    def _status_changed(self) -> None:
        manual = self.manual_status()
        status = self.current_status() if manual is None else manual
        self.na_reason.setEnabled(manual is None and status is Status.NOT_APPLICABLE)
        self.done_on.setEnabled(status is Status.DONE)
        self.manual_reason.setEnabled(manual is not None)
        self.manual_document.setEnabled(manual is not None)

    def current_status(self) -> Status:
        return Status(self.status.currentData())

    def manual_status(self) -> Status | None:
        """The status set by hand over the derived one; None while the records decide."""
        if not self._overridable:
            return None
        data = self.manual.currentData()
        return None if data is None else Status(data)

    def _show_manual_rows(self, visible: bool) -> None:
        form = self.status_form
        for widget in (self.manual, self.manual_reason, self.manual_document):
            form.setRowVisible(widget, visible)
        form.setRowVisible(self.na_reason, not visible)  # a manual «не применимо» says why

    def show_item(self, view: ItemView | None, today: dt.date) -> None:
        self.setEnabled(view is not None)
        self.error.clear()
        self._snapshot = None
        if view is None:
            self.title.setText("Выберите пункт чек-листа в таблице.")
            for label in (self.hint, self.derived, self.basis):
                label.clear()
            self._overridable = False
            self._show_manual_rows(False)
            return
        state = view.state
        recorded = view.recorded or state
        self.title.setText(view.item.title)
        self.hint.setText(view.item.hint)
        self.hint.setVisible(bool(view.item.hint))
        self.basis.setText(basis_head(view.item))
        self.basis.setToolTip(basis_tooltip(view.item))
        self.derived.setText(view.status_note)
        self.derived.setVisible(bool(view.status_note))
        # Over records the status is theirs, or the coordinator's set here by hand.
        self._overridable = view.is_derived or view.is_manual
        self._plain_status = recorded.status
        self._show_manual_rows(self._overridable)
        self.status.setCurrentIndex(self.status.findData(state.status))
        self.status.setEnabled(not self._overridable)
        manual, reason = recorded.manual_status, recorded.manual_reason
        if self._overridable and recorded.status is Status.NOT_APPLICABLE:
            # A plain «не применимо» from before the records: shown, and saved, as the manual one.
            self._plain_status = Status.NOT_STARTED
            if manual is None:
                manual, reason = recorded.status, recorded.na_reason
        self.manual.setCurrentIndex(self.manual.findData(manual))
        self.manual_reason.setText(reason)
        self.manual_document.setText(recorded.manual_document)
        self.na_reason.setText(state.na_reason if recorded.manual_status is None else "")
        self.responsible.setText(state.responsible)
        self.due.set_value(state.due_date, today)
        self.done_on.setDate(to_qdate(state.done_on or today))
        self.done_on.setMaximumDate(to_qdate(today))
        self.comment.setPlainText(state.comment)
        self._status_changed()
        self._snapshot = self.values()
        self._fitting.start(0)

    def set_values(self, values: ItemEdit) -> None:
        """Put typed values back after a refresh (the inverse of ``values``)."""
        if not self._overridable:
            self.status.setCurrentIndex(self.status.findData(values.status))
        self.manual.setCurrentIndex(self.manual.findData(values.manual_status))
        self.manual_reason.setText(values.manual_reason)
        self.manual_document.setText(values.manual_document)
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
        manual = self.manual_status()
        # Over records the plain status stays as stored: the records or the manual one count.
        status = self._plain_status if self._overridable else self.current_status()
        done = (status if manual is None else manual) is Status.DONE
        return ItemEdit(
            status=status,
            na_reason="" if self._overridable else self.na_reason.text(),
            responsible=self.responsible.text(),
            due_date=self.due.value(),
            done_on=from_qdate(self.done_on.date()) if done else None,
            comment=self.comment.toPlainText(),
            manual_status=manual,
            manual_reason=self.manual_reason.text() if manual else "",
            manual_document=self.manual_document.text() if manual else "",
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error.setText("\n".join(errors.values()))
        fields = {
            "na_reason": self.na_reason,
            "manual_reason": self.manual_reason,
            "manual_document": self.manual_document,
            "done_on": self.done_on,
            "responsible": self.responsible,
        }
        for name, widget in fields.items():
            widget.setStyleSheet(
                f"border: 1px solid {texts.OVERDUE_COLOR};" if name in errors else ""
            )
