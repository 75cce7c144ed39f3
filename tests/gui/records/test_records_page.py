"""«Записи инструментов 6–8»: KPIs, presence abroad and training through the dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog

from res_desktop.domain.common.progress import Status
from res_desktop.gui.common.table_model import RecordTableModel
from res_desktop.gui.records.dialogs import KpiDialog
from res_desktop.gui.records.dialogs import TrainingDialog
from res_desktop.gui.records.models import agreements_model
from res_desktop.gui.records.models import countries_model
from res_desktop.gui.records.models import country_rows
from res_desktop.gui.records.models import kpi_model
from res_desktop.gui.records.models import presences_model
from res_desktop.gui.records.models import trainings_model
from res_desktop.gui.records.page import RecordsPage
from res_desktop.gui.records.presence_dialogs import AgreementDialog
from res_desktop.gui.records.presence_dialogs import CountryDialog
from res_desktop.gui.records.presence_dialogs import PresenceDialog
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.demo.records import fill_records_demo
from tests.conftest import TODAY
from tests.gui.helpers import shown_page
from tests.gui.helpers import typed_run

Y = TODAY.year


def _status(ws: Workspace, code: str, key: str) -> Status:
    return ws.checklists.checklist(code, Y).view(key).status


def test_records_page_kpi_plan_and_fact_fill_instrument_6(qtbot, workspace: Workspace) -> None:
    page = shown_page(qtbot, lambda host: RecordsPage(workspace, host))
    assert "записи не ведутся" in page.kpi.summary.text()
    seen: list[str] = []
    page.kpi.run_dialog = typed_run(KpiDialog, {"plan_supported": "сто"}, seen)
    page.kpi.add_button.click()
    assert "Введите число" in seen[0]
    assert workspace.records.kpis() == []
    page.kpi.run_dialog = typed_run(KpiDialog, {"plan_supported": "", "plan_contracts": ""}, seen)
    page.kpi.add_button.click()
    assert "хотя бы одно плановое значение" in seen[1]
    with qtbot.waitSignal(page.changed):
        page.kpi.run_dialog = typed_run(
            KpiDialog, {"plan_supported": "120", "fact_supported": "100"}
        )
        page.kpi.add_button.click()
    assert _status(workspace, "06", "kpi_companies_supported") is Status.IN_PROGRESS
    assert "83%" in page.kpi.summary.text()
    assert page.kpi.model.rowCount() == 1
    page.kpi.run_dialog = typed_run(KpiDialog, {"plan_supported": "90"}, seen)
    page.kpi.add_button.click()
    assert "уже внесены" in seen[2]
    page.kpi.table.selectRow(0)
    page.kpi.run_dialog = typed_run(KpiDialog, {"fact_supported": "125"})
    page.kpi.edit_button.click()
    assert _status(workspace, "06", "kpi_companies_supported") is Status.DONE
    assert workspace.records.kpi(Y).fact_supported == 125
    page.kpi.table.selectRow(0)
    page.kpi.confirm = lambda _title, _text: False
    page.kpi.delete_button.click()
    assert workspace.records.kpis() != []
    page.kpi.confirm = lambda _title, _text: True
    page.kpi.delete_button.click()
    assert workspace.records.kpis() == []


def _country_run(name: str):
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, CountryDialog)
        dialog.country.setCurrentText(name)
        dialog.accept()
        return dialog.result()

    return run


def test_records_page_priority_country_needs_presence(qtbot, workspace: Workspace) -> None:
    page = shown_page(qtbot, lambda host: RecordsPage(workspace, host))
    page.tabs.setCurrentWidget(page.presence)
    tab = page.presence
    tab.run_dialog = _country_run("Индия")
    tab.buttons[0].click()
    assert _status(workspace, "07", "presence_in_each_priority_country") is Status.NOT_STARTED
    assert "нет присутствия: Индия" in tab.summary.text()
    assert tab.countries.model.row(0).formats == "нет присутствия"

    def presence(dialog: QDialog) -> int:
        assert isinstance(dialog, PresenceDialog)
        assert dialog.country.currentText() == "Индия"
        dialog.format.setCurrentIndex(dialog.format.count() - 1)  # «Другое» needs a description
        dialog.accept()
        assert "Опишите формат" in dialog.errors.text()
        dialog.format.setCurrentIndex(1)
        dialog.description.setText("Представитель в торгпредстве в Нью-Дели")
        dialog.accept()
        return dialog.result()

    tab.countries.table.selectRow(0)
    tab.run_dialog = presence
    with qtbot.waitSignal(page.changed):
        tab.buttons[2].click()
    assert _status(workspace, "07", "presence_in_each_priority_country") is Status.DONE
    assert tab.presences.model.rowCount() == 1
    tab.presences.table.selectRow(0)
    tab.confirm = lambda _title, _text: True
    tab.buttons[3].click()
    assert _status(workspace, "07", "presence_in_each_priority_country") is Status.NOT_STARTED
    tab.countries.table.selectRow(0)
    tab.buttons[1].click()
    assert workspace.records.countries() == []


def test_records_page_agreement_with_validation(qtbot, workspace: Workspace) -> None:
    page = shown_page(qtbot, lambda host: RecordsPage(workspace, host))
    tab = page.presence

    def agreement(dialog: QDialog) -> int:
        assert isinstance(dialog, AgreementDialog)
        dialog.accept()
        assert "Укажите иностранного партнёра" in dialog.errors.text()
        assert "Выберите страну" in dialog.errors.text()
        dialog.partner.setText("Правительство провинции Цзилинь")
        dialog.country.setCurrentText("Китай")
        dialog.accept()
        return dialog.result()

    tab.run_dialog = agreement
    tab.buttons[4].click()
    assert [a.country_code for a in workspace.records.agreements()] == ["CN"]
    assert _status(workspace, "07", "foreign_region_agreements") is Status.DONE


def _training_run(planned: str, trained: str, interned: str):
    return typed_run(TrainingDialog, {"planned": planned, "trained": trained, "interned": interned})


def test_records_page_internship_share_30(qtbot, workspace: Workspace) -> None:
    page = shown_page(qtbot, lambda host: RecordsPage(workspace, host))
    page.tabs.setCurrentWidget(page.training)
    tab = page.training
    tab.run_dialog = _training_run("20", "20", "5")
    tab.add_button.click()
    assert _status(workspace, "08", "internship_share_30") is Status.IN_PROGRESS
    assert tab.model.data(tab.model.index(0, 4)) == "25,0%"
    tab.table.selectRow(0)
    tab.run_dialog = _training_run("20", "20", "6")
    tab.edit_button.click()
    assert _status(workspace, "08", "internship_share_30") is Status.DONE
    assert tab.model.data(tab.model.index(0, 4)) == "30,0%"
    assert "30,0%" in tab.summary.text()


def test_records_page_rejects_more_interns_than_trained(qtbot, workspace: Workspace) -> None:
    page = shown_page(qtbot, lambda host: RecordsPage(workspace, host))
    seen: list[str] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, TrainingDialog)
        dialog.edits["planned"].setText("10")
        dialog.edits["trained"].setText("4")
        dialog.edits["interned"].setText("5,5")
        dialog.accept()
        seen.append(dialog.errors.text())
        dialog.edits["interned"].setText("5")
        dialog.accept()
        seen.append(dialog.errors.text())
        dialog.reject()
        return dialog.result()

    page.training.run_dialog = run
    page.training.add_button.click()
    assert seen == ["Введите целое число.", "Стажёров не может быть больше, чем обученных."]
    assert workspace.records.trainings() == []


def test_records_page_models(qtmodeltester, workspace: Workspace) -> None:
    fill_records_demo(workspace, TODAY)
    rec = workspace.records
    pairs: list[tuple[RecordTableModel[Any], Sequence[object]]] = [
        (kpi_model(), rec.kpis()),
        (countries_model(), country_rows(rec.countries(), rec.presences())),
        (presences_model(), rec.presences()),
        (agreements_model(), rec.agreements()),
        (trainings_model(), rec.trainings()),
    ]
    for model, rows in pairs:
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)


def test_records_page_demo_year_verdicts(qtbot, workspace: Workspace) -> None:
    fill_records_demo(workspace, TODAY)
    page = shown_page(qtbot, lambda host: RecordsPage(workspace, host))
    page.refresh()
    assert "нет присутствия: Индия" in page.presence.summary.text()
    page.year.setValue(Y - 1)
    assert f"за {Y - 1} г." in page.training.summary.text()
