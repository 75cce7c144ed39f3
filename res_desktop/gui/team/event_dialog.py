"""Add or edit a training event: kind, organisation, dates, hours, topics, participants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import Participant
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.domain.team.model import TrainingKind
from res_desktop.domain.team.model import TrainingMode
from res_desktop.domain.team.validation import MAX_HOURS
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.widgets import buddy_label
from res_desktop.gui.common.widgets import label_combo
from res_desktop.gui.common.widgets import widget_row

NAME, NUMBER, FILE = 0, 1, 2
MEMBER_ROLE = Qt.ItemDataRole.UserRole


class EventDialog(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[tuple[TrainingEvent, dict[MemberId, Path]]], object],
        *,
        today: dt.date,
        members: Sequence[TeamMember],
        event: TrainingEvent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            submit, parent, title="Мероприятие по профессиональному развитию", record=event
        )
        self._kept: dict[MemberId, Participant] = {}
        self._files: dict[MemberId, Path] = {}
        self.kind = label_combo(TrainingKind)
        self.title = QLineEdit()
        self.organisation = QLineEdit()
        self.educational = QCheckBox("&Образовательная организация")
        self.starts_on = date_edit(today)
        self.ends_on = date_edit(today)
        self.hours = QSpinBox()
        self.hours.setRange(1, MAX_HOURS)
        self.hours.setValue(16)
        self.hours.setSuffix(" ч")
        self.mode = label_combo(TrainingMode)
        self.topics = {topic: QCheckBox(topic.label) for topic in Topic}
        self.participants = self._participants_table(members)
        self.attach_button = QPushButton("&Прикрепить удостоверение…")
        self.attach_button.clicked.connect(self.choose_certificate)
        self._build_layout()
        if event is not None:
            self.load(event)

    def _participants_table(self, members: Sequence[TeamMember]) -> QTableWidget:
        table = QTableWidget(len(members), 3)
        table.setHorizontalHeaderLabels(["Участник", "№ удостоверения", "Файл удостоверения"])
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NUMBER, 140)
        header.resizeSection(FILE, 200)
        for row, member in enumerate(members):
            name = QTableWidgetItem(member.full_name)
            name.setData(MEMBER_ROLE, member.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, NAME, name)
            table.setItem(row, NUMBER, QTableWidgetItem(""))
            file_item = QTableWidgetItem("")
            file_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, FILE, file_item)
        return table

    def _build_layout(self) -> None:
        org = QHBoxLayout()
        org.addWidget(self.organisation, 1)
        org.addWidget(self.educational)
        dates = widget_row(self.starts_on, QLabel("по"), self.ends_on)
        org_box, dates_box = QWidget(), QWidget()
        org_box.setLayout(org)
        dates_box.setLayout(dates)
        for box_layout in (org, dates):
            box_layout.setContentsMargins(0, 0, 0, 0)
        topics = QGridLayout()
        for n, box in enumerate(self.topics.values()):
            topics.addWidget(box, n // 2, n % 2)
        topics_box = QWidget()
        topics_box.setLayout(topics)
        topics.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row("&Вид:", self.kind, "kind")
        self.errors.add_row("&Наименование:", self.title, "title")
        self.errors.add_row("Органи&зация:", org_box, "organisation")
        self.errors.add_row("&Даты: с", dates_box, "ends_on")
        self.errors.add_row("&Часов:", self.hours, "hours")
        self.errors.add_row("&Форма:", self.mode, "mode")
        self.errors.add_row("Темы:", topics_box, "topics")
        self.participants_error = error_label()
        self.errors.attach("participants", self.participants_error)
        self.errors.attach("certificate", self.participants_error)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        people = buddy_label(
            "&Участники из состава команды (отметьте и укажите удостоверения):", self.participants
        )
        layout.addWidget(people)
        layout.addWidget(self.participants, 1)
        layout.addWidget(self.participants_error)
        layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

    def load(self, event: TrainingEvent) -> None:
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        self.title.setText(event.title)
        self.organisation.setText(event.organisation)
        self.educational.setChecked(event.is_educational_org)
        self.starts_on.setDate(to_qdate(event.starts_on))
        self.ends_on.setDate(to_qdate(event.ends_on))
        self.hours.setValue(event.hours)
        self.mode.setCurrentIndex(self.mode.findData(event.mode))
        for topic, box in self.topics.items():
            box.setChecked(topic in event.topics)
        for participant in event.participants:
            self._kept[participant.member_id] = participant
            row = self.row_of(participant.member_id)
            if row < 0:
                continue
            self.set_participant(participant.member_id, True, participant.certificate_number)
            self._cell(row, FILE).setText(participant.certificate_name)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.participants.item(row, column)
        assert item is not None  # every cell is set when the members are listed
        return item

    def row_of(self, member_id: int) -> int:
        for row in range(self.participants.rowCount()):
            if self._cell(row, NAME).data(MEMBER_ROLE) == member_id:
                return row
        return -1

    def set_participant(self, member_id: int, taking: bool, certificate: str = "") -> None:
        row = self.row_of(member_id)
        state = Qt.CheckState.Checked if taking else Qt.CheckState.Unchecked
        self._cell(row, NAME).setCheckState(state)
        self._cell(row, NUMBER).setText(certificate)

    def set_certificate_file(self, member_id: int, path: Path) -> None:
        """Attach a scan to a participant (checked on the way); copied in on save."""
        row = self.row_of(member_id)
        self._cell(row, NAME).setCheckState(Qt.CheckState.Checked)
        self._cell(row, FILE).setText(Path(path).name)
        self._files[MemberId(member_id)] = Path(path)

    def choose_certificate(self) -> None:
        row = self.participants.currentRow()
        if row < 0:
            self.participants_error.setText("Выберите участника в списке.")
            self.participants_error.show()
            return
        name, _ = QFileDialog.getOpenFileName(
            self, "Удостоверение (сертификат)", "", "Документы (*.pdf *.jpg *.png);;Все (*)"
        )
        if name:
            member_id = self._cell(row, NAME).data(MEMBER_ROLE)
            self.set_certificate_file(member_id, Path(name))

    def _chosen(self) -> list[Participant]:
        chosen = []
        for row in range(self.participants.rowCount()):
            name = self._cell(row, NAME)
            if name.checkState() != Qt.CheckState.Checked:
                continue
            member_id = MemberId(name.data(MEMBER_ROLE))
            kept = self._kept.get(member_id, Participant(member_id))
            number = self._cell(row, NUMBER).text()
            chosen.append(
                Participant(member_id, number, kept.certificate_sha256, kept.certificate_name)
            )
        return chosen

    def values(self) -> tuple[TrainingEvent, dict[MemberId, Path]]:
        """The event, and the certificate scans chosen for its participants."""
        chosen = self._chosen()
        taking = {p.member_id for p in chosen}
        event = TrainingEvent(
            kind=TrainingKind(self.kind.currentData()),
            title=self.title.text(),
            organisation=self.organisation.text(),
            is_educational_org=self.educational.isChecked(),
            starts_on=from_qdate(self.starts_on.date()),
            ends_on=from_qdate(self.ends_on.date()),
            hours=self.hours.value(),
            mode=TrainingMode(self.mode.currentData()),
            topics=frozenset(t for t, box in self.topics.items() if box.isChecked()),
            participants=tuple(chosen),
            id=self._id,
        )
        return event, {m: p for m, p in self._files.items() if m in taking}
