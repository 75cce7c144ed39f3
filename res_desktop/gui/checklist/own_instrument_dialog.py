"""Adding the region's own instrument (block IV) and its checklist items."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from res_desktop.domain.common.catalogue import ChecklistItem, Instrument, Kind
from res_desktop.gui.common import texts
from res_desktop.services.checklist.service import OwnInstrument
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {texts.OVERDUE_COLOR};")
    return label


class OwnInstrumentDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.created: Instrument | None = None
        self.setWindowTitle("Собственный инструмент региона (блок IV)")
        self.title = QLineEdit()
        self.short_title = QLineEdit()
        self.short_title.setMaxLength(40)
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind.label, kind)
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(60)
        self.items = QPlainTextEdit()
        self.items.setPlaceholderText("Каждый пункт чек-листа — с новой строки")
        self.error = _error_label()
        form = QFormLayout()
        form.addRow("&Наименование:", self.title)
        form.addRow("&Краткое наименование:", self.short_title)
        form.addRow("&Вид:", self.kind)
        form.addRow("&Описание:", self.summary)
        form.addRow("&Пункты чек-листа:", self.items)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.resize(620, 420)

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
        try:
            instrument = OwnInstrument(
                title=self.title.text(),
                short_title=self.short_title.text(),
                kind=Kind(self.kind.currentData()),
                summary=self.summary.toPlainText(),
                items=tuple(items),
            )
            self.created = self._ws.checklists.add_own_instrument(instrument=instrument)
        except ValidationFailed as error:
            self.error.setText("\n".join(error.errors.values()))
            return
        super().accept()


class OwnItemDialog(QDialog):
    def __init__(self, ws: Workspace, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._code = ws, code
        self.setWindowTitle("Новый пункт чек-листа")
        self.title = QLineEdit()
        self.weight = QSpinBox()
        self.weight.setRange(1, 5)
        self.hint = QLineEdit()
        self.error = _error_label()
        form = QFormLayout()
        form.addRow("&Формулировка:", self.title)
        form.addRow("&Вес:", self.weight)
        form.addRow("&Чем подтверждается:", self.hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.resize(520, 180)

    def accept(self) -> None:
        try:
            self._ws.checklists.add_own_item(
                code=self._code,
                title=self.title.text(),
                weight=self.weight.value(),
                hint=self.hint.text(),
            )
        except ValidationFailed as error:
            self.error.setText("\n".join(error.errors.values()))
            return
        super().accept()
