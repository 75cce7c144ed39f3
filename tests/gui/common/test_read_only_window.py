"""A database on read-only media opens read-only: a banner «только чтение», edits disabled."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.app import run_app
from res_desktop.gui.common.main_window import PAGES
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.gui.common.read_only import ReadOnlyGuard
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.errors import DatabaseReadOnly
from tests.backup_data import COMPANY
from tests.backup_data import fill
from tests.conftest import TODAY
from tests.conftest import make_profile
from tests.media import read_only_folder


def _filled(tmp_path: Path) -> Path:
    path = tmp_path / "region.sqlite3"
    ws = Workspace.open(path, clock=lambda: TODAY)
    ws.region.save(make_profile())
    fill(ws, tmp_path)
    ws.close()
    return path


def _read_only_shown(window: MainWindow) -> ReadOnlyGuard:
    """The banner says so; every page visited, so that the guard holds all their buttons."""
    banner = window.findChild(QWidget, "read_only_banner")
    assert banner is not None and banner.isVisible()
    assert "только для чтения" in banner.findChild(QLabel).text()
    for row in range(len(PAGES)):
        window.nav.setCurrentRow(row)
    guard = window.read_only_guard
    assert guard is not None
    return guard


def test_a_read_only_window_says_so_and_keeps_edits_disabled(qtbot, tmp_path: Path) -> None:
    ws = Workspace.open(_filled(tmp_path), clock=lambda: TODAY, read_only=True)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    guard = _read_only_shown(window)
    names = {b.text() for b in guard.watched}
    assert {"Сформироват&ь"} <= names and len(guard.watched) >= 15
    window.nav.setCurrentRow(len(PAGES) - 1)
    window.reports.reload()  # selects the archived report: a page would enable its buttons
    assert window.reports.selected() is not None
    assert window.reports.print_button.isEnabled()  # reading and printing stay
    assert [b.text() for b in guard.watched if b.isEnabled()] == []
    assert not window.restore_action.isEnabled()
    window.grab().save(str(tmp_path / "read-only.png"))


def test_a_workspace_on_read_only_media_is_read_only(tmp_path: Path) -> None:
    made = _filled(tmp_path / "made")
    with read_only_folder(tmp_path / "cd", {"region.sqlite3": made.read_bytes()}) as folder:
        ws = Workspace.open(folder / "region.sqlite3", clock=lambda: TODAY)
        try:
            assert ws.read_only
            assert ws.exporters.total() == 1
            with pytest.raises(DatabaseReadOnly) as refused:
                ws.exporters.save_company(company=dataclasses.replace(COMPANY, inn="7736050003"))
            assert "доступен только для чтения" in refused.value.message
        finally:
            ws.close()


def test_a_database_on_read_only_media_opened_at_start_shows_the_banner(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Double-click or ``--db`` on a CD: the start itself (gui/common/app.py) must end in a
    read-only window, not a refusal or a database written into."""
    made = _filled(tmp_path / "made")
    shown: list[MainWindow] = []

    def exec_once(app: QApplication) -> int:  # the event loop: the window as the user sees it
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with read_only_folder(tmp_path / "cd", {"region.sqlite3": made.read_bytes()}) as folder:
        before = sorted(p.name for p in folder.iterdir())
        assert run_app(db=folder / "region.sqlite3") == 0
        try:
            (window,) = shown
            guard = _read_only_shown(window)
            assert len(guard.watched) >= 15
            assert [b.text() for b in guard.watched if b.isEnabled()] == []
            assert not window.restore_action.isEnabled()
            window.grab().save(str(tmp_path / "read-only-start.png"))
        finally:
            for window in shown:
                window.close()
                window.deleteLater()
        assert sorted(p.name for p in folder.iterdir()) == before  # nothing written there
