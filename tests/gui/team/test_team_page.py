"""«Управленческая команда»: add members and training through the dialogs, watch instrument 3."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from res_desktop.domain.common.progress import Status
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import TeamMember
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingKind
from res_desktop.domain.team.model import required_slots
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.team.event_dialog import EventDialog
from res_desktop.gui.team.member_dialog import MemberDialog
from res_desktop.gui.team.page import TeamPage
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.conftest import make_profile
from tests.reports.common.helpers import read_pdf
from tests.services.team.team_helpers import NAMES
from tests.services.team.team_helpers import form_team
from tests.services.team.team_helpers import saved_id
from tests.services.team.team_helpers import train


def _page(qtbot, ws: Workspace) -> TeamPage:
    page = TeamPage(ws)
    qtbot.addWidget(page)
    return page


def _fill_member(n: int, slot: RoleSlot, included: dt.date):
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, MemberDialog)
        dialog.full_name.setText(NAMES[n])
        dialog.position.setText("Заместитель министра")
        dialog.organisation.setText("Правительство области")
        dialog.slot.setCurrentIndex(dialog.slot.findData(slot))
        dialog.included_on.setDate(to_qdate(included))
        dialog.accept()
        return dialog.result()

    return run


def test_members_and_training_fill_instrument_3(qtbot, workspace: Workspace, tmp_path) -> None:
    workspace.region.save(make_profile(start_year=TODAY.year))  # year 1
    page = _page(qtbot, workspace)
    tab = page.members
    for n, slot in enumerate(required_slots(False)):
        tab.run_dialog = _fill_member(n, slot, dt.date(TODAY.year, 2, 1))
        with qtbot.waitSignal(page.changed):
            qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 7
    assert "Все рекомендованные роли заполнены" in tab.empty.text()
    view = workspace.checklists.checklist("03", TODAY.year)
    assert view.view("team_formed").status is Status.DONE
    assert view.view("team_trained").status is Status.NOT_STARTED

    scan = tmp_path / "Удостоверение.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    members = workspace.team.members()

    def fill_event(dialog: QDialog) -> int:
        assert isinstance(dialog, EventDialog)
        dialog.title.setText("Основы экспорта для управленческих команд")
        dialog.organisation.setText("Школа экспорта РЭЦ")
        dialog.educational.setChecked(True)
        dialog.starts_on.setDate(to_qdate(dt.date(TODAY.year, 4, 6)))
        dialog.ends_on.setDate(to_qdate(dt.date(TODAY.year, 4, 10)))
        dialog.hours.setValue(72)
        for box in dialog.topics.values():
            box.setChecked(True)
        for member in members:
            dialog.set_participant(saved_id(member), True, f"ПК-{member.id}")
        dialog.set_certificate_file(saved_id(members[0]), scan)
        dialog.accept()
        return dialog.result()

    page.training.run_dialog = fill_event
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.training.add_button, Qt.MouseButton.LeftButton)
    assert page.training.model.rowCount() == 1
    view = workspace.checklists.checklist("03", TODAY.year)
    trained = view.view("team_trained")
    assert trained.status is Status.DONE and trained.state.done_on == dt.date(TODAY.year, 4, 10)
    [event] = workspace.team.events()
    taking = event.participant(saved_id(members[0]))
    assert taking is not None
    assert taking.certificate_number == f"ПК-{members[0].id}"
    assert workspace.team.certificate_path(taking).read_bytes() == scan.read_bytes()


def test_bad_member_input_is_shown_next_to_the_fields_and_kept(qtbot, workspace) -> None:
    page = _page(qtbot, workspace)
    seen: list[MemberDialog] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, MemberDialog)
        dialog.full_name.setText("Иванов")
        dialog.email.setText("не-адрес")
        dialog.accept()
        seen.append(dialog)
        return dialog.result()

    page.members.run_dialog = run
    page.members.add_member()
    [dialog] = seen
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Укажите фамилию, имя и отчество." in dialog.errors.text()
    assert "Адрес электронной почты указан неверно." in dialog.errors.text()
    assert dialog.full_name.text() == "Иванов"
    assert workspace.team.members() == []


def test_composition_on_a_date_and_turnover_warning(qtbot, workspace: Workspace) -> None:
    team = form_team(workspace, dt.date(TODAY.year - 1, 2, 1))
    for n, old in enumerate(team[:4]):
        workspace.team.save_member(
            member=dataclasses.replace(old, excluded_on=dt.date(TODAY.year, 3, 1 + n))
        )
        workspace.team.save_member(member=TeamMember(
            full_name=f"Новиков{n} Павел Ильич", position="Министр", organisation="Правительство",
            slot=old.slot, included_on=dt.date(TODAY.year, 3, 1 + n),
        ))  # fmt: skip
    page = _page(qtbot, workspace)
    tab = page.members
    assert tab.model.rowCount() == 7
    assert "обучение повторно" in tab.turnover.text()
    assert "обучение повторно" in page.warning.text()
    tab.on_date.setDate(to_qdate(dt.date(TODAY.year, 3, 1)))
    names = {tab.model.row(r).full_name for r in range(tab.model.rowCount())}
    assert NAMES[0] not in names and NAMES[1] in names and "Новиков0 Павел Ильич" in names
    tab.show_all.setChecked(True)
    assert tab.model.rowCount() == 11


def test_delete_asks_first(qtbot, workspace: Workspace) -> None:
    form_team(workspace, dt.date(TODAY.year - 1, 2, 1))
    page = _page(qtbot, workspace)
    tab = page.members
    tab.table.selectRow(0)
    tab.confirm = lambda _title, _text: False
    tab.delete_selected()
    assert len(workspace.team.members()) == 7
    tab.confirm = lambda _title, _text: True
    with qtbot.waitSignal(page.changed):
        tab.delete_selected()
    assert len(workspace.team.members()) == 6
    assert "Не заполнены роли" in tab.empty.text()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, workspace: Workspace) -> None:
    team = form_team(workspace, dt.date(TODAY.year - 1, 2, 1))
    train(workspace, team, dt.date(TODAY.year, 3, 1), [Topic.PROJECT_MANAGEMENT])
    workspace.team.add_confirmation(
        confirmation=QualificationConfirmation(saved_id(team[0]), TODAY, "Протокол № 1")
    )
    page = _page(qtbot, workspace)
    for tab in (page.members, page.training, page.confirmations):
        assert tab.model.rowCount() > 0
        qtmodeltester.check(tab.model)
    assert page.confirmations.model.index(0, 0).data() == team[0].full_name


def test_development_report_saved_from_the_page(qtbot, workspace, tmp_path: Path) -> None:
    team = form_team(workspace, dt.date(TODAY.year - 1, 2, 1))
    train(workspace, team, dt.date(TODAY.year, 3, 1), hours=36, kind=TrainingKind.TRAINING)
    page = _page(qtbot, workspace)
    path = page.save_development_report(tmp_path / "отчёт.pdf")
    text = read_pdf(path).text
    assert f"за {TODAY.year} год" in text
    assert NAMES[0] in text and "Итого по команде 1 252" in text


def test_buttons_stay_put_as_members_are_added(qtbot, workspace: Workspace) -> None:
    """The empty roles are listed once, above the table: the buttons below do not move."""
    page = _page(qtbot, workspace)
    page.resize(1100, 560)
    page.show()
    tab = page.members
    places, slots = [], list(required_slots(federal_city=False))
    for n, slot in enumerate(slots):
        workspace.team.save_member(member=TeamMember(
            full_name=NAMES[n], position="Заместитель министра", organisation="Правительство",
            slot=slot, included_on=dt.date(TODAY.year, 1, 10),
        ))  # fmt: skip
        page.refresh()
        qtbot.wait(1)
        places.append(tab.add_button.mapTo(page, tab.add_button.rect().topLeft()).y())
    assert len(set(places)) == 1
    assert "Не заполнены роли" not in page.warning.text()
    assert tab.empty.text().count("<br>") == 0
