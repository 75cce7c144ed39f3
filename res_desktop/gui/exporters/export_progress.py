"""The registry export in the background: a progress dialog with «Отмена», a message at the end.

100,000 companies to XLSX take half a minute: the window must stay alive meanwhile (issue 15).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common import texts
from res_desktop.gui.common.background import ProgressFn
from res_desktop.gui.common.background import run_on_own_connection
from res_desktop.services.common.workspace import Workspace
from res_desktop.services.exporters.export import ExportCancelled
from res_desktop.services.exporters.export import ExportResult
from res_desktop.services.exporters.export import companies_by_ids
from res_desktop.services.exporters.export import done_message
from res_desktop.services.exporters.export import export_companies

DONE_TITLE = "Экспорт реестра"


class ExportJob(QObject):
    """One export: ``finished(message)`` when it ends, whatever the end (done, cancel, error)."""

    finished = Signal(str)

    def __init__(self, ws: Workspace, path: Path, ids: Sequence[int], parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._cancel = threading.Event()
        self.result: ExportResult | None = None
        self.message = ""
        self.dialog = QProgressDialog("Экспорт реестра…", "", 0, max(len(ids), 1), parent)
        self.cancel_button = QPushButton("О&тмена")
        self.dialog.setCancelButton(self.cancel_button)
        self.dialog.setWindowTitle(DONE_TITLE)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        cancelled, wanted = self._cancel.is_set, list(ids)

        def work(own: Workspace, progress: ProgressFn) -> ExportResult:
            return export_companies(
                own.db, path, companies_by_ids(own.db, wanted), total=len(wanted),
                progress=lambda done, _total: progress(done, ""), cancelled=cancelled,
            )  # fmt: skip

        self._signals = run_on_own_connection(
            ws, work, self._done, self._failed, self._progressed, answers=(ExportCancelled,)
        )
        self.dialog.show()

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.dialog.setLabelText("Отмена экспорта…")

    def _progressed(self, done: int, _text: str) -> None:
        self.dialog.setValue(min(done, self.dialog.maximum()))
        self.dialog.setLabelText(f"Выгружено строк: {done} из {self.dialog.maximum()}")

    def _done(self, outcome: ExportResult | ExportCancelled) -> None:
        self.dialog.close()
        if isinstance(outcome, ExportCancelled):
            self._end(str(outcome))
            return
        self.result = outcome
        self._end(done_message(outcome), QMessageBox.Icon.Information)

    def _failed(self, error: BaseException) -> None:
        self.dialog.close()
        self._end(f"Экспорт не выполнен. {texts.error_text(error)}", QMessageBox.Icon.Warning)

    def _end(self, message: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        self.message = message
        box = QMessageBox(icon, DONE_TITLE, message, QMessageBox.StandardButton.Ok, self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the caller and tests go on
        self.box = box
        self.finished.emit(message)
