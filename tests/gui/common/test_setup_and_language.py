"""First start, settings, Russian Qt dialogs and the bundled font."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWizard

from res_desktop.gui.common.region_settings import RegionSettingsDialog
from res_desktop.gui.common.setup_wizard import SetupWizard
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY


def test_first_start_wizard_saves_the_region(qtbot, db_path: Path) -> None:
    ws = Workspace.open(db_path, clock=lambda: TODAY)
    wizard = SetupWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    form = wizard.form
    wizard.next()  # nothing filled in: refused
    assert wizard.currentPage() is wizard.profile_page
    assert "Выберите субъект" in form.ui.errorLabel.text()
    form.select_region("77")
    form.ui.bodyEdit.setText("Департамент внешнеэкономических связей города Москвы")
    form.ui.startYearSpin.setValue(2025)
    form.ui.emailEdit.setText("export@mos.example")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    profile = ws.region.profile()
    assert profile is not None
    assert profile.region_name == "Москва"
    assert profile.federal_city is True
    assert profile.implementation_year(2026) == 2
    ws.close()


def test_settings_dialog_edits_the_profile(qtbot, workspace: Workspace) -> None:
    dialog = RegionSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.form.ui.bodyEdit.text().startswith("Министерство экономического развития")
    dialog.form.ui.lowPotentialCheck.setChecked(True)
    dialog.form.ui.emailEdit.setText("не адрес")
    dialog.accept()
    assert "электронной почты" in dialog.form.ui.errorLabel.text()
    assert workspace.region.require_profile().low_export_potential is False
    dialog.form.ui.emailEdit.setText("econ@admin-smolensk.example")
    dialog.accept()
    assert workspace.region.require_profile().low_export_potential is True


def test_settings_dialog_keeps_the_head_who_signs(qtbot, workspace: Workspace) -> None:
    """Name and position of the head; the transcript shown as made from the name, and kept
    only when the user types another form."""
    dialog = RegionSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    ui = dialog.form.ui
    ui.headNameEdit.setText("Громов  Андрей Павлович")
    assert ui.headSignatureEdit.placeholderText() == "А.П.\u00a0Громов"
    ui.headPositionEdit.setText("Министр экономического развития Смоленской области")
    dialog.accept()
    stored = workspace.region.require_profile()
    assert stored.head_name == "Громов Андрей Павлович" and stored.head_signature == ""
    assert stored.head_position == "Министр экономического развития Смоленской области"
    again = RegionSettingsDialog(workspace)
    qtbot.addWidget(again)
    assert again.form.ui.headNameEdit.text() == "Громов Андрей Павлович"
    again.form.ui.headSignatureEdit.setText("А. Громов")
    again.accept()
    assert workspace.region.require_profile().signature_transcript == "А. Громов"


def test_qt_own_buttons_speak_russian(qapp) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Сохранить"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_qt_file_dialog_speaks_russian(qtbot) -> None:
    """«Папка:» and «Тип файлов:», which qtbase_ru.qm lacks in their Alt-letter form."""
    dialog = QFileDialog(None, "Сохранить отчёт")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]
    assert labels == ["Папка:", "Имя файла:", "Тип файлов:"]  # Alt-letters from Qt 6.10 on
    buttons = [button.text() for button in dialog.findChildren(QPushButton)]
    assert "Отмена" in buttons


def test_bundled_font_is_registered(qapp) -> None:
    assert "PT Sans" in QFontDatabase.families()
    assert qapp.font().family() == "PT Sans"


def test_many_qt_calls_do_not_leak_none(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 leaked a reference to None per call and aborted."""
    label = QLabel()
    before = sys.getrefcount(None)
    for n in range(20_000):
        label.setText(f"строка {n}")
    assert sys.getrefcount(None) >= before - 100


def test_error_texts_are_russian(tmp_path) -> None:
    import errno
    import sqlite3

    from res_desktop.gui.common.texts import error_text

    denied = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "a.pdf"))
    assert error_text(denied) == f"Не удалось записать файл ({tmp_path / 'a.pdf'}): нет доступа."
    holder = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    waiting = sqlite3.connect(tmp_path / "x.sqlite3", timeout=0.01)
    try:
        waiting.execute("CREATE TABLE t (x)")
    except sqlite3.OperationalError as error:  # a real lock: SQLITE_BUSY, not its text
        locked = error
    finally:
        holder.close()
        waiting.close()
    assert "занята" in error_text(locked)
    assert error_text(sqlite3.OperationalError("database is locked")).startswith("Внутренняя")
    assert error_text(RuntimeError("boom")).startswith("Внутренняя ошибка")
