"""Issue 15, part 2 in the window: the duplicate finder's warning, merges undone."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QWidget

from benchmarks.registry_table import inn_for
from res_desktop.domain.exporters.model import Company
from res_desktop.gui.exporters.company_card import CompanyCard
from res_desktop.gui.exporters.duplicates_dialog import DuplicatesDialog
from res_desktop.gui.exporters.registry_page import RegistryPage
from res_desktop.services.common.workspace import Workspace
from tests.gui.exporters.registry_wait import rows_arrived


def _three(ws: Workspace) -> list[Company]:
    names = ("ООО «Ромашка»", 'АО "Ромашка"', "ООО «Лютик»")
    return [
        ws.exporters.save_company(company=Company(inn=inn_for(n), full_name=name))
        for n, name in enumerate(names)
    ]


def test_duplicates_dialog_warns_cancels_merges_and_undoes(qtbot, workspace: Workspace) -> None:
    first, second, _other = _three(workspace)
    dialog = DuplicatesDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert not dialog.warning.isHidden()
    assert "оба действительны" in dialog.warning.text()
    assert "ИНН разные" in dialog.table.item(0, 4).text()
    asked: list[str] = []

    def refuse(_title: str, text: str) -> bool:
        asked.append(text)
        return False

    dialog.confirm = refuse
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "две разные организации" in asked[0]  # the question repeats the warning
    assert dialog.merged == 0 and workspace.exporters.total() == 3

    dialog.confirm = lambda _title, _text: True
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.merged == 1 and workspace.exporters.total() == 2
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert workspace.exporters.total() == 3 and not dialog.undo_button.isEnabled()
    assert "Объединение отменено" in dialog.error.text()
    assert second.id is not None and workspace.exporters.company(second.id) == second
    assert first.id is not None and workspace.exporters.company(first.id) == first
    assert dialog.table.rowCount() == 1  # the pair is offered again


def test_the_card_shows_the_history_and_undoes_a_merge(qtbot, workspace: Workspace) -> None:
    first, second, _other = _three(workspace)
    assert first.id and second.id
    workspace.exporters.merge(keep_id=first.id, remove_id=second.id)
    host = QWidget()
    qtbot.addWidget(host)
    page = RegistryPage(workspace, host)
    rows_arrived(qtbot, page)
    assert page.status.text() == "Показано 2 из 2"
    cards: list[CompanyCard] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, CompanyCard)
        cards.append(dialog)
        history = dialog.history
        assert history.table.rowCount() == 1
        assert history.table.item(0, 1).text() == second.inn
        assert history.table.item(0, 2).text() == 'АО "Ромашка"'
        history.confirm = lambda _title, _text: False  # cancelled: nothing happens
        qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
        assert workspace.exporters.total() == 2
        history.confirm = lambda _title, _text: True
        qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
        assert history.table.rowCount() == 0 and not history.undo_button.isEnabled()
        dialog.reject()
        return 0

    page.run_dialog = run
    assert page.select_company(first.id)
    page.open_card()
    assert cards and cards[0].saved_any
    rows_arrived(qtbot, page)
    assert page.status.text() == "Показано 3 из 3"  # the page re-read the registry
    assert workspace.exporters.company(second.id) == second


def test_an_undo_the_card_refuses_says_why(qtbot, workspace: Workspace) -> None:
    first, second, _other = _three(workspace)
    assert first.id and second.id
    kept = workspace.exporters.merge(keep_id=first.id, remove_id=second.id)
    workspace.exporters.save_company(company=dataclasses.replace(kept, notes="Правка"))
    card = CompanyCard(workspace, first.id)
    qtbot.addWidget(card)
    card.history.confirm = lambda _title, _text: True
    qtbot.mouseClick(card.history.undo_button, Qt.MouseButton.LeftButton)
    assert "изменялась" in card.history.error.text() and not card.history.error.isHidden()
    assert workspace.exporters.total() == 2 and not card.saved_any
