"""Every page works without a mouse: opened by its Ctrl+digit, every control reached by Tab,
and Tab never caught inside one widget (the checklist table used to hold it for 86 presses)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.main_window import PAGES
from res_desktop.gui.common.main_window import MainWindow
from tests.gui.helpers import settled_dashboard

MOST_PRESSES = 400


def _tab_stops(page: QWidget) -> set[QAbstractButton]:
    """The page's controls a keyboard user needs: visible, enabled buttons taking Tab."""
    return {
        w
        for w in page.findChildren(QAbstractButton)
        if w.isVisibleTo(page)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is page.window()
    }


def _walk(qtbot, window: MainWindow) -> list[QWidget]:
    """Tab from the page list until focus comes back to it: the widgets on the way."""
    window.nav.setFocus()
    seen: list[QWidget] = []
    for _ in range(MOST_PRESSES):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is window.nav:
            return seen
        assert now is not None
        seen.append(now)
    raise AssertionError(f"Tab stays inside the page: {[type(w).__name__ for w in seen[-5:]]}")


def test_every_page_by_keyboard_only(qtbot, window: MainWindow) -> None:
    window.resize(1366, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settled_dashboard(qtbot, window)
    for row, name in enumerate(PAGES):
        window.nav.setFocus()
        key = Qt.Key(Qt.Key.Key_0 + (row + 1) % 10)
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.nav.currentRow() == row, name
        page = window.stack.currentWidget()
        assert page is not None
        seen = _walk(qtbot, window)
        assert any(page.isAncestorOf(w) for w in seen), name
        missed = {w.text() for w in _tab_stops(page) if w not in seen}
        assert missed == set(), name


def test_the_checklist_item_is_saved_by_keyboard(qtbot, window: MainWindow) -> None:
    window.resize(1366, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = window.instruments.panel
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    key = panel.current_item().item.key
    for _ in range(MOST_PRESSES):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is panel.editor.responsible:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.editor.responsible, "Orlova A. S.")  # QTest types ASCII only
    qtbot.keyClick(panel.editor.responsible, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def stored() -> str:
        items = window.ws.checklists.checklist("01", 2026).items
        return next(v for v in items if v.item.key == key).state.responsible

    qtbot.waitUntil(lambda: stored() == "Orlova A. S.")  # a button's key clicks it animated
