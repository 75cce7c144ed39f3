"""Issue 17 part 4, «Forms behave»: typed data is not thrown away unasked, a fixed field loses its
error, an impossible date is refused, defaults follow the records, buttons follow the selection."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.team.model import TeamMember
from res_desktop.gui.common.date_fields import DateEdit
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.form_dialog import ERROR_STYLE
from res_desktop.gui.council.council_dialog import MemberDialog as CouncilMemberDialog
from res_desktop.gui.council.meeting_dialog import MeetingDialog
from res_desktop.gui.exporters.company_card import CompanyCard
from res_desktop.gui.team.member_dialog import MemberDialog as TeamMemberDialog
from res_desktop.gui.team.page import TeamPage
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY

Button = QMessageBox.StandardButton
W = TypeVar("W", bound=QWidget)
D = dt.date


def _type(widget: QWidget, text: str) -> None:
    """Keys typed as a user does (QTest types Latin letters only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _shown(qtbot, dialog: W) -> W:
    """The dialog on screen; a question left at the test's end is answered «Не сохранять»."""
    qtbot.addWidget(dialog)
    if hasattr(dialog, "ask_unsaved"):
        dialog.ask_unsaved = lambda _parent: Button.Discard
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _asked(dialog: QDialog, answer: Button) -> list[str]:
    """Replaces the «Сохранить / Не сохранять / Отмена» box; records each time it is asked."""
    asked: list[str] = []

    def ask(_parent: object) -> Button:
        asked.append(dialog.windowTitle())
        return answer

    dialog.ask_unsaved = ask  # type: ignore[attr-defined]
    return asked


def _cancel(qtbot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def _escape(qtbot, dialog: QDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def _close_button(_qtbot, dialog: QDialog) -> None:
    dialog.close()  # what the window's title-bar button sends


WAYS_OUT = [_escape, _cancel, _close_button]


# Each answer to the question, and what follows it: (closed, saved).
ANSWERS = {Button.Discard: (True, False), Button.Cancel: (False, False), Button.Save: (True, True)}
CASES = [(leave, answer) for leave in WAYS_OUT for answer in ANSWERS]


@pytest.mark.parametrize(
    ("leave", "answer"), CASES, ids=[f"{w.__name__.strip('_')}-{a.name}" for w, a in CASES]
)
def test_typed_member_asks_and_the_answer_decides(
    qtbot, workspace: Workspace, leave, answer: Button
) -> None:
    dialog = _shown(qtbot, CouncilMemberDialog(workspace, None))
    asked = _asked(dialog, answer)
    _type(dialog.name, "Иванов Иван Иванович")
    leave(qtbot, dialog)
    closed, saved = ANSWERS[answer]
    assert asked == ["Новый член Совета"]
    assert dialog.isVisible() is not closed and dialog.name.text() == "Иванов Иван Иванович"
    accepted = dialog.result() == QDialog.DialogCode.Accepted
    assert accepted is saved
    stored = [m.name for m in workspace.council.members()]
    assert stored == (["Иванов Иван Иванович"] if saved else [])


def test_save_from_the_question_keeps_a_refused_dialog_open(qtbot, workspace: Workspace) -> None:
    dialog = _shown(qtbot, CouncilMemberDialog(workspace, None))
    _asked(dialog, Button.Save)
    _type(dialog.organisation, "ООО «Смоленский лён»")  # but no name: refused
    _escape(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text()
    assert workspace.council.members() == []


@pytest.mark.parametrize("leave", WAYS_OUT, ids=lambda f: f.__name__.strip("_"))
def test_an_untouched_dialog_closes_without_asking(qtbot, workspace: Workspace, leave) -> None:
    workspace.council.save_member(
        member=Member(name="Петров П. П.", category=MemberCategory.EXECUTIVE, joined_on=TODAY)
    )
    dialog = _shown(qtbot, CouncilMemberDialog(workspace, workspace.council.members()[0]))
    asked = _asked(dialog, Button.Cancel)
    leave(qtbot, dialog)
    assert asked == [] and not dialog.isVisible()


def _team_member_dialog(qtbot) -> tuple[TeamMemberDialog, list[object]]:
    """A shown team-member dialog (a SubmitDialog) and the list its saves go into."""
    saved: list[object] = []
    dialog = TeamMemberDialog(saved.append, today=TODAY, federal_city=False, parent=None)
    return _shown(qtbot, dialog), saved


def test_a_submit_dialog_asks_too_and_typing_back_the_old_value_does_not(
    qtbot, workspace: Workspace
) -> None:
    dialog, saved = _team_member_dialog(qtbot)
    asked = _asked(dialog, Button.Discard)
    _type(dialog.phone, "1")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Backspace)
    _escape(qtbot, dialog)
    assert asked == [] and not dialog.isVisible()
    dialog, saved = _team_member_dialog(qtbot)
    asked = _asked(dialog, Button.Discard)
    _type(dialog.phone, "+7 4812 00-00-00")
    _cancel(qtbot, dialog)
    assert asked == ["Член управленческой команды"] and saved == []


def test_the_meeting_and_the_company_card_ask(qtbot, workspace: Workspace) -> None:
    meeting = _shown(qtbot, MeetingDialog(workspace, None))
    asked = _asked(meeting, Button.Cancel)
    _escape(qtbot, meeting)
    assert asked == [] and not meeting.isVisible()
    meeting = _shown(qtbot, MeetingDialog(workspace, None))
    asked = _asked(meeting, Button.Cancel)
    _type(meeting.venue, "Администрация области")
    _escape(qtbot, meeting)
    assert asked == ["Заседание Экспортного совета"] and meeting.isVisible()
    card = _shown(qtbot, CompanyCard(workspace))
    asked = _asked(card, Button.Discard)
    card.close()
    assert asked == [] and not card.isVisible()
    card = _shown(qtbot, CompanyCard(workspace))
    asked = _asked(card, Button.Discard)
    _type(card.widgets["inn"], "6731000000")
    card.close()
    assert asked == ["Карточка организации"] and not card.isVisible()
    assert workspace.exporters.total() == 0


def test_a_fixed_field_loses_its_frame_and_its_message(qtbot, workspace: Workspace) -> None:
    dialog = _shown(qtbot, CouncilMemberDialog(workspace, None))
    dialog.accept()  # no name
    assert dialog.name.styleSheet() == ERROR_STYLE and dialog.error.text()
    _type(dialog.name, "И")
    assert dialog.name.styleSheet() == "" and dialog.error.text() == ""


def test_a_fixed_field_loses_its_message_in_a_submit_dialog(qtbot, workspace: Workspace) -> None:
    def submit(member: TeamMember) -> TeamMember:
        return workspace.team.save_member(member=member)

    dialog = _shown(qtbot, TeamMemberDialog(submit, today=TODAY, federal_city=False, parent=None))
    dialog.full_name.setText("Сидорова Анна Петровна")
    dialog.email.setText("не адрес")
    dialog.accept()
    assert "почт" in dialog.errors.text()
    _type(dialog.email, "@")
    assert "почт" not in dialog.errors.text()


def _type_date(qtbot, edit: DateEdit, keys: str) -> None:
    edit.setFocus()
    edit.setSelectedSection(DateEdit.Section.DaySection)
    qtbot.keyClicks(edit, keys)


def test_31_february_is_remembered_not_turned_into_the_28th(qtbot) -> None:
    edit = date_edit(D(2026, 1, 15))
    _shown(qtbot, edit)
    _type_date(qtbot, edit, "31022026")
    assert edit.text() == "28.02.2026" and edit.impossible == "31.02.2026"
    _type_date(qtbot, edit, "28022026")
    assert edit.impossible == "" and edit.text() == "28.02.2026"
    november = date_edit(D(2026, 11, 2))
    _shown(qtbot, november)
    _type_date(qtbot, november, "31")  # Qt itself shows 30.11
    assert november.impossible == "31.11.2026"
    edit.setDate(to_qdate(D(2026, 1, 31)))
    edit.setFocus()
    edit.setSelectedSection(DateEdit.Section.MonthSection)
    qtbot.keyClicks(edit, "04")
    assert edit.impossible == "31.04.2026"
    edit.setSelectedSection(DateEdit.Section.MonthSection)
    qtbot.keyClicks(edit, "03")  # a month that has the 31st gets it back
    assert edit.impossible == "" and edit.text() == "31.03.2026"


def test_31_february_is_refused_with_a_message_naming_the_field(
    qtbot, workspace: Workspace
) -> None:
    dialog, saved = _team_member_dialog(qtbot)
    dialog.full_name.setText("Сидорова Анна Петровна")
    _type_date(qtbot, dialog.included_on, "31022026")
    dialog.accept()
    assert saved == [] and dialog.isVisible()
    assert "«Дата включения»: даты 31.02.2026 нет в календаре" in dialog.errors.text()
    _type_date(qtbot, dialog.included_on, "27022026")
    assert dialog.errors.text() == ""


def test_31_february_is_refused_in_a_framed_dialog(qtbot, workspace: Workspace) -> None:
    dialog = _shown(qtbot, CouncilMemberDialog(workspace, None))
    dialog.name.setText("Иванов Иван Иванович")
    _type_date(qtbot, dialog.joined.edit, "31022026")
    dialog.accept()
    assert dialog.isVisible() and workspace.council.members() == []
    assert "«В составе с»: даты 31.02.2026 нет в календаре" in dialog.error.text()
    assert dialog.joined.styleSheet() == ERROR_STYLE


def test_a_new_member_sits_from_the_councils_act(qtbot, workspace: Workspace) -> None:
    dialog = CouncilMemberDialog(workspace, None)
    qtbot.addWidget(dialog)
    assert dialog.joined.value() == TODAY  # no act recorded yet
    council = Council(name="Экспортный совет", regulation_act_type="Указ Губернатора")
    workspace.council.save_council(
        council=dataclasses.replace(council, regulation_number="45", regulation_date=D(2025, 3, 14))
    )
    dialog = CouncilMemberDialog(workspace, None)
    qtbot.addWidget(dialog)
    assert dialog.joined.value() == D(2025, 3, 14)


def test_the_protocol_is_dated_the_meeting_day_until_told_otherwise(
    qtbot, workspace: Workspace
) -> None:
    dialog = MeetingDialog(workspace, None)
    qtbot.addWidget(dialog)
    assert dialog.minutes_date.date() == to_qdate(TODAY)
    dialog.date.setDate(to_qdate(D(2026, 10, 2)))
    assert dialog.minutes_date.date() == to_qdate(D(2026, 10, 2))
    dialog.minutes_date.setDate(to_qdate(D(2026, 10, 5)))  # the user's own date stays
    dialog.date.setDate(to_qdate(D(2026, 10, 3)))
    assert dialog.minutes_date.date() == to_qdate(D(2026, 10, 5))


def test_edit_and_delete_wait_for_a_selected_row(qtbot, workspace: Workspace) -> None:
    page = TeamPage(workspace)
    qtbot.addWidget(page)
    tab = page.members
    assert tab.add_button.isEnabled()
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    tab.run_dialog = _filled_member
    tab.add_button.click()
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()
    tab.table.clearSelection()
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()


def _filled_member(dialog: QDialog) -> int:
    assert isinstance(dialog, TeamMemberDialog)
    dialog.full_name.setText("Сидорова Анна Петровна")
    dialog.position.setText("Заместитель министра")
    dialog.organisation.setText("Министерство экономического развития")
    dialog.accept()
    return dialog.result()


def test_meeting_lists_edit_and_delete_wait_for_a_selected_row(qtbot, workspace: Workspace) -> None:
    dialog = MeetingDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.decisions_model.set_rows([Decision("Принять к сведению")])
    buttons = {b.text(): b for b in dialog.tabs.widget(3).findChildren(QPushButton)}
    assert buttons["Доб&авить…"].isEnabled()
    assert not buttons["&Изменить…"].isEnabled() and not buttons["Уд&алить"].isEnabled()
    dialog.decisions_table.selectRow(0)
    assert buttons["&Изменить…"].isEnabled() and buttons["Уд&алить"].isEnabled()
