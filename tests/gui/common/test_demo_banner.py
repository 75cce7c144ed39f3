"""The demo's banner tells the truth: the --demo copy is renewed at every start, a copy of it
opened with --db keeps its changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from res_desktop.gui.common import main_window
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.services.demo.region import build_demo
from tests.conftest import TODAY


@pytest.mark.parametrize("renewed", [True, False])
def test_banner_says_whether_changes_are_kept(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, renewed: bool
) -> None:
    path = tmp_path / "копия демо.sqlite3"
    ws = build_demo(path, clock=lambda: TODAY)
    other = tmp_path / "демо" / "demo.sqlite3"
    monkeypatch.setattr(main_window, "demo_db_path", lambda: path if renewed else other)
    try:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        text = window.demo_label.text()
        if renewed:
            assert "не сохраняются между запусками" in text
        else:
            assert "не сохраняются" not in text
            assert f"Изменения сохраняются в файле {path}" in text
        window._closed_once = True  # no closing backup of a test's database
    finally:
        ws.close()
