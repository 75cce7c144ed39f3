"""GUI fixtures: the real application set-up (Russian Qt, bundled fonts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from res_desktop.gui.common.app import make_application
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.common.workspace import Workspace


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    return make_application(["pytest"])


@pytest.fixture
def window(qtbot, workspace: Workspace) -> Iterator[MainWindow]:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    yield win


@pytest.fixture(autouse=True)
def _pool_drained() -> Iterator[None]:
    """No background job (the dashboard's figures) outlives its test's database."""
    yield
    QThreadPool.globalInstance().waitForDone(30000)
