"""The checklist panel's evidence actions: add, edit, attach, open, save a copy, remove."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from res_desktop.domain.checklist.model import EvidenceId
from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.common.catalogue import Evidence
from res_desktop.gui.checklist.evidence_dialogs import AttachFileDialog
from res_desktop.gui.checklist.evidence_dialogs import DocumentDialog
from res_desktop.gui.checklist.evidence_dialogs import LinkDialog
from res_desktop.gui.checklist.undo import EvidenceCommand
from res_desktop.gui.checklist.undo import UpdateEvidenceCommand
from res_desktop.gui.checklist.undo import Where
from res_desktop.gui.common import texts
from res_desktop.services.common.results import ItemView
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.user_data import data_dir
from res_desktop.services.common.workspace import Workspace
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

    def edit_evidence(self, evidence: EvidenceItem) -> DocumentDialog | None:
        """A document changed where it stands in the list: its files stay linked to it."""
        if evidence.kind is not EvidenceKind.DOCUMENT:
            return None
        dialog = DocumentDialog(self._ws.today(), parent=self, document=evidence)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self.update_evidence(dialog.evidence()))
        dialog.open()
        return dialog

    def update_evidence(self, evidence: EvidenceItem) -> None:
        try:
            before, after = self._ws.checklists.update_evidence(evidence)
        except ValidationFailed as error:
            QMessageBox.warning(self, "Документ не изменён", texts.error_text(error))
            return
        self._undo.push(
            UpdateEvidenceCommand(self._ws.checklists, before, after, self._after_change)
        )
        self._after_change()

    def documents(self) -> tuple[EvidenceItem, ...]:
        """The current item's documents, which a file may be linked to."""
        view = self.current_item()
        evidence = view.evidence if view else ()
        return tuple(e for e in evidence if e.kind is EvidenceKind.DOCUMENT)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Прикрепить файл", str(Path.home()), "Все файлы (*)"
        )
        if name:
            self.describe_and_attach(Path(name))

    def describe_and_attach(self, path: Path) -> AttachFileDialog:
        """Its name in the list and, if the item has documents, the one it belongs to."""
        dialog = AttachFileDialog(path.name, self.documents(), self)
        dialog.setModal(True)
        dialog.accepted.connect(
            lambda: self.attach(path, title=dialog.file_title(), document_id=dialog.document_id())
        )
        dialog.open()
        return dialog

    def attach(self, path: Path, *, title: str = "", document_id: EvidenceId | None = None) -> None:
        view = self.current_item()
        if view is None or self._code is None:
            return
        where: Where = {"code": self._code, "key": view.item.key, "year": self.current_year()}
        try:
            saved = self._ws.checklists.attach_file(
                **where, source=path, title=title, document_id=document_id
            )
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
        try:
            removed = self._ws.checklists.remove_evidence(evidence.id)
        except ValidationFailed as error:
            QMessageBox.warning(self, "Не удалено", texts.error_text(error))
            return
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
            if not QDesktopServices.openUrl(QUrl(evidence.url)):
                QMessageBox.warning(
                    self,
                    "Ссылка не открыта",
                    f"Не удалось открыть ссылку {evidence.url}: в системе не настроен "
                    "браузер. Скопируйте адрес и откройте его вручную.",
                )
            return
        if evidence.kind is not EvidenceKind.FILE:
            QMessageBox.information(self, "Документ", evidence.caption)
            return
        try:
            copy = viewable_copy(self._ws, evidence)
        except (StorageError, OSError) as error:
            QMessageBox.warning(self, "Файл не открыт", texts.error_text(error))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.warning(
                self,
                "Файл не открыт",
                f"В системе нет программы, которая открывает файлы «{copy.suffix or copy.name}». "
                "Сохраните копию файла («Сохранить копию…») и откройте её нужной программой.",
            )

    def save_copy(self, evidence: EvidenceItem) -> None:
        """The attachment under a name and in a folder the user chooses."""
        if evidence.kind is not EvidenceKind.FILE:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Сохранить копию файла", str(Path.home() / evidence.file_name), "Все файлы (*)"
        )
        if name:
            self.save_copy_to(evidence, Path(name))

    def save_copy_to(self, evidence: EvidenceItem, target: Path) -> bool:
        """Written under a temporary name and renamed: a full disk leaves no half a file."""
        try:
            copy_atomically(self._ws.checklists.attachment_path(evidence), target)
        except (StorageError, OSError) as error:
            QMessageBox.warning(self, "Копия не сохранена", texts.error_text(error))
            return False
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            f"Копия файла сохранена: {target}", 5000
        )
        return True


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
