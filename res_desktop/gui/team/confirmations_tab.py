"""«Подтверждение квалификации»: the year-4 records, one per member and document."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import QualificationConfirmation
from res_desktop.gui.common.record_tab import RecordTab
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.team.confirmation_dialog import ConfirmationDialog
from res_desktop.gui.team.models import confirmations_model
from res_desktop.services.common.workspace import Workspace


class ConfirmationsTab(RecordTab):
    record_type = QualificationConfirmation

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(confirmations_model(lambda i: self._names.get(i, "—")), parent)
        self._names: dict[MemberId, str] = {}
        self.model.setParent(self)
        self._ws = ws
        self.hint = QLabel(
            "С четвёртого года внедрения инструмент считается внедрённым, если проведено "
            "подтверждение квалификации управленческой команды: внесите документ по каждому "
            "члену команды."
        )
        self.hint.setWordWrap(True)
        self.add_button = QPushButton("&Добавить…")
        self.delete_button = QPushButton("&Удалить")
        self.add_button.clicked.connect(self.add_confirmation)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = widget_row(self.add_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        members = self._ws.team.members()
        self._names = {m.id: m.full_name for m in members if m.id is not None}
        self.model.set_rows(self._ws.team.confirmations())
        self.fit_columns()

    def dialog(self) -> ConfirmationDialog:
        def submit(values: QualificationConfirmation) -> QualificationConfirmation:
            return self._ws.team.add_confirmation(confirmation=values)

        today = self._ws.today()
        current = [m for m in self._ws.team.members() if m.is_member_on(today)]
        return ConfirmationDialog(submit, today=today, members=current, parent=self)

    def add_confirmation(self) -> None:
        if self.run_dialog(self.dialog()) == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def delete_question(self, item: QualificationConfirmation) -> str:
        return f"Удалить подтверждение квалификации ({self._names.get(item.member_id, '')})?"

    def delete_record(self, item_id: int) -> None:
        self._ws.team.delete_confirmation(item_id)
