"""«Файл → Резервная копия…», «Восстановить из копии…», «Сервис → Проверка базы», settings:
each dialog's save and cancel paths, with the real services underneath."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox

from res_desktop.gui.common import maintenance_dialogs as dialogs
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.common import maintenance
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common import database
from res_desktop.storage.common.backup import OperationCancelled
from tests.backup_data import fill
from tests.conftest import TODAY


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the message boxes would have shown (they would block an offscreen run)."""
    seen: list[str] = []

    def box(_parent: object, _title: str, text: str, *_a: object) -> None:
        seen.append(text)

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, box)
    return seen


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_a: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _save_as(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (name, ""))


def _open(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (name, ""))


def test_backup_from_the_file_menu(
    window: MainWindow, tmp_path: Path, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(window.ws, tmp_path)
    _save_as(monkeypatch, str(tmp_path / "моя копия"))  # «.zip» added
    window.backup_action.trigger()
    out = tmp_path / "моя копия.zip"
    assert maintenance.newest_verified(tmp_path, window.ws.path) is None  # not an auto one
    assert out.is_file()
    assert said[-1].startswith(f"Резервная копия записана и проверена:\n{out}")
    assert "вложенных файлов — 1, отчётов из архива — 1" in said[-1]


def test_backup_cancelled_in_the_file_dialog_writes_nothing(
    window: MainWindow, tmp_path: Path, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_as(monkeypatch, "")
    before = set(tmp_path.iterdir())
    window.backup_action.trigger()
    assert set(tmp_path.iterdir()) == before and said == []


def test_backup_cancelled_during_progress(
    window: MainWindow, tmp_path: Path, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(_db: Path, _out: Path, *, progress, cancelled):
        deadline = time.monotonic() + 20
        while not cancelled() and time.monotonic() < deadline:
            progress(10, "Запись…")
            time.sleep(0.02)
        raise OperationCancelled

    monkeypatch.setattr(maintenance, "backup", slow)
    monkeypatch.setattr(dialogs, "auto_backup_enabled", lambda: False)  # no closing backup
    _save_as(monkeypatch, str(tmp_path / "к.zip"))

    def press_cancel() -> None:
        [progress] = [w for w in window.findChildren(dialogs.TaskDialog) if w.isVisible()]
        progress.cancel()

    QTimer.singleShot(300, press_cancel)
    window.backup_action.trigger()
    assert said == ["Действие отменено. Файлы не изменены."]
    assert not (tmp_path / "к.zip").exists()


def _broken_after_backup(ws: Workspace, tmp_path: Path) -> tuple[Path, Path]:
    filled = fill(ws, tmp_path, with_report=False)
    archive = tmp_path / "копия.zip"
    maintenance.backup(ws.path, archive)
    ws.db.execute("DELETE FROM company")
    ws.db.conn.commit()
    filled.attachment.unlink()
    return archive, filled.attachment


def test_restore_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, attachment = _broken_after_backup(window.ws, tmp_path)
    _open(monkeypatch, str(archive))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.restore_action.trigger()
    assert "сохранены рядом под новым именем" in asked[0]
    new = window.replacement
    qtbot.addWidget(new)
    assert new.ws.exporters.total() == 1 and attachment.is_file()
    assert said[-1].startswith("Данные восстановлены из копии от ")
    assert list(window.ws.path.parent.glob("region.до-восстановления-*.sqlite3"))
    assert not window.isVisible() and new.isVisible()
    new.close()
    new.ws.close()


@pytest.mark.parametrize("where", ["file dialog", "confirmation"])
def test_restore_cancelled_changes_nothing(
    window: MainWindow, tmp_path: Path, said: list[str], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    archive, _attachment = _broken_after_backup(window.ws, tmp_path)
    _open(monkeypatch, "" if where == "file dialog" else str(archive))
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.restore_action.trigger()
    assert window.ws.exporters.total() == 0  # still the open, unrestored database
    assert not list(window.ws.path.parent.glob("*до-восстановления*"))
    assert getattr(window, "replacement", None) is None and said == []


def test_a_refused_archive_reopens_the_current_database(
    qtbot, window: MainWindow, tmp_path: Path, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"junk")
    _open(monkeypatch, str(junk))
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.restore_action.trigger()
    assert "не может быть восстановлен" in said[0]
    qtbot.addWidget(window.replacement)
    assert window.replacement.ws.region.profile() is not None
    window.replacement.close()
    window.replacement.ws.close()


def test_the_check_dialog_repairs_and_a_second_run_is_clean(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(window.ws, tmp_path, with_report=False)
    window.ws.db.execute("DELETE FROM company_fts")
    window.ws.db.conn.commit()
    shown: list[dialogs.CheckDialog] = []

    def record(self: dialogs.CheckDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(dialogs.CheckDialog, "exec", record)
    window.check_action.trigger()
    [dialog] = shown
    assert "Поисковый индекс реестра экспортёров не совпадает" in dialog.text.toPlainText()
    assert dialog.repair_button.isEnabled()
    dialog.repair_button.click()
    assert dialog.text.toPlainText().endswith("Неполадок не найдено.")
    assert not dialog.repair_button.isEnabled()
    dialog.reject()  # «Закрыть»: nothing else changes
    window.check_action.trigger()
    assert shown[1].report.ok


def test_backup_settings_save_and_cancel(qtbot, tmp_path: Path) -> None:
    dialog = dialogs.BackupSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "копии"))
    dialog.auto.setChecked(False)
    dialog.reject()
    assert dialogs.auto_backup_enabled()
    assert dialogs.backup_folder() != tmp_path / "копии"
    dialog = dialogs.BackupSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "копии"))
    dialog.auto.setChecked(False)
    dialog.accept()
    assert not dialogs.auto_backup_enabled()
    assert dialogs.backup_folder() == tmp_path / "копии"
    QSettings().remove("backup")


def test_closing_writes_one_automatic_backup_a_day(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    QSettings().setValue(dialogs.FOLDER_KEY, str(tmp_path / "авто"))
    try:
        for _ in range(2):
            win = MainWindow(workspace)
            qtbot.addWidget(win)
            win.show()
            win.close()
        backups = maintenance.auto_backups(tmp_path / "авто", workspace.path)
        assert len(backups) == 1
        assert Path(f"{workspace.path}-wal").stat().st_size == 0  # checkpointed on closing
    finally:
        QSettings().remove("backup")


def test_a_damaged_database_at_start_is_offered_the_newest_backup(
    workspace: Workspace, tmp_path: Path, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings().setValue(dialogs.FOLDER_KEY, str(tmp_path / "авто"))
    try:
        fill(workspace, tmp_path, with_report=False)
        maintenance.auto_backup(workspace.path, tmp_path / "авто")
        workspace.close()
        with workspace.path.open("r+b") as file:
            file.seek(4096)
            file.write(b"\xa5" * 8192)
        damaged = workspace.path.read_bytes()
        asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        assert dialogs.offer_restore_of_damaged(workspace.path)
        assert "повреждён" in asked[0] and "последней проверенной резервной копии" in asked[0]
        [aside] = workspace.path.parent.glob("region.до-восстановления-*.sqlite3")
        assert aside.read_bytes() == damaged  # kept, never written into
        ws = Workspace.open(workspace.path, clock=lambda: TODAY)
        assert ws.exporters.total() == 1
        ws.close()
    finally:
        QSettings().remove("backup")
    assert QApplication.instance() is not None


def test_a_big_file_is_quick_checked_in_the_background(
    qtbot, workspace: Workspace, tmp_path: Path, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(workspace, tmp_path, with_report=False)
    workspace.close()
    conn = sqlite3.connect(workspace.path)
    [root] = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'company_merge'"
    ).fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with workspace.path.open("r+b") as file:  # a table the window does not read at start
        file.seek((root - 1) * page)
        file.write(b"\xa5\x5a" * (page // 2))
    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)  # «big»: not checked at open
    monkeypatch.setattr(dialogs, "auto_backup_enabled", lambda: False)
    ws = Workspace.open(workspace.path, clock=lambda: TODAY)
    win = MainWindow(ws)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert said[0].startswith(f"Файл базы данных {ws.path} повреждён")
    assert not win.stack.isEnabled()
    win.close()
    ws.close()
