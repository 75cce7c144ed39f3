"""Undoable edits: each command writes through the services and tells the page to refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from PySide6.QtGui import QUndoCommand

from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import ItemState
from res_desktop.services.checklist.service import ChecklistService

Refresh = Callable[[], None]


class SaveItemCommand(QUndoCommand):
    """Pushed after the save succeeded, so the first redo only records it."""

    def __init__(
        self, service: ChecklistService, before: ItemState, after: ItemState, refresh: Refresh
    ) -> None:
        super().__init__("изменение пункта чек-листа")
        self._service, self._before, self._after, self._refresh = service, before, after, refresh
        self._applied = True

    def redo(self) -> None:
        if not self._applied:
            self._service.restore_item(self._after)
            self._refresh()
        self._applied = False

    def undo(self) -> None:
        self._service.restore_item(self._before)
        self._refresh()


class Where(TypedDict):
    """The checklist item a piece of evidence belongs to."""

    code: str
    key: str
    year: int


class EvidenceCommand(QUndoCommand):
    """Adding or removing one piece of evidence; the file itself stays in the store."""

    def __init__(
        self,
        service: ChecklistService,
        *,
        code: str,
        key: str,
        year: int,
        evidence: EvidenceItem,
        added: bool,
        refresh: Refresh,
    ) -> None:
        super().__init__("добавление доказательства" if added else "удаление доказательства")
        self._service, self._refresh = service, refresh
        self._where: Where = {"code": code, "key": key, "year": year}
        self._evidence, self._added = evidence, added
        self._first = True

    def _add(self) -> None:
        self._evidence = self._service.add_evidence(**self._where, evidence=self._evidence)

    def _remove(self) -> None:
        if self._evidence.id is not None:
            self._service.remove_evidence(self._evidence.id)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._add() if self._added else self._remove()
        self._refresh()

    def undo(self) -> None:
        self._remove() if self._added else self._add()
        self._refresh()


class UpdateEvidenceCommand(QUndoCommand):
    """A record changed where it stands; pushed after the change, so the first redo is a no-op."""

    def __init__(
        self,
        service: ChecklistService,
        before: EvidenceItem,
        after: EvidenceItem,
        refresh: Refresh,
    ) -> None:
        super().__init__("изменение доказательства")
        self._service, self._before, self._after, self._refresh = service, before, after, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._service.update_evidence(self._after)
        self._refresh()

    def undo(self) -> None:
        self._service.update_evidence(self._before)
        self._refresh()
