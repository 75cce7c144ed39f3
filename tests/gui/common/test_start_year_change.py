"""Changing the start of implementation asks first, says which plan years move and which
records fall before the new start; «Нет» leaves everything as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.progress import Status
from res_desktop.gui.common.region_settings import RegionSettingsDialog
from res_desktop.gui.common.region_settings import start_year_text
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.region import StartYearChange
from res_desktop.services.common.workspace import Workspace


def _item_in_2024(workspace: Workspace) -> None:
    """One yearly checklist state of 2024, the fixture's first year of implementation."""
    key = workspace.checklists.checklist("05", 2024).items[0].item.key
    workspace.checklists.save_item(
        code="05", key=key, year=2024, edit=ItemEdit(status=Status.IN_PROGRESS)
    )


def _dialog(qtbot, workspace: Workspace, answer: bool, asked: list[StartYearChange]):
    dialog = RegionSettingsDialog(workspace)
    qtbot.addWidget(dialog)

    def ask(parent: QWidget, change: StartYearChange) -> bool:
        asked.append(change)
        return answer

    dialog.ask_start_year = ask
    return dialog


def test_no_keeps_the_start_year_and_saves_nothing(qtbot, workspace: Workspace) -> None:
    _item_in_2024(workspace)
    before = workspace.region.require_profile()
    asked: list[StartYearChange] = []
    dialog = _dialog(qtbot, workspace, False, asked)
    dialog.form.ui.startYearSpin.setValue(2025)
    dialog.accept()
    [change] = asked
    assert (change.old, change.new) == (2024, 2025)
    assert change.plan_years[0] == (1, 2024, 2025)
    assert change.left_out == {"item_state": 1}
    assert workspace.region.require_profile() == before
    assert dialog.form.ui.startYearSpin.value() == 2024  # the form shows what is stored
    assert dialog.result() != RegionSettingsDialog.DialogCode.Accepted


def test_yes_saves_the_new_start_year(qtbot, workspace: Workspace) -> None:
    asked: list[StartYearChange] = []
    dialog = _dialog(qtbot, workspace, True, asked)
    dialog.form.ui.startYearSpin.setValue(2025)
    dialog.accept()
    assert len(asked) == 1
    assert workspace.region.require_profile().start_year == 2025
    assert dialog.result() == RegionSettingsDialog.DialogCode.Accepted


def test_an_unchanged_start_year_is_not_asked_about(qtbot, workspace: Workspace) -> None:
    asked: list[StartYearChange] = []
    dialog = _dialog(qtbot, workspace, False, asked)
    dialog.accept()
    assert asked == []
    assert dialog.result() == RegionSettingsDialog.DialogCode.Accepted


def test_cancel_leaves_the_profile(qtbot, workspace: Workspace) -> None:
    before = workspace.region.require_profile()
    asked: list[StartYearChange] = []
    dialog = _dialog(qtbot, workspace, True, asked)
    dialog.form.ui.startYearSpin.setValue(2025)
    dialog.reject()
    assert asked == []
    assert workspace.region.require_profile() == before


def test_the_question_names_the_years_and_the_records(workspace: Workspace) -> None:
    _item_in_2024(workspace)
    change = workspace.region.start_year_change(2026)
    assert change is not None
    text = start_year_text(change)
    assert "с 2024 на 2026" in text
    assert "• 1-й год: 2024 → 2026" in text
    assert "• 4-й год и последующие: 2027 → 2029" in text
    assert "Записи за 2024–2025 гг." in text
    assert "состояния пунктов чек-листов — 1" in text
    assert "не удаляются" in text
    earlier = workspace.region.start_year_change(2023)
    assert earlier is not None and earlier.left_out == {}
    assert "Записей, которые окажутся до начала внедрения, нет." in start_year_text(earlier)
