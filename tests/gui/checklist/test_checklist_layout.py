"""The checklist fits the screen and the keyboard: eight items beside the whole editor at
1366×768, a readable item column at 1024×640, Tab leaving the table."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QScrollArea

from res_desktop.gui.checklist.model import Column
from res_desktop.gui.checklist.panel import MIN_TITLE_WIDTH
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.gui.common.window_geometry import default_rect

GUESSED_FRAME = QSize(8, 32)  # what the window guesses with no window manager to ask


def _panel_at(qtbot, window: MainWindow, width: int, height: int):
    window.resize(width, height)
    window.open_instrument("05")
    qtbot.waitUntil(window.instruments.panel.isVisible)
    QApplication.processEvents()
    return window.instruments.panel


def _whole_rows(panel) -> int:
    table, rows = panel.table, 0
    for row in range(table.model().rowCount()):
        rect = table.visualRect(table.model().index(row, 0))
        rows += rect.top() >= 0 and rect.bottom() <= table.viewport().height()
    return rows


def test_eight_items_beside_the_whole_editor_at_1366x768(qtbot, window: MainWindow) -> None:
    panel = _panel_at(qtbot, window, 1366, 700)  # 768 less a title bar and a task bar
    assert _whole_rows(panel) >= 8
    scroller = panel.tabs.widget(0)
    assert isinstance(scroller, QScrollArea)
    assert scroller.verticalScrollBar().maximum() == 0  # nothing of the editor scrolled away
    save = panel.editor.save_button
    assert not save.visibleRegion().isEmpty()
    assert panel.table.columnWidth(Column.TITLE) >= MIN_TITLE_WIDTH


def test_a_real_1366x768_screen_puts_the_editor_beside_eight_items(
    qtbot, window: MainWindow
) -> None:
    """With no window manager the screen gives 1366×768 less the guessed frame; the window
    takes all of it (it used to take 1280 px, and the editor fell under the table)."""
    size = default_rect(QRect(0, 0, 1366, 768), window.minimumSize(), GUESSED_FRAME).size()
    assert size == QSize(1358, 736)
    panel = _panel_at(qtbot, window, size.width(), size.height())
    assert panel.split.orientation() is Qt.Orientation.Horizontal
    assert panel.width() >= panel.side_by_side_width()
    assert _whole_rows(panel) >= 8
    scroller = panel.tabs.widget(0)
    assert isinstance(scroller, QScrollArea)
    assert scroller.verticalScrollBar().maximum() == 0
    assert not panel.editor.save_button.visibleRegion().isEmpty()
    # The table gets what its readable columns need: nothing of it scrolls sideways.
    assert panel.split.sizes()[0] >= panel.table.least_width()
    assert panel.table.horizontalScrollBar().maximum() == 0
    assert panel.table.columnWidth(Column.TITLE) >= MIN_TITLE_WIDTH


def test_a_screen_larger_than_preferred_keeps_the_preferred_size() -> None:
    rect = default_rect(QRect(0, 0, 1920, 1050), QSize(1024, 640), GUESSED_FRAME)
    assert rect.size() == QSize(1280, 800)
    assert rect.center().x() in (959, 960)


def test_item_text_stays_readable_at_1024x640(qtbot, window: MainWindow) -> None:
    panel = _panel_at(qtbot, window, 1024, 640)
    assert panel.table.columnWidth(Column.TITLE) >= MIN_TITLE_WIDTH
    assert panel.split.orientation() is Qt.Orientation.Vertical  # the editor under the table


def test_tab_leaves_the_table_and_keeps_the_item(qtbot, window: MainWindow) -> None:
    panel = _panel_at(qtbot, window, 1366, 700)
    window.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    before = panel.current_item().item.key
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert not panel.table.hasFocus()
    assert panel.current_item().item.key == before
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # the arrows still move between items
    assert panel.current_item().item.key != before


def test_the_buttons_are_whole_at_1024x640(qtbot, window: MainWindow) -> None:
    panel = _panel_at(qtbot, window, 1024, 640)
    for button in (panel.copy_button, panel.history_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    panel = _panel_at(qtbot, window, 1358, 736)
    for button in (panel.copy_button, panel.history_button):
        assert button.width() >= button.sizeHint().width(), button.text()
