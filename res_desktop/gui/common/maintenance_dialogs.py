"""«Резервная копия…», «Восстановить из копии…», «Проверка базы» and backup settings.

Long work runs off the GUI thread behind a progress dialog with «Отмена»; the services do the
work (services/common/maintenance.py), these widgets only ask and tell.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.clock import timestamp
from res_desktop.gui.common import texts
from res_desktop.gui.common.background import ProgressFn
from res_desktop.gui.common.background import run_in_background
from res_desktop.services.common import maintenance
from res_desktop.services.common.user_data import data_dir
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.backup import OperationCancelled
from res_desktop.storage.common.check import CheckReport
from res_desktop.storage.common.errors import StorageError

log = logging.getLogger(__name__)
Task = Callable[[ProgressFn, Callable[[], bool]], Any]
BACKUP_FILTER = "Резервная копия res_desktop (*.zip)"
AUTO_KEY = "backup/auto"
FOLDER_KEY = "backup/folder"


def backup_folder() -> Path:
    """The automatic backups' folder: the user's choice, or one in the data folder."""
    chosen = QSettings().value(FOLDER_KEY, "")
    return Path(str(chosen)) if chosen else data_dir() / "резервные копии"


def auto_backup_enabled() -> bool:
    return str(QSettings().value(AUTO_KEY, "true")).lower() in {"true", "1"}


class TaskDialog(QProgressDialog):
    """Runs ``task(progress, cancelled)`` in the background; «Отмена» asks it to stop."""

    def __init__(self, parent: QWidget | None, title: str, task: Task) -> None:
        super().__init__("Подготовка…", "Отмена", 0, 100, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self._task = task
        self._stop = threading.Event()
        self.canceled.connect(self._stop.set)
        self.outcome: Any = None
        self.error: BaseException | None = None
        self._ended = False
        self._waiting: QEventLoop | None = None

    def run(self) -> bool:
        """True when the task finished; ``error`` says why not.

        «Отмена» (or Esc) hides the dialog at once; the task is then asked to stop and waited
        for, so that nothing it writes outlives the call.
        """
        QTimer.singleShot(0, self._start)  # inside exec(): an instant end still ends the loop
        accepted = self.exec() == QDialog.DialogCode.Accepted
        if not self._ended:
            self._stop.set()
            self._waiting = QEventLoop()
            self._waiting.exec()
        return accepted and self.error is None

    def _start(self) -> None:
        self._job = run_in_background(
            lambda progress: self._task(progress, self._stop.is_set),
            on_done=self._finished,
            on_error=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, percent: int, text: str) -> None:
        self.setValue(percent)
        self.setLabelText(text)

    def _finished(self, result: Any) -> None:
        self.outcome = result
        self._end(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._end(QDialog.DialogCode.Rejected)

    def _end(self, code: QDialog.DialogCode) -> None:
        self._ended = True
        if self._waiting is not None:
            self._waiting.quit()
        else:
            self.done(code)


def _report_failure(parent: QWidget, title: str, dialog: TaskDialog) -> None:
    if isinstance(dialog.error, OperationCancelled):
        QMessageBox.information(parent, title, "Действие отменено. Файлы не изменены.")
    elif isinstance(dialog.error, StorageError | OSError):
        QMessageBox.warning(parent, title, texts.error_text(dialog.error))
    elif dialog.error is not None:
        raise dialog.error  # a bug: the exception hook shows it as one


def make_backup(ws: Workspace, parent: QWidget) -> Path | None:
    """Ask where, write the archive with progress, say what it holds."""
    title = "Резервная копия"
    suggested = Path.home() / f"{ws.path.stem}-копия-{timestamp():%Y-%m-%d}.zip"
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), BACKUP_FILTER)
    if not name:
        return None
    out = Path(name) if name.lower().endswith(".zip") else Path(f"{name}.zip")
    dialog = TaskDialog(
        parent,
        title,
        lambda progress, stop: maintenance.backup(ws.path, out, progress=progress, cancelled=stop),
    )
    if not dialog.run():
        _report_failure(parent, title, dialog)
        return None
    manifest = dialog.outcome
    QMessageBox.information(
        parent,
        title,
        f"Резервная копия записана и проверена:\n{out}\n\nВ ней база данных, вложенных "
        f"файлов — {manifest.attachments}, отчётов из архива — {manifest.reports}.",
    )
    return out


def choose_backup_to_restore(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "Восстановить из копии", str(backup_folder()), BACKUP_FILTER
    )
    return Path(name) if name else None


def confirm_restore(parent: QWidget, archive: Path, db_path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        "Восстановить из копии",
        f"Восстановить все данные из копии\n{archive}?\n\nТекущая база {db_path.name}, её "
        "вложения и архив отчётов не удаляются: они будут сохранены рядом под новым именем "
        "(«…до-восстановления-…»).",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_into(parent: QWidget | None, archive: Path, db_path: Path) -> bool:
    """Restore ``archive`` over the (closed) database at ``db_path``, with progress."""
    title = "Восстановление из копии"
    dialog = TaskDialog(
        parent,
        title,
        lambda progress, stop: maintenance.restore(
            archive, db_path, progress=progress, cancelled=stop
        ),
    )
    if not dialog.run():
        _report_failure(parent or QWidget(), title, dialog)
        return False
    restored = dialog.outcome
    kept = "\n".join(str(p) for p in restored.kept_aside) or "—"
    QMessageBox.information(
        parent,
        title,
        f"Данные восстановлены из копии от {restored.manifest.created_at.replace('T', ' ')}.\n"
        f"Прежние файлы сохранены:\n{kept}",
    )
    return True


def offer_restore_of_damaged(db_path: Path, parent: QWidget | None = None) -> bool:
    """At start, a damaged file: offer the newest verified backup; the file is kept aside."""
    newest = maintenance.newest_verified(backup_folder(), db_path)
    if newest is None:
        return False
    answer = QMessageBox.question(
        parent,
        texts.APP_TITLE,
        f"Файл базы данных {db_path} повреждён, работать с ним нельзя.\n\nВосстановить данные "
        f"из последней проверенной резервной копии от {newest.taken_at:%d.%m.%Y %H:%M}?\n"
        "Повреждённый файл будет сохранён рядом под новым именем.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_into(parent, newest.path, db_path)


def write_closing_backup(ws: Workspace) -> Path | None:
    """The automatic backup on closing, at most daily; a failure is logged, never blocks exit."""
    try:
        if not auto_backup_enabled() or ws.region.is_demo():
            return None
        return maintenance.auto_backup(ws.path, backup_folder())
    except sqlite3.ProgrammingError:
        return None  # its workspace was closed first: nothing of the user's is open to save
    except (StorageError, OSError):
        log.exception("Автоматическая резервная копия не создана")
        return None


class CheckDialog(QDialog):
    """«Проверка базы»: the report, and «Исправить» for the safe repairs it offers."""

    def __init__(self, ws: Workspace, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Проверка базы")
        self.resize(640, 420)
        self._ws = ws
        self.report = report
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Закрыть")
        self.repair_button = buttons.addButton("Исправить", QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.clicked.connect(self.repair)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self._show()

    def _show(self) -> None:
        self.text.setPlainText(self.report.text())
        self.repair_button.setEnabled(bool(self.report.repairs))

    def repair(self) -> None:
        try:
            self.report = maintenance.repair(
                self._ws.db, self._ws.path, self.report, backup_folder=backup_folder()
            )
        except StorageError as error:
            QMessageBox.warning(self, "Проверка базы", error.message)
            return
        self._show()


def run_check(ws: Workspace, parent: QWidget) -> CheckDialog | None:
    """The check with progress (it reads every file), then its report."""
    dialog = TaskDialog(
        parent,
        "Проверка базы",
        lambda progress, _stop: maintenance.check(
            ws.db, ws.path, backup_folder=backup_folder(), progress=progress
        ),
    )
    if not dialog.run():
        _report_failure(parent, "Проверка базы", dialog)
        return None
    return CheckDialog(ws, dialog.outcome, parent)


class BackupSettingsDialog(QDialog):
    """Whether to back up on closing, and where the automatic backups go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Резервные копии")
        self.auto = QCheckBox(
            "Создавать резервную копию при закрытии программы (не чаще раза в день)"
        )
        self.auto.setChecked(auto_backup_enabled())
        self.folder = QLineEdit(str(backup_folder()))
        browse = QPushButton("Обзор…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Сохранить")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Отмена")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.auto)
        layout.addWidget(
            QLabel("Папка автоматических копий (хранятся копии за 7 дней, 4 недели и 12 месяцев):")
        )
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Папка резервных копий", self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        if not self.folder.text().strip():
            QMessageBox.warning(self, "Резервные копии", "Укажите папку для резервных копий.")
            return
        settings = QSettings()
        settings.setValue(AUTO_KEY, "true" if self.auto.isChecked() else "false")
        settings.setValue(FOLDER_KEY, self.folder.text().strip())
        super().accept()
