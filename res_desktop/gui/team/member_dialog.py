"""Add or edit a member of the management team."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from res_desktop.domain.team.model import RoleSlot, TeamMember, applicable_slots
from res_desktop.gui.common.date_fields import OptionalDate, date_edit, from_qdate, to_qdate
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
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText("Фамилия Имя Отчество")
        self.position = QLineEdit()
        self.organisation = QLineEdit()
        self.slot = label_combo(applicable_slots(federal_city))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.included_on = date_edit(today)
        self.excluded_on = OptionalDate("&исключён")
        self.excluded_on.set_value(None, today)
        rows = (
            ("&ФИО:", self.full_name, "full_name"),
            ("&Должность:", self.position, "position"),
            ("&Организация:", self.organisation, "organisation"),
            ("&Роль в команде:", self.slot, "slot"),
            ("&Телефон:", self.phone, "phone"),
            ("&Эл. почта:", self.email, "email"),
            ("Дата &включения:", self.included_on, "included_on"),
            ("Дата исключения:", self.excluded_on, "excluded_on"),
        )
        self.lay_out(rows, width=620)
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
