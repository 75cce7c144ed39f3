"""Typed but unsaved edits are never dropped silently."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from tests.conftest import TODAY

Button = QMessageBox.StandardButton


def _panel_with_typed_edit(window, answer: Button):
    window.open_instrument("05")
    panel = window.instruments.panel
    asked: list[str] = []

    def ask(_parent, title: str) -> Button:
        asked.append(title)
        return answer

    panel.ask_unsaved = ask
    first = panel.model.item_view(0).item.key
    panel.select_item(first)
    panel.editor.responsible.setText("Орлова Анна Игоревна")
    return panel, first, asked


def _stored_responsible(window, key: str) -> str:
    return window.ws.checklists.checklist("05", TODAY.year).view(key).state.responsible


def test_switching_items_offers_to_save(qtbot, window) -> None:
    panel, first, asked = _panel_with_typed_edit(window, Button.Save)
    panel.table.selectRow(1)
    assert len(asked) == 1
    assert _stored_responsible(window, first) == "Орлова Анна Игоревна"
    assert panel.current_item().item.key != first


def test_discard_drops_the_typed_values(qtbot, window) -> None:
    panel, first, asked = _panel_with_typed_edit(window, Button.Discard)
    panel.table.selectRow(1)
    assert asked
    assert _stored_responsible(window, first) == ""


def test_cancel_stays_on_the_item_with_the_typed_values(qtbot, window) -> None:
    panel, first, asked = _panel_with_typed_edit(window, Button.Cancel)
    panel.table.selectRow(1)
    assert asked
    assert panel.current_item().item.key == first
    assert panel.editor.responsible.text() == "Орлова Анна Игоревна"
    window.open_instrument("06")
    assert window.instruments.current_code() == "05"


def test_adding_evidence_keeps_typed_values(qtbot, window) -> None:
    panel, _first, asked = _panel_with_typed_edit(window, Button.Cancel)
    panel._add(EvidenceItem(kind=EvidenceKind.LINK, url="https://export.example.ru/sovet"))
    assert panel.editor.responsible.text() == "Орлова Анна Игоревна"
    assert panel.editor.is_dirty()
    assert not asked


def test_closing_the_window_asks_first(qtbot, window) -> None:
    panel, first, _asked = _panel_with_typed_edit(window, Button.Cancel)
    assert window.close() is False
    assert window.isVisible()
    panel.ask_unsaved = lambda *_: Button.Save
    assert window.close() is True
    assert _stored_responsible(window, first) == "Орлова Анна Игоревна"
