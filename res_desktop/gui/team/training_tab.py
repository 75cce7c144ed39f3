"""«Обучение»: the training events with topics, participants and certificates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from res_desktop.domain.team.model import TrainingEvent
from res_desktop.gui.common.record_tab import RecordTab
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.team.event_dialog import EventDialog
from res_desktop.gui.team.models import events_model
from res_desktop.services.common.workspace import Workspace


class TrainingTab(RecordTab):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(events_model(), parent)
        self.model.setParent(self)
        self._ws = ws
        self.summary = QLabel()
        self.add_button = QPushButton("&Добавить мероприятие…")
        self.edit_button = QPushButton("&Изменить…")
        self.delete_button = QPushButton("&Удалить")
        self.add_button.clicked.connect(self.add_event)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = widget_row(self.add_button, self.edit_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self.sort_by(0, Qt.SortOrder.DescendingOrder)
        self.refresh()

    def refresh(self) -> None:
        events = self._ws.team.events()
        self.model.set_rows(events)
        self.fit_columns()
        year = self._ws.today().year
        this_year = [e for e in events if e.ends_on.year == year]
        hours = sum(e.hours * len(e.participants) for e in this_year)
        self.summary.setText(
            f"В {year} году: мероприятий — {len(this_year)}, человеко-часов обучения — {hours}."
        )

    def _dialog(self, event: TrainingEvent | None) -> EventDialog:
        def submit(values: dict[str, Any]) -> TrainingEvent:
            if event is None:
                return self._ws.team.add_event(**values)
            return self._ws.team.update_event(event_id=event.id, **values)

        members = sorted(self._ws.team.members(), key=lambda m: m.full_name)
        return EventDialog(
            submit, today=self._ws.today(), members=members, event=event, parent=self
        )

    def add_event(self) -> None:
        self._run(self._dialog(None))

    def edit_selected(self) -> None:
        event = self.selected_row()
        if isinstance(event, TrainingEvent):
            self._run(self._dialog(event))

    def _run(self, dialog: EventDialog) -> None:
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            saved = dialog.result_value
            self.refresh()
            self.select_row(lambda e: isinstance(saved, TrainingEvent) and e.id == saved.id)  # type: ignore[attr-defined]
            self.changed.emit()

    def delete_selected(self) -> None:
        event = self.selected_row()
        if not isinstance(event, TrainingEvent) or event.id is None:
            return
        if self.confirm("Удаление", f"Удалить мероприятие «{event.title}» со всеми участниками?"):
            self._ws.team.delete_event(event.id)
            self.refresh()
            self.changed.emit()
