"""The import dialog: preview and mapping, check, import in the background, history, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from res_desktop.gui.exporters.import_dialog import ImportDialog, ImportHistoryDialog
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_import_helpers import (
    INN_A,
    INN_ORG,
    INN_PERSON_ZERO,
    INN_ZERO,
    accounting,
    ministry_csv,
    registry,
    write_csv,
    write_table,
)

WAIT_MS = 15000


def test_check_then_import(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    dialog = ImportDialog(workspace, ministry_csv(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.header_row.value() == 3
    assert "Кодировка Windows-1251" in dialog.details.text()
    assert "точка с запятой" in dialog.details.text()
    assert dialog.table.columnCount() == 6
    assert dialog.table.rowCount() == 1 + 5  # the field combos and five data rows
    combo = dialog.table.cellWidget(0, 0)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "ИНН"
    address = dialog.table.cellWidget(0, 2)
    assert isinstance(address, QComboBox)
    assert address.currentData() == ""  # «Адрес»: not imported
    assert not dialog.sheet.isEnabled()

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Будет добавлено" in dialog.result_label.text(), timeout=WAIT_MS)
    lines = dialog.result_label.text().splitlines()
    assert lines[:2] == [
        "Будет добавлено 3, обновлено 0, отклонено 2.",
        accounting(5, 3, 0, 0, 0, 2),
    ]
    assert lines[2].startswith("Строка 7: ИНН: «1234567890»")  # the reasons, as in the CLI
    assert lines[3].startswith("Строка 8: ")
    assert registry(workspace) == {}

    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.running
        assert dialog.cancel_button.isEnabled()
    batch_id = signal.args[0]
    assert batch_id == workspace.exporter_import.batches()[0].id
    assert dialog.result_label.text().startswith("Добавлено 3, обновлено 0, отклонено 2.")
    assert "реестр ФТС.отклонено.csv" in dialog.result_label.text()
    assert len(registry(workspace)) == 3
    assert not dialog.running
    assert dialog.close_button.isEnabled()


def test_restored_leading_zeros_shown_in_check_and_import(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    """An ODS whose ИНН are number cells: the check and the import list what was restored."""
    path = write_table("ods", tmp_path / "реестр", [
        ["ИНН", "Наименование"],
        [float(INN_ORG), "ПАО «Газпром»"],
        [float(INN_ZERO), "ООО «Уфимское»"],
        [float(INN_PERSON_ZERO), "ИП Галиев Р. Р."],
    ])  # fmt: skip
    dialog = ImportDialog(workspace, path)
    qtbot.addWidget(dialog)
    assert dialog.table.item(2, 0).text() == "274062111"  # the preview shows the file as is
    notes = [
        "Строка 3: ИНН 274062111 дополнен ведущим нулём: 0274062111",
        "Строка 4: ИНН 27406211167 дополнен ведущим нулём: 027406211167",
    ]
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Будет добавлено" in dialog.result_label.text(), timeout=WAIT_MS)
    assert dialog.result_label.text().splitlines() == [
        "Будет добавлено 3, обновлено 0, отклонено 0.",
        accounting(3, 3, 0, 0, 0, 0),
        *notes,
    ]
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text().splitlines() == [
        "Добавлено 3, обновлено 0, отклонено 0.",
        accounting(3, 3, 0, 0, 0, 0),
        *notes,
    ]
    assert set(registry(workspace)) == {INN_ORG, INN_ZERO, INN_PERSON_ZERO}


def test_mapping_chosen_by_the_user(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "свой.csv", [["Налоговый номер", "Фирма"], [INN_A, "ООО «Лён»"]])
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()  # no file yet
    dialog.set_path(path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Укажите столбец с ИНН" in dialog.error.text()
    assert not dialog.running
    dialog.set_field("Налоговый номер", "inn")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert registry(workspace)[INN_A].full_name == "ООО «Лён»"
    again = ImportDialog(workspace, path)  # the mapping was remembered
    qtbot.addWidget(again)
    assert again.mapping() == {"Налоговый номер": "inn", "Фирма": "full_name"}
    assert "из прошлого импорта" in again.details.text()


def test_a_bad_file_is_explained(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "отчёт.pdf").write_bytes(b"%PDF")
    dialog = ImportDialog(workspace, tmp_path / "отчёт.pdf")
    qtbot.addWidget(dialog)
    assert "не поддерживается" in dialog.error.text()
    assert not dialog.check_button.isEnabled()


def test_history_undoes_an_import(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    first = workspace.exporter_import.run(ministry_csv(tmp_path, with_bad=False))
    second = workspace.exporter_import.run(
        write_csv(tmp_path / "ещё.csv", [["ИНН", "Телефон"], [INN_A, "+7 (4812) 00-00-00"]])
    )
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return True

    dialog = ImportHistoryDialog(workspace, confirm=confirm)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "ещё.csv"
    assert dialog.table.item(1, 3).text() == "3"
    dialog.select_batch(first.batch_id)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert f"Сначала отмените импорт № {second.batch_id}" in dialog.message.text()
    assert len(registry(workspace)) == 3
    dialog.select_batch(second.batch_id)
    with qtbot.waitSignal(dialog.undone):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert registry(workspace)[INN_A].contact_phone == ""
    assert dialog.table.item(0, 6).text().startswith("отменён")
    dialog.select_batch(first.batch_id)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert registry(workspace) == {}
    assert len(asked) == 3
    assert not dialog.undo_button.isEnabled()
