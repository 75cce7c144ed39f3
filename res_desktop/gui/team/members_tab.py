"""«Состав»: members on a chosen date, empty roles, turnover with the retraining warning."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.team.model import RETRAINING_WARNING
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.rules import retraining
from res_desktop.gui.common import texts
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.record_tab import EditableRecordTab
from res_desktop.gui.common.table_model import DIMMED
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.team.member_dialog import MemberDialog
from res_desktop.gui.team.models import members_model
from res_desktop.services.common.workspace import Workspace


class MembersTab(EditableRecordTab):
    record_type = TeamMember

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, members_model(), parent)
        self.on_date = date_edit(ws.today())
        self.show_all = QCheckBox("Показать вс&ех, включая выбывших")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.turnover = QLabel()
        self.turnover.setWordWrap(True)
        self.on_date.dateChanged.connect(self.refresh)
        self.show_all.toggled.connect(self.refresh)
        self._build_layout()
        self.sort_by(3)  # by role, in the Standard's order
        self.refresh()

    def _build_layout(self) -> None:
        """The notes above the table: as roles fill, they shrink there, and the buttons under
        the table stay where they are."""
        top = widget_row(("Состав на да&ту:", self.on_date), self.show_all)
        self.lay_out(top, self.empty, self.turnover, below=())

    def day(self) -> Any:
        return from_qdate(self.on_date.date())

    def refresh(self) -> None:
        day = self.day()
        members = self._ws.team.members()
        shown = (
            members if self.show_all.isChecked() else [m for m in members if m.is_member_on(day)]
        )
        self.model.colour = lambda m: None if m.is_member_on(day) else DIMMED
        self.model.set_rows(shown)
        self.fit_columns()
        self._show_slots(day)
        self._show_turnover(day, members)

    def _show_slots(self, day: Any) -> None:
        composition = self._ws.team.composition_on(day)
        head = f"На {date_short(day)} в составе {len(composition.members)} чел."
        if composition.empty_slots:
            listed = "; ".join(s.label for s in composition.empty_slots)
            self.empty.setText(f"{head} <b>Не заполнены роли:</b> {listed}.")
            self.empty.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
        else:
            self.empty.setText(f"{head} Все рекомендованные роли заполнены.")
            self.empty.setStyleSheet(f"color: {texts.OK_COLOR};")

    def _show_turnover(self, day: Any, members: list[TeamMember]) -> None:
        change = self._ws.team.turnover(day)
        text = f"Обновление состава {change.text}."
        again = retraining(members, self._ws.team.events(), change)
        if change.above_threshold:
            state = again.note if not again.met else again.note or RETRAINING_WARNING
            text += f"<br><b>{state}</b>"
        self.turnover.setText(text)
        warn = not again.met
        self.turnover.setStyleSheet(f"color: {texts.OVERDUE_COLOR};" if warn else "")

    # -- editing -----------------------------------------------------------------------
    def dialog(self, member: TeamMember | None) -> MemberDialog:
        def submit(values: TeamMember) -> TeamMember:
            return self._ws.team.save_member(member=values)

        profile = self._ws.region.require_profile()
        return MemberDialog(
            submit,
            today=self._ws.today(),
            federal_city=profile.federal_city,
            member=member,
            parent=self,
        )

    def add_member(self) -> None:
        self.add_new()

    def before_refresh(self, saved: object) -> None:
        if isinstance(saved, TeamMember) and not saved.is_member_on(self.day()):
            self.show_all.setChecked(True)

    def delete_question(self, member: TeamMember) -> str:
        return (
            f"Удалить запись о члене команды «{member.full_name}» вместе с его участием "
            "в мероприятиях? Если он выбыл из команды, укажите дату исключения вместо удаления."
        )

    def delete_record(self, member_id: int) -> None:
        self._ws.team.delete_member(member_id)
