"""The manual status over a derived one, driven in the item editor: saved, shown with both
words, undone and redone, cleared back to the records; unsaved typing kept or dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from res_desktop.domain.common.progress import Status
from res_desktop.gui.checklist.item_editor import ItemEditor
from res_desktop.gui.checklist.model import Column
from res_desktop.gui.checklist.panel import ChecklistPanel
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.checklist.service import ItemEdit
from res_desktop.services.common.results import ItemView
from res_desktop.services.demo.council import fill_council_demo
from tests.conftest import TODAY

KEY = "meetings_at_least_four"  # met by the council demo's four meetings


def _open(window: MainWindow) -> ChecklistPanel:
    fill_council_demo(window.ws, TODAY)
    window.open_instrument("05")
    panel = window.instruments.panel
    panel.select_item(KEY)
    return panel


def _choose(editor: ItemEditor, status: Status | None) -> None:
    editor.manual.setCurrentIndex(editor.manual.findData(status))


def _stored(window: MainWindow) -> ItemView:
    return window.ws.checklists.checklist("05", TODAY.year).view(KEY)


def _status_cell(panel: ChecklistPanel) -> str:
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(KEY), 0)).row()
    return str(panel.proxy.index(row, Column.STATUS).data())


def test_set_by_hand_shown_with_both_words_undone_and_cleared(qtbot, window) -> None:
    panel = _open(window)
    editor = panel.editor
    assert editor.manual.isVisible() and not editor.status.isEnabled()
    assert panel.badge.text() == "внедрён"
    assert _status_cell(panel) == "выполнено (авто)"

    _choose(editor, Status.IN_PROGRESS)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Укажите основание" in editor.error.text()
    assert not _stored(window).is_manual

    editor.manual_reason.setText("Одно заседание признано неправомочным")
    editor.manual_document.setText("Письмо прокуратуры № 7 от 20.11.2026")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = _stored(window)
    assert stored.is_manual and stored.status is Status.IN_PROGRESS
    assert _status_cell(panel) == "в работе (вручную)"
    assert editor.derived.text().startswith(
        "установлено вручную: в работе; по данным программы: выполнено (Проведено 4 из 4"
    )
    assert panel.badge.text() == "" and panel.progress.value() < 100

    window.undo.undo()
    assert not _stored(window).is_manual and _stored(window).status is Status.DONE
    assert panel.badge.text() == "внедрён"
    window.undo.redo()
    assert _stored(window).is_manual and panel.editor.manual_reason.text().startswith("Одно")

    _choose(panel.editor, None)
    assert not panel.editor.manual_reason.isEnabled()
    qtbot.mouseClick(panel.editor.save_button, Qt.MouseButton.LeftButton)
    cleared = _stored(window)
    assert not cleared.is_manual and cleared.status is Status.DONE
    assert cleared.recorded is not None and cleared.recorded.manual_reason == ""
    assert _status_cell(panel) == "выполнено (авто)"


def test_not_applicable_by_hand_leaves_the_count(qtbot, window) -> None:
    panel = _open(window)
    total = window.ws.checklists.checklist("05", TODAY.year).progress.total_weight
    _choose(panel.editor, Status.NOT_APPLICABLE)
    assert not panel.editor.na_reason.isVisible()  # the manual reason says why
    panel.editor.manual_reason.setText("Совет упразднён")
    qtbot.mouseClick(panel.editor.save_button, Qt.MouseButton.LeftButton)
    view = window.ws.checklists.checklist("05", TODAY.year)
    assert view.view(KEY).status is Status.NOT_APPLICABLE
    assert view.progress.total_weight == total - view.view(KEY).item.weight


def test_unsaved_manual_status_is_dropped_or_saved_on_leaving(qtbot, window) -> None:
    panel = _open(window)
    other = next(
        panel.model.item_view(r).item.key
        for r in range(panel.model.rowCount())
        if panel.model.item_view(r).item.key != KEY
    )
    _choose(panel.editor, Status.NOT_STARTED)
    panel.editor.manual_reason.setText("Проверка")
    assert panel.editor.is_dirty()
    panel.ask_unsaved = lambda *_: QMessageBox.StandardButton.Cancel
    panel.select_item(other)
    current = panel.current_item()
    assert current is not None and current.item.key == KEY  # stayed, typing kept
    assert panel.editor.manual_reason.text() == "Проверка"
    panel.ask_unsaved = lambda *_: QMessageBox.StandardButton.Discard
    panel.select_item(other)
    assert not _stored(window).is_manual

    panel.select_item(KEY)
    _choose(panel.editor, Status.NOT_STARTED)
    panel.editor.manual_reason.setText("Заседания не проведены в срок")
    panel.ask_unsaved = lambda *_: QMessageBox.StandardButton.Save
    panel.select_item(other)
    assert _stored(window).is_manual and _stored(window).status is Status.NOT_STARTED


def test_a_plain_item_shows_no_manual_rows(qtbot, window) -> None:
    window.open_instrument("01")
    editor = window.instruments.panel.editor
    assert not editor.manual.isVisible() and editor.status.isEnabled()
    assert editor.na_reason.isVisible()
    assert editor.values().manual_status is None


def test_a_plain_not_applicable_over_records_is_edited_as_the_manual_one(qtbot, window) -> None:
    window.ws.checklists.save_item(
        code="05",
        key=KEY,
        year=TODAY.year,
        edit=ItemEdit(status=Status.NOT_APPLICABLE, na_reason="Совет не создаётся"),
    )
    panel = _open(window)
    editor = panel.editor
    assert editor.manual_status() is Status.NOT_APPLICABLE
    assert editor.manual_reason.text() == "Совет не создаётся" and not editor.is_dirty()
    _choose(editor, None)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _stored(window).status is Status.DONE  # the records' word is back
