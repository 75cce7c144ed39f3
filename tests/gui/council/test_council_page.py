"""«Экспортный совет» page: add a meeting, record reports and minutes, watch instrument 5."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFileDialog

from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import Council
from res_desktop.domain.council.model import Decision
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import MeetingReport
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import ReportKind
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.sorting import RussianSortProxy
from res_desktop.gui.common.table_model import SORT_ROLE
from res_desktop.gui.council.council_dialog import MemberDialog
from res_desktop.gui.council.meeting_parts import ReportDialog
from res_desktop.gui.council.models import DecisionsModel
from res_desktop.gui.council.models import MeetingsModel
from res_desktop.gui.council.models import MembersModel
from res_desktop.gui.council.models import ReportsModel
from res_desktop.gui.council.page import CouncilPage
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.council.helpers import held_meeting_dialog
from tests.reports.common.helpers import read_pdf

D = dt.date


def _status(ws: Workspace, key: str) -> Status:
    return ws.checklists.checklist("05", 2026).view(key).status


def _save_meeting(qtbot, page: CouncilPage, day: dt.date, **fill: object) -> None:
    dialog = held_meeting_dialog(
        qtbot, page, day, str(fill.get("agenda", "О ходе реализации Плана"))
    )
    for report in fill.get("reports", ()):  # type: ignore[attr-defined]
        dialog.reports_model.set_rows([*dialog.reports_model.rows(), report])
    with qtbot.waitSignal(page.changed):
        dialog.accept()
        page.meeting_saved(dialog)
    assert dialog.saved is not None


def test_adding_meetings_moves_instrument_five(qtbot, workspace: Workspace) -> None:
    page = CouncilPage(workspace)
    qtbot.addWidget(page)
    assert page.meetings_model.rowCount() == 0
    for day in (D(2026, 2, 16), D(2026, 5, 15), D(2026, 8, 14)):
        _save_meeting(qtbot, page, day)
    assert page.meetings_model.rowCount() == 3
    view = workspace.checklists.checklist("05", 2026).view("meetings_at_least_four")
    assert view.status is Status.IN_PROGRESS
    assert view.derived_note.startswith("Проведено 3 из 4 заседаний")
    _save_meeting(qtbot, page, D(2026, 11, 16))
    assert _status(workspace, "meetings_at_least_four") is Status.DONE
    assert "выполнено" in page.plan.verdicts.text()
    assert page.selected_meeting() is not None
    assert page.selected_meeting().date == D(2026, 11, 16)


def test_report_without_agreement_is_refused_in_the_dialog(qtbot, workspace: Workspace) -> None:
    dialog = ReportDialog(None, D(2026, 5, 15), TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReportKind.COORDINATOR))
    dialog.speaker.setText("Иванова М. С.")
    dialog.heard.setChecked(True)
    dialog.accept()
    assert dialog.result() != ReportDialog.DialogCode.Accepted
    assert "только после согласования" in dialog.error.text()
    dialog.agreed.check.setChecked(True)
    dialog.agreed.edit.setDate(to_qdate(D(2026, 5, 20)))
    dialog.accept()
    assert "позже даты заседания" in dialog.error.text()
    dialog.agreed.edit.setDate(to_qdate(D(2026, 5, 5)))
    dialog.accept()
    assert dialog.result() == ReportDialog.DialogCode.Accepted
    assert dialog.report().agreed_on == D(2026, 5, 5)


def test_meeting_dialog_refuses_and_keeps_what_was_typed(qtbot, workspace: Workspace) -> None:
    page = CouncilPage(workspace)
    qtbot.addWidget(page)
    dialog = held_meeting_dialog(qtbot, page, D(2026, 5, 15), "")
    dialog.venue.setText("Зал заседаний")
    dialog.minutes_box.setChecked(True)
    dialog.minutes_number.setText("2")
    dialog.minutes_date.setDate(to_qdate(D(2026, 5, 16)))
    dialog.publication_url.setText("не ссылка")
    dialog.accept()
    assert dialog.saved is None
    assert "http://" in dialog.error.text() and "Укажите дату публикации" in dialog.error.text()
    assert dialog.venue.text() == "Зал заседаний"
    assert workspace.council.meetings() == []


def test_report_and_minutes_recorded_through_the_page(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    page = CouncilPage(ws)
    qtbot.addWidget(page)
    member = ws.council.save_member(
        member=Member(name="Орлов Виктор Николаевич", category=MemberCategory.EXPORTER)
    )
    founding = ws.council.save_meeting(meeting=Meeting(D(2025, 12, 1), MeetingStatus.HELD))
    ws.council.save_council(
        council=Council("Экспортный совет", deputy_chair_name="Орлов Виктор Николаевич",
                        founding_meeting_id=founding.id)
    )  # fmt: skip
    page.refresh()
    report = MeetingReport(ReportKind.PLAN, "Белова Н. И.", "Отчёт о реализации Плана",
                           D(2026, 9, 1), True, 1)  # fmt: skip
    _save_meeting(qtbot, page, D(2026, 9, 15), reports=[report])
    assert _status(ws, "plan_report") is Status.NOT_STARTED  # no minutes approve it yet
    meeting = next(m for m in ws.council.meetings() if m.date == D(2026, 9, 15))
    dialog = page.meeting_dialog(meeting)
    qtbot.addWidget(dialog)
    box = dialog.attendance
    box.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.decisions_model.set_rows([Decision("Принять отчёт", "Белова Н. И.", agenda_item=1)])
    dialog.minutes_box.setChecked(True)
    dialog.minutes_number.setText("4")
    dialog.minutes_date.setDate(to_qdate(D(2026, 9, 16)))
    dialog.publication_url.setText("https://export.region.example/council/4")
    dialog.published_on.check.setChecked(True)
    dialog.published_on.edit.setDate(to_qdate(D(2026, 9, 18)))
    scan = tmp_path / "протокол 4.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    dialog.set_minutes_file(scan)
    with qtbot.waitSignal(page.changed):
        dialog.accept()
        page.meeting_saved(dialog)
    stored = next(m for m in ws.council.meetings() if m.date == D(2026, 9, 15))
    assert _status(ws, "plan_report") is Status.DONE
    assert stored.attendance == (member.id,)
    assert stored.minutes is not None and stored.minutes.file_name == "протокол 4.pdf"
    cells = [page.meetings_model.index(r, 4).data() for r in range(page.meetings_model.rowCount())]
    assert any("№ 4, опубликован 18.09.2026" in cell for cell in cells)
    verdict = ws.checklists.checklist("05", 2026).view("minutes_published")
    assert verdict.derived_note.startswith("Опубликованы протоколы 1 из 1 проведённого")
    page.select_meeting(stored.id)
    minutes_pdf = read_pdf(page.save_minutes_pdf(tmp_path / "проект.pdf"))
    assert "СЛУШАЛИ:" in minutes_pdf.text and "РЕШИЛИ:" in minutes_pdf.text
    assert "Орлов В.Н." in minutes_pdf.text  # those present: surname and initials
    # the Plan report heard is approved by the minutes, then the decision recorded
    assert "1.1. Утвердить отчёт о реализации Плана. 1.2. Принять отчёт" in minutes_pdf.text
    agenda_pdf = read_pdf(page.save_agenda_pdf(tmp_path / "повестка.pdf", stored.id))
    assert "Докладчик: Белова Н. И." in agenda_pdf.text  # not a member: as typed


def test_meeting_start_time_and_papers_saved_as_docx(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    page = CouncilPage(workspace)
    qtbot.addWidget(page)
    dialog = held_meeting_dialog(qtbot, page, D(2026, 5, 15))
    assert dialog.start_time.text() == "не указано"
    dialog.start_time.setTime(QTime(11, 30))
    dialog.accept()
    page.meeting_saved(dialog)
    stored = workspace.council.meetings()[0]
    assert stored.start_time == "11:30"
    page.select_meeting(stored.id)
    answers = iter(["", str(tmp_path / "повестка.docx"), str(tmp_path / "проект.docx")])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (next(answers), "Документ Word (*.docx)")
    )
    assert page.save_paper_as("Повестка", page.save_agenda_docx, "docx") is None  # cancelled
    assert list(tmp_path.glob("*.docx")) == []
    agenda = page.save_paper_as("Повестка", page.save_agenda_docx, "docx")
    assert agenda == tmp_path / "повестка.docx"
    assert "Время начала: 11:30." in [p.text for p in Document(str(agenda)).paragraphs]
    minutes = page.save_paper_as("Протокол", page.save_minutes_docx, "docx")
    assert minutes is not None
    texts = [p.text for p in Document(str(minutes)).paragraphs]
    assert texts[0] == "ПРОЕКТ" and "СЛУШАЛИ:" in texts  # no minutes recorded yet: a draft
    menu = page.agenda_button.menu()
    assert [a.text() for a in menu.actions()] == ["Сохранить &PDF…", "Сохранить &DOCX…"]


def test_member_dialog_validates_next_to_the_field(qtbot, workspace: Workspace) -> None:
    dialog = MemberDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Укажите фамилию" in dialog.error.text()
    assert "border" in dialog.name.styleSheet()
    dialog.name.setText("Кравцова Елена Михайловна")
    dialog.category.setCurrentIndex(dialog.category.findData(MemberCategory.REC))
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.category is MemberCategory.REC


def test_quarter_warning_on_the_page(qtbot, workspace: Workspace) -> None:
    workspace.council.save_meeting(meeting=Meeting(date=D(2026, 2, 2), status=MeetingStatus.HELD))
    page = CouncilPage(workspace)
    qtbot.addWidget(page)
    assert "IV квартал заканчивается через 37 дней" not in page.warning.text()  # > 30 days
    assert "не заслушан промежуточный отчёт" in page.warning.text()


def test_council_models_are_valid_qt_models(qtmodeltester, workspace: Workspace) -> None:
    ws = workspace
    ws.council.save_member(member=Member(name="Ёлкин Иван", category=MemberCategory.EXPORTER))
    ws.council.save_member(
        member=Member(name="Абрамов Пётр", category=MemberCategory.REC, left_on=D(2026, 1, 1))
    )
    meeting = ws.council.save_meeting(
        meeting=Meeting(date=D(2026, 3, 3), status=MeetingStatus.HELD)
    )
    report = MeetingReport(kind=ReportKind.INTERIM, speaker="Иванова", heard=True)
    meeting = ws.council.add_report(meeting.id, report=report)  # type: ignore[arg-type]
    meeting = ws.council.add_decision(meeting.id, decision=Decision(text="Принять к сведению"))  # type: ignore[arg-type]
    members, meetings = MembersModel(), MeetingsModel()
    reports, decisions = ReportsModel(), DecisionsModel()
    members.set_rows(ws.council.members())
    meetings.set_rows(ws.council.meetings())
    reports.set_rows(meeting.reports)
    decisions.set_rows(meeting.decisions)
    for model in (members, meetings, reports, decisions):
        qtmodeltester.check(model)
    proxy = RussianSortProxy(SORT_ROLE)
    proxy.setSourceModel(members)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["Абрамов Пётр", "Ёлкин Иван"]
    assert meetings.index(0, 3).data() == "промежуточный отчёт о ходе реализации Плана"
