"""The programme page's tabs: events of a year, budget by year, quarterly execution."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import roubles
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import Execution
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.programme.model import target_label
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.record_tab import EditableRecordTab
from res_desktop.gui.common.record_tab import RecordTab
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.gui.programme.dialogs import BudgetDialog
from res_desktop.gui.programme.dialogs import EventDialog
from res_desktop.gui.programme.models import budget_model
from res_desktop.gui.programme.models import events_model
from res_desktop.gui.programme.models import execution_model
from res_desktop.services.common.workspace import Workspace


class EventsTab(EditableRecordTab):
    record_type = ProgrammeEvent

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, events_model(), parent)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ws.today().year)
        self.year.valueChanged.connect(self.refresh)
        top = widget_row(("Мероприятия на &год:", self.year))
        self.lay_out(top)
        self.sort_by(3)
        self.refresh()

    def dialog(self, row: Any) -> SubmitDialog:
        def submit(values: ProgrammeEvent) -> ProgrammeEvent:
            return self._ws.programme.save_event(event=values)

        today = self._ws.today()
        return EventDialog(submit, year=self.year.value(), today=today, event=row, parent=self)

    def delete_question(self, event: ProgrammeEvent) -> str:
        return f"Удалить мероприятие «{event.title}» из программы?"

    def delete_record(self, event_id: int) -> None:
        self._ws.programme.delete_event(event_id)

    def refresh(self) -> None:
        year = self.year.value()
        verdict = self._ws.programme.verdicts(year).get("programme_events_executed")
        self.model.set_rows(self._ws.programme.events(year))
        self.fit_columns()
        self.summary.setText(verdict.note if verdict else "")


class BudgetTab(EditableRecordTab):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, budget_model(), parent)
        self.funding = wrapped_label()
        note = QLabel(
            "Раздел V Стандарта: бюджетные ассигнования на реализацию Плана — не менее 0,01% "
            "ВРП субъекта Российской Федерации, но не менее 50 млн рублей ежегодно."
        )
        note.setWordWrap(True)
        self.lay_out(note, below=(self.summary, self.funding))
        self.sort_by(0)
        self.refresh()

    def dialog(self, row: Any) -> SubmitDialog:
        def submit(values: BudgetYear) -> BudgetYear:
            return self._ws.programme.save_budget(budget=values)

        return BudgetDialog(submit, year=self._ws.today().year, budget=row, parent=self)

    def delete_selected(self) -> None:
        budget = self.selected_row()
        if not isinstance(budget, BudgetYear):
            return
        question = f"Удалить сведения о ВРП и бюджете за {budget.year} год?"
        self.remove(question, lambda: self._ws.programme.delete_budget(budget.year))

    def refresh(self) -> None:
        self.model.set_rows(self._ws.programme.budgets())
        self.fit_columns()
        year = self._ws.today().year
        check = self._ws.programme.budget_check(year)
        self.summary.setText(check.note if check else f"Бюджет Плана на {year} год не внесён.")
        lines = [
            f"{target_label(code).lower()}: план {roubles(p.total)}, факт {roubles(a.total)}"
            for code, (p, a) in self._ws.programme.funding_by_instrument(year).items()
        ]
        head = f"Финансирование мероприятий {year} года"
        self.funding.setText(f"{head}: " + "; ".join(lines) + "." if lines else "")


class ExecutionTab(RecordTab):
    """The events due by a quarter's end: done on time, late, or not done."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(execution_model(), parent)
        self.model.setParent(self)
        self._ws = ws
        today = ws.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.quarter = QComboBox()
        for number, roman in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter.addItem(f"{roman} квартал", number)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.year.valueChanged.connect(self.refresh)
        self.quarter.currentIndexChanged.connect(self.refresh)
        top = widget_row(("&Год:", self.year), ("&Квартал:", self.quarter))
        self.summary = wrapped_label()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self) -> None:
        found = self._ws.programme.quarter_execution(self.year.value(), self.quarter.currentData())
        self.model.set_rows(list(found.rows))
        self.fit_columns()
        self.summary.setText(
            f"Мероприятий со сроком до конца квартала: {len(found.rows)}; "
            + "; ".join(f"{x.label} — {found.count(x)}" for x in Execution)
            + "."
        )
