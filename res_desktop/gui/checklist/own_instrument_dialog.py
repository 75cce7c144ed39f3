"""Adding the region's own instrument (block IV) and its checklist items."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import Kind
from res_desktop.gui.common.form_dialog import FramedFormDialog
from res_desktop.gui.common.widgets import label_combo
from res_desktop.services.checklist.service import OwnInstrument
from res_desktop.services.common.workspace import Workspace


class OwnInstrumentDialog(FramedFormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("Собственный инструмент региона (блок IV)", parent)
        self._ws = ws
        self.created: Instrument | None = None
        self.title = self.row("&Наименование:", QLineEdit())
        self.short_title = self.row("&Краткое наименование:", QLineEdit())
        self.short_title.setMaxLength(40)
        self.kind = self.row("&Вид:", label_combo(Kind))
        self.summary = self.row("&Описание:", QPlainTextEdit())
        self.summary.setMaximumHeight(60)
        self.items = self.row("&Пункты чек-листа:", QPlainTextEdit())
        self.items.setPlaceholderText("Каждый пункт чек-листа — с новой строки")
        self.lay_out(size=(620, 420))

    def item_lines(self) -> list[ChecklistItem]:
        lines = [line.strip() for line in self.items.toPlainText().splitlines() if line.strip()]
        return [
            ChecklistItem(key=f"own_{n}", title=line, years=frozenset({1, 2, 3, 4}))
            for n, line in enumerate(lines, start=1)
        ]

    def accept(self) -> None:
        items = self.item_lines()
        if not items:
            self.error.setText("Добавьте хотя бы один пункт чек-листа.")
            return
        self.created = self.save_or_show(
            lambda: self._ws.checklists.add_own_instrument(
                instrument=OwnInstrument(
                    title=self.title.text(),
                    short_title=self.short_title.text(),
                    kind=Kind(self.kind.currentData()),
                    summary=self.summary.toPlainText(),
                    items=tuple(items),
                )
            ),
            {},
        )


class OwnItemDialog(FramedFormDialog):
    def __init__(self, ws: Workspace, code: str, parent: QWidget | None = None) -> None:
        super().__init__("Новый пункт чек-листа", parent)
        self._ws, self._code = ws, code
        self.title = self.row("&Формулировка:", QLineEdit())
        self.weight = self.row("&Вес:", QSpinBox())
        self.weight.setRange(1, 5)
        self.hint = self.row("&Чем подтверждается:", QLineEdit())
        self.lay_out(size=(520, 180))

    def accept(self) -> None:
        self.save_or_show(
            lambda: self._ws.checklists.add_own_item(
                code=self._code,
                title=self.title.text(),
                weight=self.weight.value(),
                hint=self.hint.text(),
            ),
            {},
        )
