"""Add or edit a member of the management team."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import applicable_slots
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.widgets import label_combo


class MemberDialog(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[TeamMember], object],
        *,
        today: dt.date,
        federal_city: bool,
        member: TeamMember | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title="Член управленческой команды", record=member)
        self.full_name = self.field("&ФИО:", QLineEdit(), "full_name")
        self.full_name.setPlaceholderText("Фамилия Имя Отчество")
        self.position = self.field("&Должность:", QLineEdit(), "position")
        self.organisation = self.field("&Организация:", QLineEdit(), "organisation")
        self.slot = self.field(
            "&Роль в команде:", label_combo(applicable_slots(federal_city)), "slot"
        )
        self.phone = self.field("&Телефон:", QLineEdit(), "phone")
        self.email = self.field("&Эл. почта:", QLineEdit(), "email")
        self.included_on = self.field("Дата &включения:", date_edit(today), "included_on")
        self.excluded_on = self.field("Дата исключения:", OptionalDate("&исключён"), "excluded_on")
        self.excluded_on.set_value(None, today)
        self.lay_out(width=620)
        if member is not None:
            self.load(member, today)

    def load(self, member: TeamMember, today: dt.date) -> None:
        self.full_name.setText(member.full_name)
        self.position.setText(member.position)
        self.organisation.setText(member.organisation)
        index = self.slot.findData(member.slot)
        if index < 0:  # a municipal member kept from before the region became a federal city
            self.slot.addItem(member.slot.label, member.slot)
            index = self.slot.count() - 1
        self.slot.setCurrentIndex(index)
        self.phone.setText(member.phone)
        self.email.setText(member.email)
        self.included_on.setDate(to_qdate(member.included_on))
        self.excluded_on.set_value(member.excluded_on, today)

    def values(self) -> TeamMember:
        return TeamMember(
            full_name=self.full_name.text(),
            position=self.position.text(),
            organisation=self.organisation.text(),
            slot=RoleSlot(self.slot.currentData()),
            phone=self.phone.text(),
            email=self.email.text(),
            included_on=from_qdate(self.included_on.date()),
            excluded_on=self.excluded_on.value(),
            id=self._id,
        )
