"""«О программе» shows the one version, the one pyproject.toml holds."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtWidgets import QMessageBox

from res_desktop.gui.common.main_window import MainWindow
from tests.processes import REPO_ROOT


def test_about_shows_the_pyproject_version(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.about()
    with (REPO_ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    [text] = shown
    assert f"Версия {version}<br>" in text
