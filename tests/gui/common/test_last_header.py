"""No table's last column header is cut: it stretches while there is room and keeps the width
its text needs (the table scrolls sideways) when there is not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTabWidget

from res_desktop.gui.common.headers import last_visible_section
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.gui.common.record_table import sorted_table

LONG = "Экспорт, тыс. долл. США, план / факт"


def _settle(qtbot) -> None:
    """The page's background figures in (a user waits for them), then its layout settled."""
    QThreadPool.globalInstance().waitForDone(10000)
    for _ in range(5):  # the answer's model reset, the layout it asks for, the guard's timer
        QApplication.processEvents()
        qtbot.wait(20)


def _cut(header: QHeaderView) -> bool:
    last = last_visible_section(header)
    return last >= 0 and header.sectionSize(last) < header.sectionSizeFromContents(last).width()


def test_a_stretched_last_column_keeps_its_header_whole(qtbot) -> None:
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Наименование организации", "ИНН", "Отрасль", LONG])
    for row in range(3):
        model.appendRow([QStandardItem(f"{row}") for _ in range(4)])
    table, proxy = sorted_table(model, Qt.ItemDataRole.DisplayRole, stretch=(3,))
    model.setParent(table)
    proxy.setParent(table)
    qtbot.addWidget(table)
    table.resize(260, 200)
    table.show()
    _settle(qtbot)
    header = table.horizontalHeader()
    assert not _cut(header)
    assert table.horizontalScrollBar().maximum() > 0  # the table scrolls to it instead
    table.resize(1200, 200)
    _settle(qtbot)
    assert header.sectionResizeMode(3) is QHeaderView.ResizeMode.Stretch  # room again
    assert header.sectionPosition(3) + header.sectionSize(3) == header.viewport().width()


def test_no_page_cuts_a_last_header_at_1024x640(qtbot, window: MainWindow) -> None:
    window.resize(1024, 640)
    cut: list[str] = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.page(row)
        tabs = [t for t in page.findChildren(QTabWidget)]
        for index in [None] + [(t, i) for t in tabs for i in range(t.count())]:
            if index is not None:
                index[0].setCurrentIndex(index[1])
            _settle(qtbot)
            for header in page.findChildren(QHeaderView):
                if (
                    header.orientation() is Qt.Orientation.Horizontal
                    and header.isVisibleTo(page)
                    and _cut(header)
                ):
                    last = last_visible_section(header)
                    cut.append(
                        f"{window.nav.item(row).text()}: "
                        f"{header.model().headerData(last, Qt.Orientation.Horizontal)}"
                    )
    assert cut == []
