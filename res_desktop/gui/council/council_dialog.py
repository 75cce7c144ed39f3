"""The Council's details, a member, a working group: add and edit dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import MemberId
from res_desktop.domain.council.model import WorkingGroup
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.form_dialog import FramedFormDialog
from res_desktop.gui.common.widgets import label_combo
from res_desktop.services.common.workspace import Workspace


class CouncilDialog(FramedFormDialog):
    """Name, regulation, chair, business deputy chair and the founding meeting."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("Сведения об Экспортном совете", parent)
        self._ws = ws
        current = ws.council.council() or Council(name="Экспортный совет при Губернаторе")
        today = ws.today()
        self.name = self.row("&Наименование:", QLineEdit(current.name))
        self.act_type = self.row("&Вид акта о положении:", QComboBox())
        self.act_type.setEditable(True)
        self.act_type.addItems(["Указ Губернатора", "Постановление Губернатора", "Распоряжение"])
        self.act_type.setCurrentText(current.regulation_act_type or "Указ Губернатора")
        self.number = self.row("Н&омер акта:", QLineEdit(current.regulation_number))
        self.regulation_date = self.row("&Дата акта:", OptionalDate("указана"))
        self.regulation_date.set_value(current.regulation_date, today)
        self.approved_by = self.row("&Кем утверждено:", QLineEdit(current.regulation_approved_by))
        self.chair = self.row("&Председатель:", QLineEdit(current.chair_name))
        self.chair_position = self.row(
            "Должность п&редседателя:", QLineEdit(current.chair_position)
        )
        self.chair_position.setPlaceholderText("Губернатор области")
        self.deputy = self.row("&Заместитель от бизнеса:", QLineEdit(current.deputy_chair_name))
        self.deputy_org = self.row(
            "&Организация заместителя:", QLineEdit(current.deputy_chair_organisation)
        )
        self.founding = self.row("&Установочное заседание:", QComboBox())
        self.founding.addItem("не указано", None)
        for meeting in ws.council.meetings():
            if meeting.is_held:
                self.founding.addItem(f"заседание {date_short(meeting.date)}", meeting.id)
        self.founding.setCurrentIndex(max(self.founding.findData(current.founding_meeting_id), 0))
        self.lay_out(size=(640, 420))

    def accept(self) -> None:
        fields = {
            "name": self.name,
            "regulation_number": self.number,
            "regulation_date": self.regulation_date,
            "founding_meeting_id": self.founding,
        }
        self.save_or_show(
            lambda: self._ws.council.save_council(
                council=Council(
                    name=self.name.text(),
                    regulation_act_type=self.act_type.currentText(),
                    regulation_number=self.number.text(),
                    regulation_date=self.regulation_date.value(),
                    regulation_approved_by=self.approved_by.text(),
                    chair_name=self.chair.text(),
                    chair_position=self.chair_position.text(),
                    deputy_chair_name=self.deputy.text(),
                    deputy_chair_organisation=self.deputy_org.text(),
                    founding_meeting_id=self.founding.currentData(),
                )
            ),
            fields,
        )


def _joined_default(ws: Workspace) -> dt.date:
    """A new member sits from the council's act, once it is recorded (else from today)."""
    council = ws.council.council()
    return (council.regulation_date if council else None) or ws.today()


class MemberDialog(FramedFormDialog):
    def __init__(self, ws: Workspace, member: Member | None, parent: QWidget | None = None):
        super().__init__("Член Совета" if member else "Новый член Совета", parent)
        self._ws, self._member = ws, member
        self.saved: Member | None = None
        self.name = self.row("&ФИО:", QLineEdit(member.name if member else ""))
        self.category = self.row("&Категория:", label_combo(MemberCategory))
        if member:
            self.category.setCurrentIndex(self.category.findData(member.category))
        self.organisation = self.row(
            "&Организация:", QLineEdit(member.organisation if member else "")
        )
        self.position = self.row("&Должность:", QLineEdit(member.position if member else ""))
        self.joined = self.row("В составе &с:", OptionalDate("указана"))
        self.joined.set_value(member.joined_on if member else _joined_default(ws), ws.today())
        self.left = self.row("&Выход из состава:", OptionalDate("выбыл"))
        self.left.set_value(member.left_on if member else None, ws.today())
        self.lay_out(size=(560, 280))

    def accept(self) -> None:
        member = Member(
            name=self.name.text(),
            category=MemberCategory(self.category.currentData()),
            organisation=self.organisation.text(),
            position=self.position.text(),
            joined_on=self.joined.value(),
            left_on=self.left.value(),
            id=self._member.id if self._member else None,
        )
        self.saved = self.save_or_show(
            lambda: self._ws.council.save_member(member=member),
            {"name": self.name, "left_on": self.left},
        )


def member_checklist(members: list[Member], checked: set[int], on: dt.date | None) -> QListWidget:
    """Members as check boxes; those who had left by ``on`` are shown only if checked."""
    box = QListWidget()
    for member in members:
        if member.id is None or (on and not member.sits_on(on) and member.id not in checked):
            continue
        item = QListWidgetItem(f"{member.name} — {member.organisation or member.category.label}")
        item.setData(Qt.ItemDataRole.UserRole, member.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        state = Qt.CheckState.Checked if member.id in checked else Qt.CheckState.Unchecked
        item.setCheckState(state)
        box.addItem(item)
    return box


def checked_ids(box: QListWidget) -> list[int]:
    return [
        int(box.item(n).data(Qt.ItemDataRole.UserRole))
        for n in range(box.count())
        if box.item(n).checkState() == Qt.CheckState.Checked
    ]


class GroupDialog(FramedFormDialog):
    def __init__(
        self, ws: Workspace, group: WorkingGroup | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("Рабочая группа Совета", parent)
        self._ws, self._group = ws, group
        self.name = self.row("&Наименование:", QLineEdit(group.name if group else ""))
        self.topic = self.row("&Направление:", QLineEdit(group.topic if group else ""))
        self.members = self.row(
            "&Участники:",
            member_checklist(
                ws.council.members(), set(group.member_ids if group else ()), ws.today()
            ),
        )
        self.lay_out(size=(560, 420))

    def accept(self) -> None:
        group = WorkingGroup(
            name=self.name.text(),
            topic=self.topic.text(),
            member_ids=tuple(MemberId(i) for i in checked_ids(self.members)),
            id=self._group.id if self._group else None,
        )
        self.save_or_show(
            lambda: self._ws.council.save_working_group(group=group), {"name": self.name}
        )


def meeting_caption(meeting: Meeting) -> str:
    return f"заседание {date_short(meeting.date)} ({meeting.status.label})"
