"""«Федеральные органы»: the bodies a letter on the registry's analysis must reach for
instrument 9 («результаты анализа переданы в профильный федеральный орган исполнительной
власти»). Edited in the dialog, written on «Сохранить» only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.form_dialog import error_label
from res_desktop.gui.common.form_dialog import save_buttons
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace

NEW_BODY = "Новый федеральный орган"


class FederalBodiesDialog(QDialog):
    """The list in place (double-click to rename); nothing is stored until «Сохранить»."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.saved: list[str] | None = None
        self.setWindowTitle("Федеральные органы исполнительной власти")
        self.list = QListWidget()
        for name in ws.exporter_analysis.federal_bodies():
            self._append(name)
        self.add_button = QPushButton("&Добавить")
        self.delete_button = QPushButton("&Удалить")
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        self.error = error_label()
        self.buttons = save_buttons(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Сохранить")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("О&тмена")
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.delete_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                "Письмо с результатами анализа засчитывается по инструменту 9, если адресат "
                "входит в этот перечень: «результаты анализа переданы в профильный "
                "федеральный орган исполнительной власти»."
            )
        )
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

    def _append(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def names(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def add(self) -> None:
        item = self._append(NEW_BODY)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def delete_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def accept(self) -> None:
        """Stays open with the message when a name is empty or repeated: nothing is lost."""
        try:
            self.saved = self._ws.exporter_analysis.set_federal_bodies(names=self.names())
        except ValidationFailed as failed:
            self.error.setText(" ".join(failed.errors.values()))
            self.error.show()
            return
        super().accept()
