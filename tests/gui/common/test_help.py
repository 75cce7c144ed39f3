"""«Справка»: the guide, the keys read from the menus, the Standard's passage for the open
instrument, «О программе»; «Файл → Недавние базы»."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox

from res_desktop.gui.common import help as help_module
from res_desktop.gui.common.main_window import MainWindow
from res_desktop.gui.common.recent import KEY
from res_desktop.gui.common.recent import recent_databases
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.conftest import make_profile


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The plain text of every help dialog opened (instead of running it)."""
    texts: list[str] = []

    def record(dialog: help_module.HelpDialog) -> int:
        texts.append(dialog.windowTitle() + "\n" + dialog.browser.toPlainText())
        return 0

    monkeypatch.setattr(help_module.HelpDialog, "exec", record)
    return texts


def test_the_guide_covers_first_steps_pages_backups_and_the_deadline(
    window: MainWindow, shown: list[str]
) -> None:
    window.show_guide()
    [text] = shown
    for heading in ("Первые шаги", "Страницы программы", "Резервные копии", "Перед квартальным"):
        assert heading in text
    assert "шестого рабочего дня" in text


def test_the_keys_are_read_from_the_menus(window: MainWindow, shown: list[str]) -> None:
    window.show_shortcuts()
    [text] = shown
    assert "Ctrl+1\nСводка\n" in text and "Ctrl+0\nОтчёты\n" in text
    assert "F1\nРуководство пользователя\n" in text
    assert "Ctrl+O\nОткрыть базу данных\n" in text
    assert "Ctrl+S" in text and "Insert" in text and "Delete" in text


def test_the_standard_passage_of_the_open_instrument(window: MainWindow, shown: list[str]) -> None:
    window.open_instrument("05")
    window.show_standard_passage()
    [text] = shown
    instrument = window.ws.checklists.instrument("05")
    assert f"Инструмент 5. {instrument.title}" in text.replace("\n", " ")
    assert "Место в тексте Стандарта: Блок I." in text
    criterion = next(i for i in instrument.items if i.basis.name == "CRITERION")
    assert " ".join(criterion.basis_quote.split()) in " ".join(text.split())


def test_about_names_the_database_file(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: seen.append(text))
    window.about()
    assert str(window.ws.path) in seen[0]


def test_recent_databases_reopen_the_window(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings().remove(KEY)
    other_path = tmp_path / "другая.sqlite3"
    other = Workspace.open(other_path, clock=lambda: TODAY)
    other.region.save(make_profile(region_name="Тверская область"))
    other.close()
    first = MainWindow(window.ws)  # remembered at opening
    qtbot.addWidget(first)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other_path), ""))
    first.choose_database()
    second = first.replacement
    qtbot.addWidget(second)
    try:
        assert second.ws.path == other_path
        assert "Тверская область" in second.windowTitle()
        assert recent_databases()[:2] == [other_path.resolve(), window.ws.path.resolve()]
        second.recent_menu.aboutToShow.emit()
        [action] = second.recent_menu.actions()
        assert action.text() == f"&1 {window.ws.path.resolve()}"  # not the one open now
    finally:
        second._closed_once = True
        second.ws.close()
