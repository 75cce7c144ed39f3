"""«Федеральные органы»: the list a letter's addressee is checked against for instrument 9,
edited with real widgets; «Сохранить» writes it, «Отмена» leaves it as it was."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.gui.exporters.dispatch_dialog import DispatchDialog
from res_desktop.gui.exporters.federal_bodies_dialog import NEW_BODY
from res_desktop.gui.exporters.federal_bodies_dialog import FederalBodiesDialog
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_analysis_fixture import small_registry


def _dialog(qtbot, ws: Workspace) -> FederalBodiesDialog:
    dialog = FederalBodiesDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _button(dialog: FederalBodiesDialog, which: QDialogButtonBox.StandardButton):
    return dialog.buttons.button(which)


def _sent(ws: Workspace) -> str:
    return ws.checklists.checklist("09", 2026).view("barriers_sent_federal").status.value


def test_save_writes_the_edited_list_and_counts_the_letter(qtbot, workspace: Workspace) -> None:
    small_registry(workspace.db)
    workspace.exporter_analysis.save_dispatch(
        dispatch=BarrierDispatch(2026, dt.date(2026, 10, 2), "8", "Росаккредитация")
    )
    assert _sent(workspace) == "in_progress"  # not on the seeded list
    seeded = workspace.exporter_analysis.federal_bodies()
    dialog = _dialog(qtbot, workspace)
    assert dialog.names() == seeded
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.names()[-1] == NEW_BODY
    dialog.list.item(dialog.list.count() - 1).setText("Росаккредитация")
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    save = _button(dialog, QDialogButtonBox.StandardButton.Save)
    assert save.text() == "&Сохранить"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    expected = [*seeded[1:], "Росаккредитация"]
    assert dialog.saved == expected
    assert workspace.exporter_analysis.federal_bodies() == expected
    assert _sent(workspace) == "done"
    # the dispatch dialog offers the saved list, then РЭЦ
    offered = DispatchDialog(workspace, 2026)
    qtbot.addWidget(offered)
    names = [offered.recipient.itemText(n) for n in range(offered.recipient.count())]
    assert names[:-1] == expected and names[-1] == "АО «Российский экспортный центр»"


def test_cancel_leaves_the_list_as_it_was(qtbot, workspace: Workspace) -> None:
    seeded = workspace.exporter_analysis.federal_bodies()
    dialog = _dialog(qtbot, workspace)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.names() != seeded
    qtbot.mouseClick(
        _button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == 0 and dialog.saved is None
    assert workspace.exporter_analysis.federal_bodies() == seeded
    assert _dialog(qtbot, workspace).names() == seeded


def test_a_repeated_or_empty_name_keeps_the_dialog_open(qtbot, workspace: Workspace) -> None:
    seeded = workspace.exporter_analysis.federal_bodies()
    dialog = _dialog(qtbot, workspace)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.list.item(dialog.list.count() - 1).setText(" минпромторг России ")
    save = _button(dialog, QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.error.text() == "Федеральный орган указан в списке дважды."
    dialog.list.item(dialog.list.count() - 1).setText("  ")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "не может быть пустым" in dialog.error.text()
    assert workspace.exporter_analysis.federal_bodies() == seeded
    assert dialog.names()[-1] == "  "  # what was typed stays
