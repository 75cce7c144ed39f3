"""«Отрасли»: the region's priority industries, the list offered in the card and filters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.record_tab import ask_yes_no
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace


class IndustriesDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.edited = False
        self.setWindowTitle("Приоритетные отрасли региона")
        self.list = QListWidget()
        self.add_button = QPushButton("&Добавить…")
        self.rename_button = QPushButton("&Переименовать…")
        self.delete_button = QPushButton("&Удалить")
        self.up_button = QPushButton("В&ыше")
        self.down_button = QPushButton("&Ниже")
        self.error = error_label()
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        side = QVBoxLayout()
        buttons = (self.add_button, self.rename_button, self.delete_button)
        for button in (*buttons, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("&Закрыть")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label("Отрасли предлагаются в карточке организации и в фильтре реестра.")
        )
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(520, 400)
        self._show(ws.exporters.industries())

    def _show(self, names: list[str], current: str | None = None) -> None:
        self.list.clear()
        self.list.addItems(names)
        if current in names:
            self.list.setCurrentRow(names.index(current))

    def names(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def _do(self, action: Callable[[], list[str]], current: str | None) -> None:
        try:
            names = action()
        except ValidationFailed as failed:
            self.error.setText(" ".join(failed.errors.values()))
            self.error.show()
            return
        self.error.hide()
        self.edited = True
        self._show(names, current)

    def add(self) -> None:
        name = self.ask_text("Новая отрасль", "Название отрасли:", "")
        if name is not None:
            self._do(lambda: self._ws.exporters.add_industry(name=name), name.strip())

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        old = item.text()
        new = self.ask_text("Переименование", "Новое название (изменится и у организаций):", old)
        if new is not None:
            self._do(lambda: self._ws.exporters.rename_industry(old=old, new=new), new.strip())

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name, used = item.text(), self._ws.exporters.industry_use(item.text())
        question = f"Удалить отрасль «{name}» из списка?"
        if used:
            question += f" У {used} организаций она останется указанной."
        if self.confirm("Удаление", question):
            self._do(lambda: self._ws.exporters.delete_industry(name=name), None)

    def move_selected(self, step: int) -> None:
        # Not move(): that is QWidget.move(QPoint).
        row = self.list.currentRow()
        names = self.names()
        if not 0 <= row < len(names) or not 0 <= row + step < len(names):
            return
        names[row], names[row + step] = names[row + step], names[row]
        self._do(lambda: self._ws.exporters.set_industries(names=names), names[row + step])
