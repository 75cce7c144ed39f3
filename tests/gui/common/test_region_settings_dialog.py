"""«Параметры региона»: the centre's federal funding and the instruments' funding marks."""

from __future__ import annotations

from pathlib import Path

from res_desktop.domain.common.catalogue import Funding
from res_desktop.gui.common.region_settings import RegionSettingsDialog
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY


def test_federal_funding_of_the_centre_set_in_the_dialog(qtbot, workspace: Workspace) -> None:
    dialog = RegionSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    check = dialog.form.ui.federalCentreCheck
    assert check.text().replace("&", "") == "ЦПЭ финансируется из федерального бюджета"
    assert not check.isChecked()
    check.setChecked(True)
    dialog.accept()
    assert workspace.region.require_profile().export_centre_federal_funding is True
    keys = {v.item.key for v in workspace.checklists.checklist("06", TODAY.year).items}
    assert "export_centre_meets_requirements" in keys
    again = RegionSettingsDialog(workspace)
    qtbot.addWidget(again)
    assert again.form.ui.federalCentreCheck.isChecked()


def test_funding_marks_edited_in_the_dialog(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    dialog = RegionSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    assert set(dialog.funding.combos) == {f"{n:02d}" for n in range(1, 16)}
    combo = dialog.funding.combos["03"]
    assert Funding(combo.currentData()) is Funding.UNKNOWN
    combo.setCurrentIndex(combo.findData(Funding.BUDGET))
    dialog.accept()
    assert dialog.result() == RegionSettingsDialog.DialogCode.Accepted
    assert workspace.checklists.instrument("03").funding is Funding.BUDGET
    again = RegionSettingsDialog(workspace)
    qtbot.addWidget(again)
    assert Funding(again.funding.combos["03"].currentData()) is Funding.BUDGET
    again.tabs.setCurrentIndex(1)
    again.resize(720, 560)
    assert again.grab().save(str(tmp_path / "region-settings-funding.png"))
