"""The window's pages that edit the workspace's records."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from res_desktop.services.common.workspace import Workspace


class RecordPage(QWidget):
    """A page over the workspace; ``changed`` is emitted after every saved edit, so that the
    window refreshes the checklist items the records decide."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
