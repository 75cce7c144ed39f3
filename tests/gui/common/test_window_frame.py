"""The main window's frame: pages built when first opened, a size that fits the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtCore import QSettings
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSplitter

from res_desktop.gui.common.main_window import MIN_SIZE
from res_desktop.gui.common.main_window import PAGES
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.gui.common.window_geometry import fit_rect
from res_desktop.gui.exporters.page import ExportersPage
from res_desktop.gui.reporting.dashboard_page import DashboardPage
from res_desktop.services.common.workspace import Workspace

MARGINS = QSize(8, 32)  # borders and a title bar


def _forget_window() -> None:
    settings = QSettings()
    settings.remove("main_window")
    settings.sync()


def test_only_the_dashboard_is_built_at_start(qtbot, workspace: Workspace) -> None:
    _forget_window()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert [row for row in range(len(PAGES)) if window.is_built(row)] == [0]
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    assert not window.findChildren(ExportersPage)
    window.nav.setCurrentRow(4)
    assert window.is_built(4)
    assert isinstance(window.stack.currentWidget(), ExportersPage)
    assert window.stack.indexOf(window.exporters) == 4
    assert window.stack.count() == len(PAGES)


def test_a_page_asked_for_by_name_is_built_in_its_place(qtbot, workspace: Workspace) -> None:
    _forget_window()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    reports = window.reports
    assert window.stack.indexOf(reports) == len(PAGES) - 1
    assert window.stack.currentIndex() == 0  # building a page does not open it
    window.show_page(reports)
    assert window.stack.currentWidget() is reports


def test_the_default_frame_fits_small_screens() -> None:
    for width, height in ((1366, 768), (1024, 640), (1920, 1080)):
        available = QRect(0, 0, width, height - 30)  # a panel takes 30 px
        rect = QRect(0, 0, 1280, 800)
        rect.moveCenter(available.center())
        fitted = fit_rect(rect, available, QSize(800, 500), MARGINS)
        frame = fitted.adjusted(-4, -28, 4, 4)
        assert available.contains(frame), (width, height, fitted)
        assert fitted.width() == min(1280, width - 8)
        assert fitted.height() == min(800, height - 30 - 32)


def test_a_window_stored_off_screen_comes_back() -> None:
    available = QRect(0, 0, 1366, 738)
    fitted = fit_rect(QRect(2000, 900, 1600, 1000), available, MIN_SIZE, MARGINS)
    assert available.contains(fitted.adjusted(-4, -28, 4, 4))


def test_the_window_never_starts_larger_than_the_screen(qtbot, workspace: Workspace) -> None:
    _forget_window()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= max(available.width(), MIN_SIZE.width())
    assert window.height() <= max(available.height(), MIN_SIZE.height())
    assert window.width() >= MIN_SIZE.width()


def test_size_and_splitters_are_restored(qtbot, workspace: Workspace) -> None:
    _forget_window()
    first = MainWindow(workspace)
    qtbot.addWidget(first)
    first.show()
    first.resize(1024, 650)  # the offscreen screen is 800 px wide
    first.nav.setCurrentRow(1)
    split = first.instruments.findChildren(QSplitter)[0]
    split.setSizes([200, 700])
    sizes = split.sizes()
    first.close()
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(1024, 650)
    assert not again.is_built(1)
    again.nav.setCurrentRow(1)
    assert again.instruments.findChildren(QSplitter)[0].sizes() == sizes
    _forget_window()
