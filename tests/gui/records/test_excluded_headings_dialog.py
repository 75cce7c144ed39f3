"""Issue 15: the ТН ВЭД codes left out of Table 1, seen and edited: save, cancel, bad input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QTableWidgetItem

from res_desktop.gui.records.excluded_dialog import ExcludedHeadingsDialog
from res_desktop.gui.records.indicators_page import IndicatorsPage
from res_desktop.services.common.workspace import Workspace
from tests.gui.helpers import indicators_computed
from tests.gui.helpers import shown_page
from tests.services.exporters.exporters_analysis_helpers import add_company


def _button(dialog: ExcludedHeadingsDialog, which: QDialogButtonBox.StandardButton):
    [box] = dialog.findChildren(QDialogButtonBox)
    return box.button(which)


def test_the_list_is_saved_and_table_1_read_again(qtbot, workspace: Workspace) -> None:
    add_company(workspace.db, "Лес", status="active", sme="small", industry="Лес",
                products=["440320"], volumes={2026: 100})  # fmt: skip
    page = indicators_computed(
        qtbot, shown_page(qtbot, lambda host: IndicatorsPage(workspace, host))
    )
    assert page._tables[2026].row(1).raw == 100
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ExcludedHeadingsDialog)
        assert dialog.headings()[0][0] == "25" and dialog.table.rowCount() == 3
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.table.setItem(3, 0, QTableWidgetItem("44 03"))
        dialog.table.setItem(3, 1, QTableWidgetItem("Лесоматериалы необработанные"))
        qtbot.mouseClick(
            _button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        return int(dialog.result())

    page.run_dialog = run
    qtbot.mouseClick(page.excluded_button, Qt.MouseButton.LeftButton)
    indicators_computed(qtbot, page)
    assert workspace.records.excluded_headings()[-1] == ("4403", "Лесоматериалы необработанные")
    assert page._tables[2026].row(1).raw is None and changed == [True]


def test_cancel_changes_nothing(qtbot, workspace: Workspace) -> None:
    dialog = ExcludedHeadingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.remove_selected()  # nothing selected: nothing removed
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert dialog.table.rowCount() == 2
    qtbot.mouseClick(
        _button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.saved and dialog.result() == QDialog.DialogCode.Rejected
    assert [code for code, _ in workspace.records.excluded_headings()] == ["25", "26", "27"]


def test_a_bad_code_keeps_the_dialog_open_with_the_line_named(qtbot, workspace: Workspace) -> None:
    dialog = ExcludedHeadingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.add_row("2710x", "Нефтепродукты")
    qtbot.mouseClick(
        _button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.saved and "Строка 4, код «2710x»" in dialog.error.text()
    assert dialog.table.item(3, 0).text() == "2710x"  # nothing typed is lost
    assert len(workspace.records.excluded_headings()) == 3
