"""«Мероприятия»: the activities of instruments 10-15, instrument 11's plan, 14's website."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.activities.model import INSTRUMENTS
from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.gui.activities.dialog import ActivityDialog
from res_desktop.gui.activities.dialog import PlanDialog
from res_desktop.gui.activities.models import activities_model
from res_desktop.gui.activities.website import WebsiteTab
from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.common.record_tab import EditableRecordTab
from res_desktop.gui.common.widgets import widget_row
from res_desktop.services.common.workspace import Workspace


class EventsTab(EditableRecordTab):
    """The filterable table with add / edit / delete and instrument 11's plan."""

    add_text = "&Добавить мероприятие…"
    record_type = Activity

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, activities_model(), parent)
        self.instrument = QComboBox()
        self.instrument.addItem("Все инструменты", None)
        for code in INSTRUMENTS:
            title = ws.checklists.instrument(code).short_title
            self.instrument.addItem(f"{int(code)}. {title}", code)
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(ws.today().year)
        self.instrument.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.plan_button = QPushButton("Утвердить пла&н…")
        self.plan_button.clicked.connect(self.approve_plan)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self._layout()
        self.sort_by(1)
        self.refresh()

    def _layout(self) -> None:
        filters = widget_row(("Инс&трумент:", self.instrument), ("&Год:", self.year))
        plan = QGroupBox("План международных мероприятий (инструмент 11)")
        row = QHBoxLayout(plan)
        row.addWidget(self.plan_label, 1)
        row.addWidget(self.plan_button)
        self.lay_out(filters, below=(self.verdict, plan))

    def refresh(self) -> None:
        code, year = self.instrument.currentData(), self.year.value()
        self.model.set_rows(self._ws.activities.activities(instrument=code, year=year))
        self.fit_columns()
        plan = self._ws.activities.plan(year)
        self.plan_label.setText(
            f"План на {year} год утвержден Экспортным советом "
            f"{date_short(plan.approved_on)}, протокол № {plan.minutes_number}; "
            f"мероприятий в плане: {plan.planned_count}."
            if plan
            else f"План на {year} год не утвержден."
        )
        self.verdict.setText(self._verdict_text(code, year))

    def _verdict_text(self, code: str | None, year: int) -> str:
        if code is None:
            return ""
        verdicts = self._ws.activities.item_verdicts(code, year)
        done = sum(1 for v in verdicts.values() if v.met)
        return (
            f"Критериев инструмента {int(code)}, выполненных по записям: {done} из {len(verdicts)}."
        )

    def companies(self) -> list[tuple[int, str]]:
        rows = self._ws.exporters.page(
            RegistryQuery(), offset=0, limit=max(self._ws.exporters.total(), 1)
        )
        return [(int(r.id), f"{r.short_name or r.full_name} (ИНН {r.inn})") for r in rows]

    def dialog(self, activity: Activity | None, kind: ActivityKind | None = None) -> ActivityDialog:
        def submit(value: Activity) -> Activity:
            return self._ws.activities.save_activity(activity=value)

        if kind is None and activity is None and self.instrument.currentData():
            kind = next(k for k in ActivityKind if k.instrument == self.instrument.currentData())
        return ActivityDialog(
            submit,
            today=self._ws.today(),
            companies=self.companies(),
            activity=activity,
            kind=kind,
            parent=self,
        )

    def add_new(self) -> None:
        self.add_activity(None)

    def add_activity(self, kind: ActivityKind | None) -> None:
        self._run(self.dialog(None, kind))

    def delete_question(self, activity: Activity) -> str:
        return f"Удалить мероприятие «{activity.title}»?"

    def delete_record(self, activity_id: int) -> None:
        self._ws.activities.delete_activity(activity_id=activity_id)

    def approve_plan(self) -> None:
        year = self.year.value()
        dialog = PlanDialog(
            lambda plan: self._ws.activities.approve_plan(plan=plan),
            year=year,
            today=self._ws.today(),
            plan=self._ws.activities.plan(year),
            parent=self,
        )
        self._run(dialog)


class ActivitiesPage(RecordPage):
    """Two tabs: the events, and the website section with the contest."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.events = EventsTab(ws)
        self.website = WebsiteTab(ws)
        self.contest_label = QLabel()
        self.contest_label.setWordWrap(True)
        self.contest_button = QPushButton("Добавить итоги &конкурса…")
        self.contest_button.clicked.connect(self.add_contest)
        contest = QGroupBox("Конкурс «Экспортёр года» (инструмент 14)")
        row = QHBoxLayout(contest)
        row.addWidget(self.contest_label, 1)
        row.addWidget(self.contest_button)
        second = QWidget()
        box = QVBoxLayout(second)
        box.addWidget(self.website, 1)
        box.addWidget(contest)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.events, "&Мероприятия")
        self.tabs.addTab(second, "&Раздел сайта и конкурс")
        layout = QVBoxLayout(self)
        title = QLabel("Мероприятия по инструментам 10–15")
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.events.changed.connect(self._changed)
        self.website.saved.connect(self._changed)
        self.refresh()

    def _contest_kind(self) -> ActivityKind:
        low = self._ws.region.require_profile().low_export_potential
        return ActivityKind.EXPORT_NOMINATION if low else ActivityKind.EXPORTER_OF_YEAR

    def refresh(self) -> None:
        self.events.refresh()
        key = (
            "export_nomination_other_contest"
            if self._contest_kind() is ActivityKind.EXPORT_NOMINATION
            else "exporter_of_year_regional_stage"
        )
        year = self._ws.today().year
        self.contest_label.setText(self._ws.activities.item_verdicts("14", year)[key].note)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def add_contest(self) -> None:
        self.events.add_activity(self._contest_kind())
