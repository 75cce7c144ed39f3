"""Record a member's qualification confirmation (year 4 of instrument 3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import TeamMember
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.form_dialog import SubmitDialog


class ConfirmationDialog(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[QualificationConfirmation], object],
        *,
        today: dt.date,
        members: Sequence[TeamMember],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title="Подтверждение квалификации")
        self.member = self.field("&Член команды:", QComboBox(), "member")
        for member in members:
            self.member.addItem(member.full_name, member.id)
        self.confirmed_on = self.field("&Дата:", date_edit(today), "confirmed_on")
        self.document = self.field("Д&окумент:", QLineEdit(), "document")
        self.document.setPlaceholderText("Например: Протокол аттестационной комиссии № 3")
        self.issuer = self.field("&Кем выдан:", QLineEdit(), "issuer")
        self.issuer.setPlaceholderText("Организация, выдавшая документ")
        self.lay_out(width=560)

    def values(self) -> QualificationConfirmation:
        return QualificationConfirmation(
            member_id=MemberId(self.member.currentData()),
            confirmed_on=from_qdate(self.confirmed_on.date()),
            document=self.document.text(),
            issuer=self.issuer.text(),
        )
