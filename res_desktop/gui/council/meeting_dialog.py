"""Add or edit a Council meeting with everything it holds, saved in one step."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QTimeEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingForm
from res_desktop.domain.council.model import MeetingId
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import MemberId
from res_desktop.domain.council.model import Minutes
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.form_dialog import FormDialog
from res_desktop.gui.common.form_dialog import FramedErrors
from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.form_dialog import save_buttons
from res_desktop.gui.common.history_dialog import HistoryDialog
from res_desktop.gui.common.history_dialog import open_history
from res_desktop.gui.common.table_model import RecordTableModel
from res_desktop.gui.common.widgets import label_combo
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.council.council_dialog import checked_ids
from res_desktop.gui.council.council_dialog import member_checklist
from res_desktop.gui.council.meeting_parts import DecisionDialog
from res_desktop.gui.council.meeting_parts import ReportDialog
from res_desktop.gui.council.models import DecisionsModel
from res_desktop.gui.council.models import ReportsModel
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace


def _table(model: RecordTableModel, stretch: int) -> QTableView:  # type: ignore[type-arg]
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def start_time_edit(text: str) -> QTimeEdit:
    """«11:00», or the bottom of the range shown as «не указано» (the agenda leaves a blank)."""
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumTime(QTime(0, 0))
    edit.setSpecialValueText("не указано")
    parsed = QTime.fromString(text, "HH:mm")
    edit.setTime(parsed if text and parsed.isValid() else QTime(0, 0))
    return edit


def start_time_text(edit: QTimeEdit) -> str:
    time = edit.time()
    return "" if time == edit.minimumTime() else time.toString("HH:mm")


class MeetingDialog(FormDialog):
    def __init__(self, ws: Workspace, meeting: Meeting | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws = ws
        today = ws.today()
        self._meeting = meeting or Meeting(date=today)
        self.saved: Meeting | None = None
        self._file: Path | None = None
        self.setWindowTitle("Заседание Экспортного совета")
        m = self._meeting
        self.date = date_edit(m.date)
        self.status = label_combo(MeetingStatus)
        self.form = label_combo(MeetingForm)
        self.status.setCurrentIndex(self.status.findData(m.status))
        self.form.setCurrentIndex(self.form.findData(m.form))
        self.public = QCheckBox("&Открытое: с участием экспортёров, не входящих в состав Совета")
        self.public.setChecked(m.is_public_open)
        self.venue = QLineEdit(m.venue)
        self.start_time = start_time_edit(m.start_time)
        self.invited = QSpinBox()
        self.invited.setRange(0, 10_000)
        self.invited.setValue(m.invited_exporters)
        self.guests = QLineEdit(m.guests)
        self.agenda = QPlainTextEdit(m.agenda)
        self.agenda.setPlaceholderText("Каждый вопрос повестки — с новой строки")
        self.attendance = member_checklist(ws.council.members(), set(m.attendance), m.date)
        self.reports_model = ReportsModel(parent=self)
        self.reports_model.set_rows(m.reports)
        self.decisions_model = DecisionsModel(parent=self)
        self.decisions_model.set_rows(m.decisions)
        self.reports_table = _table(self.reports_model, 2)
        self.decisions_table = _table(self.decisions_model, 0)
        self._build_minutes(m.minutes)
        self.error = error_label(hidden=False)
        self.frames = FramedErrors(self.error)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._main_tab(), "&Заседание")
        self.tabs.addTab(self.attendance, "&Участники")
        self.tabs.addTab(self._list_tab(self.reports_table, self.edit_report), "&Доклады")
        self.tabs.addTab(self._list_tab(self.decisions_table, self.edit_decision), "&Решения")
        self.tabs.addTab(self.minutes_box, "&Протокол")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        buttons = save_buttons(self)
        self.history_button = buttons.addButton(
            "История изменени&й…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setEnabled(m.id is not None)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def show_history(self) -> HistoryDialog | None:
        """The meeting's history: its fields, attendance, reports, decisions and minutes."""
        if self._meeting.id is None:
            return None
        record = self._ws.history.record_filter("meeting", self._meeting.id)
        title = f"История изменений: заседание {date_short(self._meeting.date)}"
        return open_history(self._ws, self, record, title)

    def _main_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name_rows([("&Дата:", self.date)])
        form.addRow("&Дата:", self.date)
        form.addRow("&Время начала:", self.start_time)
        form.addRow("&Состояние:", self.status)
        form.addRow("&Форма проведения:", self.form)
        form.addRow("", self.public)
        form.addRow("&Место проведения:", self.venue)
        form.addRow("Приглашено &экспортёров:", self.invited)
        form.addRow("&Гости:", self.guests)
        form.addRow("&Повестка:", self.agenda)
        return page

    def _list_tab(self, table: QTableView, edit: object) -> QWidget:
        page = QWidget()
        add, change, remove = (
            QPushButton("Доб&авить…"),
            QPushButton("&Изменить…"),
            QPushButton("Уд&алить"),
        )
        for needs_row in (change, remove):
            needs_row.setEnabled(False)
            table.selectionModel().selectionChanged.connect(
                lambda *_, b=needs_row: b.setEnabled(table.selectionModel().hasSelection())
            )
        add.clicked.connect(lambda: edit(None))  # type: ignore[operator]
        change.clicked.connect(lambda: edit(table.currentIndex().row()))  # type: ignore[operator]
        remove.clicked.connect(lambda: self._remove(table))
        table.doubleClicked.connect(lambda index: edit(index.row()))  # type: ignore[operator]
        buttons = widget_row(add, change, remove)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        return page

    def _build_minutes(self, minutes: Minutes | None) -> None:
        today = self._ws.today()
        self.minutes_box = QGroupBox("Протокол &оформлен")
        self.minutes_box.setCheckable(True)
        self.minutes_box.setChecked(minutes is not None)
        self.minutes_number = QLineEdit(minutes.number if minutes else "")
        self.minutes_date = date_edit(minutes.date if minutes else self._meeting.date)
        if minutes is None:  # a new protocol is dated the meeting's day until told otherwise
            self._meeting_day = self.date.date()
            self.date.dateChanged.connect(self._date_changed)
        self.signed_by = QLineEdit(minutes.signed_by if minutes else "")
        self.publication_url = QLineEdit(minutes.publication_url if minutes else "")
        self.publication_url.setPlaceholderText("https://")
        self.published_on = OptionalDate("опубликован")
        self.published_on.set_value(minutes.published_on if minutes else None, today)
        self.file_label = QLabel(minutes.file_name if minutes and minutes.file_name else "нет")
        attach = QPushButton("Прикрепить &файл…")
        attach.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(attach)
        self.name_rows(
            [("Да&та протокола:", self.minutes_date), ("Дата п&убликации:", self.published_on)]
        )
        form = QFormLayout(self.minutes_box)
        form.addRow("&Номер:", self.minutes_number)
        form.addRow("Да&та протокола:", self.minutes_date)
        form.addRow("&Подписал:", self.signed_by)
        form.addRow("&Ссылка на публикацию:", self.publication_url)
        form.addRow("Дата п&убликации:", self.published_on)
        form.addRow("Файл протокола:", file_row)

    def _date_changed(self) -> None:
        if self.minutes_date.date() == self._meeting_day:
            self.minutes_date.setDate(self.date.date())
        self._meeting_day = self.date.date()

    # -- the lists ---------------------------------------------------------------------
    def edit_report(self, row: int | None) -> None:
        model = self.reports_model
        current = model.row(row) if row is not None and row >= 0 else None
        dialog = ReportDialog(current, from_qdate(self.date.date()), self._ws.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._put(model, row, dialog.report())

    def edit_decision(self, row: int | None) -> None:
        model = self.decisions_model
        current = model.row(row) if row is not None and row >= 0 else None
        dialog = DecisionDialog(current, self._ws.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._put(model, row, dialog.decision())

    @staticmethod
    def _put(model: RecordTableModel, row: int | None, value: object) -> None:  # type: ignore[type-arg]
        rows = model.rows()
        if row is not None and 0 <= row < len(rows):
            rows[row] = value
        else:
            rows.append(value)
        model.set_rows(rows)

    def _remove(self, table: QTableView) -> None:
        model = table.model()
        row = table.currentIndex().row()
        if isinstance(model, RecordTableModel) and row >= 0:
            rows = model.rows()
            del rows[row]
            model.set_rows(rows)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Файл протокола", str(Path.home()))
        if name:
            self.set_minutes_file(Path(name))

    def set_minutes_file(self, path: Path) -> None:
        self._file = path
        self.file_label.setText(path.name)
        self.minutes_box.setChecked(True)

    # -- saving ------------------------------------------------------------------------
    def meeting(self) -> Meeting:
        """What the fields say, as a meeting value (not yet saved)."""
        day = from_qdate(self.date.date())
        minutes = None
        if self.minutes_box.isChecked():
            kept = self._meeting.minutes
            minutes = Minutes(
                number=self.minutes_number.text().strip(),
                date=from_qdate(self.minutes_date.date()),
                signed_by=self.signed_by.text().strip(),
                publication_url=self.publication_url.text().strip(),
                published_on=self.published_on.value(),
                file_sha256=kept.file_sha256 if kept else "",
                file_name=kept.file_name if kept else "",
            )
        return dataclasses.replace(
            self._meeting,
            date=day,
            status=MeetingStatus(self.status.currentData()),
            form=MeetingForm(self.form.currentData()),
            is_public_open=self.public.isChecked(),
            venue=self.venue.text(),
            start_time=start_time_text(self.start_time),
            invited_exporters=self.invited.value(),
            guests=self.guests.text(),
            agenda=self.agenda.toPlainText(),
            attendance=tuple(MemberId(i) for i in checked_ids(self.attendance)),
            reports=tuple(self.reports_model.rows()),
            decisions=tuple(self.decisions_model.rows()),
            minutes=minutes,
        )

    def accept(self) -> None:
        if self.frames.refuse(self.refused_dates()):
            return
        meeting = self.meeting()
        try:
            if meeting.minutes is not None and self._file is not None:
                minutes = self._ws.council.attach_minutes_file(meeting.minutes, self._file)
                meeting = dataclasses.replace(meeting, minutes=minutes)
            self.saved = self._ws.council.save_meeting(meeting=meeting)
        except ValidationFailed as error:
            fields = {
                "date": self.date,
                "start_time": self.start_time,
                "minutes_number": self.minutes_number,
                "minutes_date": self.minutes_date,
                "publication_url": self.publication_url,
                "published_on": self.published_on,
                "reports": self.reports_table,
                "decisions": self.decisions_table,
            }
            self.frames.show(error.errors, fields)
            return
        super().accept()

    @property
    def meeting_id(self) -> MeetingId | None:
        return self.saved.id if self.saved else self._meeting.id
