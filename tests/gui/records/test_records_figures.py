"""Figures in the records dialogs: exact round trips, and nothing non-finite gets in."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from res_desktop.domain.records.model import CentreKpi
from res_desktop.gui.records.dialogs import KpiDialog
from res_desktop.gui.records.dialogs import TrainingDialog
from res_desktop.gui.records.indicators_dialog import IndicatorDialog
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY

Y = TODAY.year
NB = "\u00a0"
BAD = ("inf", "-inf", "nan", "1e400", "1 000 000 000 000 000 000")


def _kpi_dialog(qtbot, ws: Workspace, kpi: CentreKpi | None = None) -> KpiDialog:
    dialog = KpiDialog(lambda k: ws.records.save_kpi(kpi=k), year=Y, today=TODAY, kpi=kpi)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("text", BAD)
@pytest.mark.parametrize("field", ["fact_volume_kusd", "plan_volume_kusd", "fact_supported",
                                   "plan_contracts"])  # fmt: skip
def test_kpi_dialog_refuses_non_finite(qtbot, workspace: Workspace, field: str, text: str) -> None:
    dialog = _kpi_dialog(qtbot, workspace)
    dialog.edits["plan_supported"].setText("10")
    dialog.edits[field].setText(text)
    dialog.accept()  # no uncaught OverflowError / ValueError
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "например 1" in dialog.errors.text() or "Слишком большое" in dialog.errors.text()
    assert workspace.records.kpis() == []


def test_kpi_figures_survive_opens_and_saves(qtbot, workspace: Workspace) -> None:
    dialog = _kpi_dialog(qtbot, workspace)
    dialog.edits["plan_supported"].setText("1 200")
    dialog.edits["plan_volume_kusd"].setText("12 345 678 901,25")
    dialog.edits["fact_volume_kusd"].setText(f"9{NB}876{NB}543")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
    for _ in range(3):
        kpi = workspace.records.kpi(Y)
        assert kpi is not None
        assert (kpi.plan_supported, kpi.plan_volume_kusd, kpi.fact_volume_kusd) == (
            1200,
            12345678901.25,
            9876543.0,
        )
        again = _kpi_dialog(qtbot, workspace, kpi)
        assert again.edits["plan_volume_kusd"].text() == f"12{NB}345{NB}678{NB}901,25"
        assert again.edits["fact_volume_kusd"].text() == f"9{NB}876{NB}543"
        assert again.edits["plan_supported"].text() == f"1{NB}200"
        again.accept()
        assert again.result() == QDialog.DialogCode.Accepted, again.errors.text()


@pytest.mark.parametrize("text", BAD)
def test_training_dialog_refuses_non_finite(qtbot, workspace: Workspace, text: str) -> None:
    dialog = TrainingDialog(
        lambda t: workspace.records.save_training(training=t), year=Y, today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.edits["planned"].setText(text)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text()
    assert workspace.records.trainings() == []


def test_indicator_dialog_refuses_non_finite_and_keeps_decimals(
    qtbot, workspace: Workspace
) -> None:
    row = workspace.records.indicators(Y).rows[0]
    calls: list[tuple[str, float | None]] = []

    def set_value(kind: str, value: float | None) -> None:
        workspace.records.set_indicator_value(
            number=row.indicator.number, year=Y, kind=kind, value=value
        )
        calls.append((kind, value))

    dialog = IndicatorDialog(set_value, row=row)
    qtbot.addWidget(dialog)
    for text in BAD:
        dialog.edits["plan"].setText(text)
        dialog.accept()
        assert dialog.errors.text(), text
    assert calls == []
    dialog.edits["plan"].setText("1234,5678")
    dialog.accept()
    assert calls == [("plan", 1234.5678)]
    again = IndicatorDialog(set_value, row=workspace.records.indicators(Y).rows[0])
    qtbot.addWidget(again)
    assert again.edits["plan"].text() == f"1{NB}234,5678"
