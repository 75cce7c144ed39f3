"""«Сервис → Журнал изменений…», «История изменений» of a record, the name for the log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel

from res_desktop.domain.common.audit import Source
from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import Meeting
from res_desktop.domain.council.model import Member
from res_desktop.domain.council.model import MemberCategory
from res_desktop.gui.common.history_dialog import HistoryDialog
from res_desktop.gui.common.region_settings import JOURNAL_NAME_KEY
from res_desktop.gui.common.region_settings import RegionSettingsDialog
from res_desktop.gui.common.region_settings import journal_name
from res_desktop.gui.council.meeting_dialog import MeetingDialog
from res_desktop.gui.exporters.company_card import CompanyCard
from res_desktop.services.common.user_data import journal_name as stored_journal_name
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.common.test_maintenance_dialogs import said
from tests.services.exporters.exporters_company import FULL

__all__ = ["said"]  # the message boxes' fixture, shared


def _members(ws: Workspace, count: int) -> None:
    for n in range(count):
        ws.council.save_member(member=Member(name=f"Член {n}", category=MemberCategory.REC))


def test_the_log_opens_filters_exports_and_closes(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[str]
) -> None:
    ws = window.ws
    _members(ws, 3)
    shown: list[HistoryDialog] = []

    def opened(self: HistoryDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", opened)
    assert window.history_action.text().replace("&", "") == "Журнал изменений…"
    window.history_action.trigger()
    [dialog] = shown
    qtbot.addWidget(dialog)
    total = ws.history.count(dialog.current_filter())
    assert dialog.model.rowCount() == total >= 4  # the profile and three members
    assert dialog.model.data(dialog.model.index(0, 5)) == "Член Совета «Член 2»"
    assert dialog.model.data(dialog.model.index(0, 6)) == (
        "добавлено (наименование «Член 2»; категория «РЭЦ»)"
    )
    dialog.section.setCurrentIndex(dialog.section.findData("Экспортный совет"))
    assert dialog.model.rowCount() == 3
    dialog.search.setText("Член 1")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 1
    assert dialog.found.text() == "Найдено изменений: 1."
    dialog.source.setCurrentIndex(dialog.source.findData(Source.CLI.value))
    assert dialog.model.rowCount() == 0
    assert not dialog.export_button.isEnabled()
    dialog.source.setCurrentIndex(0)
    dialog.since.check.setChecked(True)
    dialog.since.edit.setDate(dialog.since.edit.date().addYears(1))
    assert dialog.model.rowCount() == 0
    dialog.since.check.setChecked(False)
    assert dialog.model.rowCount() == 1

    target = tmp_path / "журнал"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    job = dialog.export_job
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=20_000)
    assert job.path == tmp_path / "журнал.xlsx"
    sheet = load_workbook(job.path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][5] == "Член Совета «Член 1»"
    assert said == [f"Записано изменений: 1.\nФайл: {job.path}"]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_large_log_is_fetched_as_it_scrolls(qtbot, workspace: Workspace) -> None:
    _members(workspace, 12)
    dialog = HistoryDialog(workspace)
    qtbot.addWidget(dialog)
    model = dialog.model
    model.lines = model.lines[:5]  # as if the first page held five
    assert model.canFetchMore(model.index(-1, -1))
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert [line.id for line in model.lines] == sorted(
        (line.id for line in workspace.history.page(dialog.current_filter())), reverse=True
    )


def test_a_cancelled_export_writes_nothing(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    _members(workspace, 2)
    dialog = HistoryDialog(workspace)
    qtbot.addWidget(dialog)
    job = dialog.start_export(tmp_path / "журнал.xlsx")
    job.cancel()
    qtbot.waitUntil(lambda: job.finished, timeout=20_000)
    assert not (tmp_path / "журнал.xlsx").exists()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)  # progress gone


def test_undo_and_redo_are_logged_as_such(qtbot, window) -> None:
    window.open_instrument("04")
    panel = window.instruments.panel
    key = panel.model.item_view(0).item.key
    panel.select_item(key)
    panel.editor.status.setCurrentIndex(panel.editor.status.findData(Status.IN_PROGRESS))
    qtbot.mouseClick(panel.editor.save_button, Qt.MouseButton.LeftButton)
    window.undo_action.trigger()
    window.redo_action.trigger()
    record = window.ws.history.item_filter("04", key, TODAY.year)
    assert record is not None
    lines = window.ws.history.page(record)
    assert [line.where for line in lines[:3]] == [
        "окно программы: Повтор: изменение пункта чек-листа",
        "окно программы: Отмена: изменение пункта чек-листа",
        "окно программы: Инструменты",
    ]
    assert "статус «в работе» → «не начато»" in lines[1].text

    shown = panel.show_history()
    assert shown is not None
    qtbot.addWidget(shown)
    assert shown.model.rowCount() == len(lines)
    assert shown.windowTitle().startswith("История изменений: ")
    shown.close()


def test_company_card_shows_its_history(qtbot, workspace: Workspace, said: list[str]) -> None:
    company = workspace.exporters.save_company(company=FULL)
    assert company.id is not None
    new = CompanyCard(workspace)
    qtbot.addWidget(new)
    assert not new.history_button.isEnabled()  # nothing to show before the first save
    card = CompanyCard(workspace, company.id)
    qtbot.addWidget(card)
    assert card.history_button.text().replace("&", "") == "История изменений…"
    shown = card.show_history()
    assert shown is not None
    qtbot.addWidget(shown)
    records = {shown.model.data(shown.model.index(r, 5)) for r in range(shown.model.rowCount())}
    assert "Организация «ООО «Смоленский Экспорт Льна»» (ИНН 6731000342)" in records
    assert not shown.user.isVisible()  # one record: no filter by user, section or source
    shown.close()


def test_meeting_dialog_shows_its_history(qtbot, workspace: Workspace) -> None:
    meeting = workspace.council.save_meeting(meeting=Meeting(date=dt.date(2026, 3, 12)))
    dialog = MeetingDialog(workspace, meeting)
    qtbot.addWidget(dialog)
    shown = dialog.show_history()
    assert shown is not None
    qtbot.addWidget(shown)
    assert shown.model.data(shown.model.index(0, 5)) == "Заседание Совета 12.03.2026"
    assert "заседание 12.03.2026" in shown.windowTitle()
    shown.close()
    assert not MeetingDialog(workspace, None).history_button.isEnabled()


def test_never_saved_item_says_so(qtbot, window, said: list[str]) -> None:
    window.open_instrument("04")
    panel = window.instruments.panel
    panel.select_item(panel.model.item_view(1).item.key)
    assert panel.show_history() is None
    assert said == ["Изменений этой записи пока нет."]


def test_the_name_for_the_log_saved_and_cancelled(qtbot, workspace: Workspace) -> None:
    dialog = RegionSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.journal_name.text() == ""
    dialog.journal_name.setText("  Иванова   М. С. ")
    dialog.accept()
    assert stored_journal_name() == "Иванова М. С."  # where the command line reads it too
    assert workspace.audit.user_name == "Иванова М. С."
    workspace.council.save_member(member=Member(name="Новый", category=MemberCategory.REC))
    [latest] = workspace.history.page(workspace.history.record_filter("council_member", 1))
    assert latest.who.startswith("Иванова М. С. (")

    again = RegionSettingsDialog(workspace)
    qtbot.addWidget(again)
    assert again.journal_name.text() == "Иванова М. С."
    again.journal_name.setText("Другой")
    again.reject()
    assert stored_journal_name() == "Иванова М. С."
    assert workspace.audit.user_name == "Иванова М. С."


def test_an_earlier_releases_name_for_the_log_moves_to_the_shared_file(qtbot) -> None:
    QSettings().setValue(JOURNAL_NAME_KEY, "Петрова А. А.")
    assert journal_name() == "Петрова А. А."
    assert stored_journal_name() == "Петрова А. А."
    assert QSettings().value(JOURNAL_NAME_KEY) is None


def test_every_field_of_the_log_has_its_own_alt_letter(qtbot, workspace: Workspace) -> None:
    dialog = HistoryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    texts += [lb.text() for lb in dialog.findChildren(QLabel) if lb.isVisible() and lb.buddy()]
    letters = [t.split("&", 1)[1][0].lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)) == 9
