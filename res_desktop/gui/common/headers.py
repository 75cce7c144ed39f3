"""The last column's header is never cut: it stretches while there is room, and keeps the
width its text needs (the table scrolls sideways) when there is not."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTreeView
from PySide6.QtWidgets import QWidget

Mode = QHeaderView.ResizeMode


class _LastHeaderGuard(QObject):
    def __init__(self, view: QTableView | QTreeView, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header
        self._stretched: int | None = None  # the section taken off Stretch, to give it back
        # The viewport width at which Stretch cut the header: it is given back only once the
        # view is wider than that (other columns sized to contents can trade width with the
        # stretched one, and giving it back at the same width only cut it again).
        self._cut_at = 0
        self._timer = QTimer(self)  # dies with the header: never fires on a deleted one
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)
        header.sectionResized.connect(self.schedule)
        header.geometriesChanged.connect(self.schedule)
        header.sectionCountChanged.connect(self.schedule)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def schedule(self, *_: object) -> None:
        """Once the header has laid itself out: its own resizes call back here."""
        if not self._timer.isActive():
            self._timer.start(0)

    def fit(self) -> None:
        header = self._header
        last = last_visible_section(header)
        if last < 0:
            return
        need = header.sectionSizeFromContents(last).width()
        if self._stretched is not None and self._stretched != last:
            self._give_back()
        if header.sectionSize(last) < need:
            if header.stretchLastSection() or header.sectionResizeMode(last) is Mode.Stretch:
                self._stretched = last
                self._cut_at = header.viewport().width()
                header.setStretchLastSection(False)
                header.setSectionResizeMode(last, Mode.Interactive)
            if header.sectionResizeMode(last) is not Mode.ResizeToContents:
                header.resizeSection(last, need)
        elif self._stretched is not None:
            others = header.length() - header.sectionSize(last)
            width = header.viewport().width()
            if others + need <= width and width > self._cut_at:
                self._give_back()

    def _give_back(self) -> None:
        if self._stretched is None:
            return
        self._header.setSectionResizeMode(self._stretched, Mode.Stretch)
        self._stretched = None


def last_visible_section(header: QHeaderView) -> int:
    for visual in range(header.count() - 1, -1, -1):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            return logical
    return -1


def keep_last_header(view: QTableView | QTreeView) -> None:
    """Guard the last column's header of a table or a tree."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    _LastHeaderGuard(view, header)


def keep_last_headers(root: QWidget) -> None:
    """Every table and tree under ``root``."""
    for view in root.findChildren(QTableView) + root.findChildren(QTreeView):
        keep_last_header(view)
