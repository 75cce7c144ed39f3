"""The company card keeps every figure the user typed, through any number of saves."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from benchmarks.registry_table import inn_for
from res_desktop.domain.exporters.model import Company
from res_desktop.gui.exporters.company_card import CompanyCard
from res_desktop.gui.exporters.support_dialog import SupportDialog
from res_desktop.services.common.workspace import Workspace

NB = "\u00a0"
# Below 100 billion USD a year (issue 15: larger is refused as a slip of units).
VOLUMES = ((2021, 9876543.0), (2022, 12345678.25), (2023, 0.1), (2024, 1234.5678))


def _card(qtbot, ws: Workspace, company_id: int | None) -> CompanyCard:
    card = CompanyCard(ws, company_id)
    qtbot.addWidget(card)
    return card


def test_volumes_survive_any_number_of_opens_and_saves(qtbot, workspace: Workspace) -> None:
    saved = workspace.exporters.save_company(
        company=Company(inn=inn_for(3), full_name="ООО «Точность»", export_volume=VOLUMES)
    )
    assert saved.id is not None
    for round_ in range(3):
        card = _card(qtbot, workspace, saved.id)
        cells = [card.volumes.volumes.item(r, 1).text() for r in range(4)]
        assert cells == [f"9{NB}876{NB}543", f"12{NB}345{NB}678,25", "0,1", f"1{NB}234,5678"]
        card.widgets["contact_phone"].setText(f"+7 (4812) 00-00-0{round_}")  # type: ignore[attr-defined]
        card.accept()
        assert card.result() == QDialog.DialogCode.Accepted, card.error_text()
        assert workspace.exporters.company(saved.id).export_volume == VOLUMES


def test_volumes_typed_in_russian_are_stored_exactly(qtbot, workspace: Workspace) -> None:
    card = _card(qtbot, workspace, None)
    card.widgets["inn"].setText(inn_for(4))  # type: ignore[attr-defined]
    card.widgets["full_name"].setText("ООО «Ввод»")  # type: ignore[attr-defined]
    for text in ("9 876 543", f"12{NB}345{NB}678,25", "0,1", "1234.5678"):
        card.volumes.add_volume.click()
        row = card.volumes.volumes.rowCount() - 1
        card.volumes.volumes.item(row, 0).setText(str(2021 + row))
        card.volumes.volumes.item(row, 1).setText(text)
    card.accept()
    assert card.result() == QDialog.DialogCode.Accepted, card.error_text()
    assert card.company_id is not None
    assert workspace.exporters.company(card.company_id).export_volume == VOLUMES


def test_card_refuses_non_finite_and_absurd_volumes(qtbot, workspace: Workspace) -> None:
    card = _card(qtbot, workspace, None)
    card.widgets["inn"].setText(inn_for(5))  # type: ignore[attr-defined]
    card.widgets["full_name"].setText("ООО «Бесконечность»")  # type: ignore[attr-defined]
    card.volumes.add_volume.click()
    card.volumes.volumes.item(0, 0).setText("2025")
    for text in ("inf", "nan", "1e400", "1 000 000 000 000 000 000"):
        card.volumes.volumes.item(0, 1).setText(text)
        card.accept()
        assert card.result() != QDialog.DialogCode.Accepted
        assert f"«{text}»" in card.error_text()
        assert "например 1" in card.error_text() or "Слишком большое" in card.error_text()
    assert workspace.exporters.total() == 0


def test_support_amount_is_exact_and_never_non_finite(qtbot, workspace: Workspace) -> None:
    saved = workspace.exporters.save_company(
        company=Company(inn=inn_for(6), full_name="ООО «Контракт»")
    )
    assert saved.id is not None
    card = _card(qtbot, workspace, saved.id)
    seen: list[str] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, SupportDialog)
        dialog.measure.setText("Коллективный стенд")
        dialog.contract.setChecked(True)
        for text in ("inf", "nan", "много"):
            dialog.amount.setText(text)
            dialog.accept()
            seen.append(dialog.errors.text())
        dialog.amount.setText("12 345 678 901,25")
        dialog.accept()
        return QDialog.result(dialog)  # the dialog's own «result» is its result field

    card.support.run_dialog = run
    card.support.add_record()
    assert all("например 1" in message for message in seen), seen
    [record] = workspace.exporters.support_records(saved.id)
    assert record.amount_kusd == 12345678901.25
    shown = card.support.table.item(0, 4).text()
    assert shown == f"да 12{NB}345{NB}678{NB}901,25 тыс. долл."


def test_card_shows_no_exponent_for_any_volume(qtbot) -> None:
    """Large, tiny and long figures read as Russian numbers and come back exactly."""
    from res_desktop.gui.exporters.card_tabs import VolumesTab

    tab = VolumesTab()
    qtbot.addWidget(tab)
    tab.load(((2020, 1e15), (2021, 0.000001), (2022, 123456789.123)))
    cells = [tab.volumes.item(r, 1).text() for r in range(3)]
    assert cells == [
        f"1{NB}000{NB}000{NB}000{NB}000{NB}000",
        "0,000001",
        f"123{NB}456{NB}789,123",
    ]
    assert tab.values() == (((2020, 1e15), (2021, 0.000001), (2022, 123456789.123)), None)
