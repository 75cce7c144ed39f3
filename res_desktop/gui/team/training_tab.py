"""«Обучение»: the training events with topics, participants and certificates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from res_desktop.domain.team.model import MemberId
from res_desktop.domain.team.model import TrainingEvent
from res_desktop.gui.common.record_tab import EditableRecordTab
from res_desktop.gui.team.event_dialog import EventDialog
from res_desktop.gui.team.models import events_model
from res_desktop.services.common.workspace import Workspace


class TrainingTab(EditableRecordTab):
    add_text = "&Добавить мероприятие…"
    record_type = TrainingEvent

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, events_model(), parent)
        self.lay_out()
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

    def dialog(self, event: TrainingEvent | None) -> EventDialog:
        def submit(values: tuple[TrainingEvent, dict[MemberId, Path]]) -> TrainingEvent:
            chosen, files = values
            return self._ws.team.save_event(event=chosen, certificate_files=files)

        members = sorted(self._ws.team.members(), key=lambda m: m.full_name)
        return EventDialog(
            submit, today=self._ws.today(), members=members, event=event, parent=self
        )

    def delete_question(self, event: TrainingEvent) -> str:
        return f"Удалить мероприятие «{event.title}» со всеми участниками?"

    def delete_record(self, event_id: int) -> None:
        self._ws.team.delete_event(event_id)
