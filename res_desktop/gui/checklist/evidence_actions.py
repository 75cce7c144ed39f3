"""The checklist panel's evidence actions: add, attach, open, remove — each undoable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from res_desktop.domain.checklist.model import EvidenceItem, EvidenceKind
from res_desktop.domain.common.catalogue import Evidence
from res_desktop.gui.checklist.evidence_dialogs import DocumentDialog, LinkDialog
from res_desktop.gui.checklist.undo import EvidenceCommand, Where
from res_desktop.gui.common import texts
from res_desktop.services.common.results import ItemView, ValidationFailed
from res_desktop.services.common.workspace import Workspace, data_dir
from res_desktop.storage.common.backup import is_plain_file_name
from res_desktop.storage.common.errors import StorageError
from res_desktop.storage.common.temporaries import copy_atomically

_SUGGESTED_TYPE = {
    Evidence.NORMATIVE_ACT: "Постановление",
    Evidence.MINUTES: "Протокол",
    Evidence.REPORT: "Отчёт",
}


if TYPE_CHECKING:
    _Panel = QWidget  # what the mixin is mixed into, for the type checker
else:
    _Panel = object


class EvidenceActions(_Panel):
    """Mixed into ChecklistPanel, which provides the workspace, undo stack and selection."""

    _ws: Workspace
    _undo: QUndoStack
    _code: str | None
    _year: int

    if TYPE_CHECKING:

        def current_item(self) -> ItemView | None: ...
        def current_year(self) -> int: ...
        def _after_change(self) -> None: ...
        def _after_undo(self) -> None: ...

    def _add(self, evidence: EvidenceItem) -> None:
        view = self.current_item()
        if view is None or self._code is None:
            return
        where: Where = {"code": self._code, "key": view.item.key, "year": self.current_year()}
        saved = self._ws.checklists.add_evidence(**where, evidence=evidence)
        self._undo.push(
            EvidenceCommand(
                self._ws.checklists, **where, evidence=saved, added=True, refresh=self._after_change
            )
        )
        self._after_change()

    def add_document(self) -> None:
        view = self.current_item()
        suggested = _SUGGESTED_TYPE.get(view.item.evidence, "") if view else ""
        dialog = DocumentDialog(self._ws.today(), suggested, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._add(dialog.evidence())

    def add_link(self) -> None:
        dialog = LinkDialog(self._ws.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._add(dialog.evidence())

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Прикрепить файл", str(Path.home()), "Все файлы (*)"
        )
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        view = self.current_item()
        if view is None or self._code is None:
            return
        where: Where = {"code": self._code, "key": view.item.key, "year": self.current_year()}
        try:
            saved = self._ws.checklists.attach_file(**where, source=path)
        except (ValidationFailed, StorageError) as error:
            QMessageBox.warning(self, "Файл не прикреплён", texts.error_text(error))
            return
        self._undo.push(
            EvidenceCommand(
                self._ws.checklists, **where, evidence=saved, added=True, refresh=self._after_change
            )
        )
        self._after_change()

    def remove_evidence(self, evidence: EvidenceItem) -> None:
        view = self.current_item()
        if view is None or self._code is None or evidence.id is None:
            return
        answer = QMessageBox.question(
            self, "Удаление", f"Удалить «{evidence.caption}»?\nДействие можно отменить (Ctrl+Z)."
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove_evidence_now(evidence)

    def remove_evidence_now(self, evidence: EvidenceItem) -> None:
        view = self.current_item()
        if view is None or self._code is None or evidence.id is None:
            return
        removed = self._ws.checklists.remove_evidence(evidence.id)
        self._undo.push(
            EvidenceCommand(
                self._ws.checklists,
                code=self._code,
                key=view.item.key,
                year=self.current_year(),
                evidence=removed,
                added=False,
                refresh=self._after_change,
            )
        )
        self._after_change()

    def open_evidence(self, evidence: EvidenceItem) -> None:
        if evidence.kind is EvidenceKind.LINK:
            QDesktopServices.openUrl(QUrl(evidence.url))
            return
        if evidence.kind is not EvidenceKind.FILE:
            QMessageBox.information(self, "Документ", evidence.caption)
            return
        try:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(viewable_copy(self._ws, evidence))))
        except (StorageError, OSError) as error:
            QMessageBox.warning(self, "Файл не открыт", texts.error_text(error))


def viewable_copy(ws: Workspace, evidence: EvidenceItem) -> Path:
    """The store names files by hash; the system viewer needs the original name.

    The name comes from the database: one that is no plain file name (``../../x``, an
    absolute path) is cut to its last part, so the copy never lands outside its folder. The copy is
    made under a temporary name, so a full disk leaves no truncated file to open next time.
    """
    stored = ws.checklists.attachment_path(evidence)
    name = Path(evidence.file_name.replace("\\", "/")).name  # «../../x.pdf» -> «x.pdf»
    name = name if is_plain_file_name(name) else "вложение"
    target = data_dir() / "открытые" / evidence.file_sha256[:12] / name
    if not target.exists():
        copy_atomically(stored, target)
    return target
