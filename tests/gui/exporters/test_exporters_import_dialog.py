"""The import dialog: preview and mapping, check, import in the background, history, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from res_desktop.gui.exporters.import_dialog import ImportDialog
from res_desktop.gui.exporters.import_dialog import ImportHistoryDialog
from res_desktop.services.common.workspace import Workspace
from tests.services.exporters.exporters_import_helpers import INN_A
from tests.services.exporters.exporters_import_helpers import INN_B
from tests.services.exporters.exporters_import_helpers import INN_ORG
from tests.services.exporters.exporters_import_helpers import INN_PERSON_ZERO
from tests.services.exporters.exporters_import_helpers import INN_ZERO
from tests.services.exporters.exporters_import_helpers import REPEAT_EXPECTED
from tests.services.exporters.exporters_import_helpers import REPEAT_HEADER
from tests.services.exporters.exporters_import_helpers import REPEATED
from tests.services.exporters.exporters_import_helpers import accounting
from tests.services.exporters.exporters_import_helpers import ministry_csv
from tests.services.exporters.exporters_import_helpers import registry
from tests.services.exporters.exporters_import_helpers import write_csv
from tests.services.exporters.exporters_import_helpers import write_table

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


def _check(qtbot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Будет добавлено" in dialog.result_label.text(), timeout=WAIT_MS)


def test_repeats_chosen_in_the_options(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    """The check lists the repeated ИНН with what each choice gives; the import follows the
    choice made in the dialog's options (keyboard: Alt+Н, then the arrows)."""
    dialog = ImportDialog(workspace, write_table("ods", tmp_path / "повторы", [
        REPEAT_HEADER, *REPEATED,
    ]))  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.repeats.currentData() == "combine"
    assert not dialog.changes.isVisible()
    dialog.show()
    _check(qtbot, dialog)
    assert "повторы ИНН объединены 1" in dialog.result_label.text()
    assert dialog.changes.isVisible()
    lines = dialog.changes.toPlainText().splitlines()
    assert lines[:2] == [
        "ИНН, повторённые в файле (выбрано: объединить строки): 1",
        f"  ИНН {INN_A} — строки 2, 4:",
    ]
    assert lines[3].startswith("    оставить последнюю строку: Страны экспорта: «Китай»;")
    dialog.repeats.setFocus()
    qtbot.keyClick(dialog.repeats, Qt.Key.Key_Up)
    assert dialog.repeats.currentData() == "last"
    assert dialog.changes.toPlainText() == "" and not dialog.changes.isVisible()
    _check(qtbot, dialog)
    assert "повторы ИНН (оставлена последняя строка) 1" in dialog.result_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    linen = registry(workspace)[INN_A]
    assert (dict(linen.export_volume)[2025], linen.countries, linen.contact_email) == (
        REPEAT_EXPECTED["last"]
    )
    assert f"ИНН {INN_A} — строки 2, 4" in dialog.changes.toPlainText()


def test_the_check_shows_updates_field_by_field(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    workspace.exporter_import.run(write_csv(tmp_path / "было.csv", [
        ["ИНН", "Полное наименование", "Страны экспорта", "Телефон"],
        [INN_A, "ООО «Лён»", "Беларусь", "+7 (4812) 00-00-00"],
        [INN_B, "АО «Завод»", "", ""],
    ]))  # fmt: skip
    path = write_table("xlsx", tmp_path / "обновление", [
        ["ИНН", "Полное наименование", "Страны экспорта", "Телефон"],
        [INN_A, "ООО «Смоленский лён»", "Китай", ""],
        [INN_B, "АО «Завод»", "", ""],
    ])  # fmt: skip
    dialog = ImportDialog(workspace, path)
    qtbot.addWidget(dialog)
    _check(qtbot, dialog)
    assert dialog.changes.toPlainText().splitlines() == [
        "Изменения записей реестра по полям: 1",
        f"  Строка 2, ИНН {INN_A} («ООО «Лён»»):",
        "    Полное наименование: «ООО «Лён»» → «ООО «Смоленский лён»»",
        "    Страны экспорта: «Беларусь» → «Беларусь; Китай»",
    ]
    assert registry(workspace)[INN_A].full_name == "ООО «Лён»"  # a check writes nothing
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # the cancel path
    assert registry(workspace)[INN_A].contact_phone == "+7 (4812) 00-00-00"
    assert registry(workspace)[INN_A].countries == ("BY",)


def test_a_volume_without_a_year_proposes_the_previous_one(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    title = "Объём экспорта, тыс. долл. США"
    path = write_csv(tmp_path / "без года.csv", [["ИНН", "Наименование", title],
                                                 [INN_A, "ООО «Лён»", "150"]])  # fmt: skip
    dialog = ImportDialog(workspace, path)
    qtbot.addWidget(dialog)
    year = workspace.today().year - 1
    assert dialog.mapping()[title] == f"volume:{year}"
    assert not dialog.year_note.isHidden()
    assert f"Предложен {year} год" in dialog.year_note.text()
    dialog.set_field(title, f"volume:{year - 1}")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert registry(workspace)[INN_A].export_volume == ((year - 1, 150.0),)
