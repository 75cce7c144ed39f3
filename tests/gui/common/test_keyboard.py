"""Alt-letters are unique on every page: a clash makes Alt only move focus, never act."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.demo.council import fill_council_demo
from tests.conftest import TODAY

_MNEMONIC = re.compile(r"&(\w)")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _visible_texts(window: MainWindow, page: QWidget) -> list[str]:
    texts = [f"меню {a.text()}" for a in window.menuBar().actions()]
    texts += [b.text() for b in page.findChildren(QAbstractButton) if b.isVisible()]
    texts += [lb.text() for lb in page.findChildren(QLabel) if lb.isVisible() and lb.buddy()]
    for tabs in page.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [f"вкладка {tabs.tabText(i)}" for i in range(tabs.count())]
    return texts


def _visible_mnemonics(window: MainWindow, page: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for text in _visible_texts(window, page):
        if letter := _letter(text):
            found[letter].append(text)
    return {k: v for k, v in found.items() if len(v) > 1}


def test_no_page_repeats_an_alt_letter(qtbot, window: MainWindow) -> None:
    fill_council_demo(window.ws, TODAY)
    window.open_instrument("05")
    clashes = []
    for page in (
        window.dashboard,
        window.instruments,
        window.council,
        window.team,
        window.exporters,
        window.programme,
        window.activities,
        window.records,
        window.indicators,
        window.reports,
    ):
        window.show_page(page)
        tab_sets: list[QTabWidget | None] = [*page.findChildren(QTabWidget)] or [None]
        for tabs in tab_sets:
            for index in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(index)
                if found := _visible_mnemonics(window, page):
                    clashes.append((type(page).__name__, index, found))
    assert clashes == []


def test_the_check_sees_a_clash(qtbot, window: MainWindow) -> None:
    """The walk above finds visible Alt-letters: a menu clash on the dashboard is reported."""
    from PySide6.QtWidgets import QPushButton

    window.show_page(window.dashboard)
    clash = QPushButton("&Файл лишний", window.dashboard)
    clash.show()
    assert "ф" in _visible_mnemonics(window, window.dashboard)
