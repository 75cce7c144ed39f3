"""Edit the programme document, an event of the programme, a year's GRP and budget, and the
value a target indicator reached in a year."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import exact
from res_desktop.domain.programme.model import EVENT_TARGETS
from res_desktop.domain.programme.model import ApprovalBody
from res_desktop.domain.programme.model import BudgetYear
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.programme.model import Funding
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import Programme
from res_desktop.domain.programme.model import ProgrammeEvent
from res_desktop.domain.programme.model import target_label
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.widgets import label_combo


def money_edit(value: int = 0) -> QDoubleSpinBox:
    """Whole roubles; a double spin box because GRP exceeds a 32-bit integer."""
    edit = QDoubleSpinBox()
    edit.setDecimals(0)
    edit.setRange(0, 1e15)
    edit.setGroupSeparatorShown(True)
    edit.setSuffix(" ₽")
    edit.setValue(value)
    return edit


def year_edit(value: int) -> QSpinBox:
    edit = QSpinBox()
    edit.setRange(2000, 2100)
    edit.setValue(value)
    return edit


class ProgrammeDialog(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[Programme], object],
        *,
        programme: Programme | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title="Региональная программа развития экспорта")
        self.title = QLineEdit()
        self.approved_by = label_combo(ApprovalBody)
        self.act_type = QLineEdit()
        self.act_type.setPlaceholderText("Постановление Губернатора / протокол Экспортного совета")
        self.act_number = QLineEdit()
        self.act_date = OptionalDate("&утверждена")
        self.act_date.set_value(None, today)
        self.start_year, self.end_year = year_edit(2021), year_edit(2024)
        self.forecast_year = year_edit(2030)
        self.goals = QPlainTextEdit()
        self.goals.setPlaceholderText("Одна цель в строке")
        self.goals.setFixedHeight(110)
        for text, widget, field in (
            ("&Наименование:", self.title, "title"),
            ("Утверждает:", self.approved_by, "approved_by"),
            ("&Вид акта:", self.act_type, "act_type"),
            ("Номер а&кта:", self.act_number, "act_number"),
            ("Дата акта:", self.act_date, "act_date"),
            ("Год &начала:", self.start_year, "start_year"),
            ("Год &окончания:", self.end_year, "end_year"),
            ("&Прогноз до:", self.forecast_year, "forecast_year"),
            ("&Цели:", self.goals, "goals"),
        ):
            self.errors.add_row(text, widget, field)
        self.lay_out(width=680)
        if programme is not None:
            self.load(programme, today)

    def load(self, p: Programme, today: dt.date) -> None:
        self.title.setText(p.title)
        self.approved_by.setCurrentIndex(self.approved_by.findData(p.approved_by))
        self.act_type.setText(p.act_type)
        self.act_number.setText(p.act_number)
        self.act_date.set_value(p.act_date, today)
        self.start_year.setValue(p.start_year)
        self.end_year.setValue(p.end_year)
        self.forecast_year.setValue(p.forecast_year)
        self.goals.setPlainText("\n".join(p.goals))

    def values(self) -> Programme:
        return Programme(
            title=self.title.text(),
            approved_by=ApprovalBody(self.approved_by.currentData()),
            act_type=self.act_type.text(),
            act_number=self.act_number.text(),
            act_date=self.act_date.value(),
            start_year=self.start_year.value(),
            end_year=self.end_year.value(),
            forecast_year=self.forecast_year.value(),
            goals=tuple(self.goals.toPlainText().splitlines()),
        )


class FundingEdit(QWidget):
    """Planned and actual roubles by source, in a small grid."""

    SOURCES = ("Бюджет субъекта РФ", "Федеральный бюджет", "Внебюджетные")

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel("План"), 0, 1)
        grid.addWidget(QLabel("Факт"), 0, 2)
        self.planned = [money_edit() for _ in self.SOURCES]
        self.actual = [money_edit() for _ in self.SOURCES]
        for row, name in enumerate(self.SOURCES, start=1):
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(self.planned[row - 1], row, 1)
            grid.addWidget(self.actual[row - 1], row, 2)

    def set_values(self, planned: Funding, actual: Funding) -> None:
        for edits, money in ((self.planned, planned), (self.actual, actual)):
            for edit, value in zip(
                edits, (money.regional, money.federal, money.extra), strict=True
            ):
                edit.setValue(value)

    def values(self) -> tuple[Funding, Funding]:
        def read(edits: list[QDoubleSpinBox]) -> Funding:
            return Funding(*(round(e.value()) for e in edits))

        return read(self.planned), read(self.actual)


class EventDialog(SubmitDialog):
    def __init__(
        self, submit: Callable[[ProgrammeEvent], object], *, year: int, today: dt.date,
        event: ProgrammeEvent | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(submit, parent, title="Мероприятие Региональной программы", record=event)
        self._year = year
        self.title = QLineEdit()
        self.instrument = QComboBox()
        for code in EVENT_TARGETS:
            self.instrument.addItem(target_label(code), code)
        self.planned_count, self.done_count = QSpinBox(), QSpinBox()
        self.planned_count.setRange(0, 999)
        self.planned_count.setValue(1)
        self.done_count.setRange(0, 999)
        self.responsible = QLineEdit()
        self.deadline = date_edit(min(dt.date(year, 12, 31), max(today, dt.date(year, 1, 1))))
        self.funding = FundingEdit()
        self.status = label_combo(EventStatus)
        self.done_on = OptionalDate("в&ыполнено")
        self.done_on.set_value(None, today)
        for text, widget, field in (
            ("&Наименование:", self.title, "title"),
            ("&Относится к:", self.instrument, "instrument"),
            ("&Плановое количество:", self.planned_count, "planned_count"),
            ("&Ответственный:", self.responsible, "responsible"),
            ("С&рок:", self.deadline, "deadline"),
            ("Финансирование, ₽:", self.funding, "planned"),
            ("&Статус:", self.status, "status"),
            ("Проведено (&количество):", self.done_count, "done_count"),
            ("Дата выполнения:", self.done_on, "done_on"),
        ):
            self.errors.add_row(text, widget, field)
        self.lay_out(width=720)
        if event is not None:
            self.load(event, today)

    def load(self, e: ProgrammeEvent, today: dt.date) -> None:
        self._year = e.year
        self.title.setText(e.title)
        self.instrument.setCurrentIndex(self.instrument.findData(e.instrument))
        self.planned_count.setValue(e.planned_count)
        self.responsible.setText(e.responsible)
        self.deadline.setDate(to_qdate(e.deadline))
        self.funding.set_values(e.planned, e.actual)
        self.status.setCurrentIndex(self.status.findData(e.status))
        self.done_count.setValue(e.done_count)
        self.done_on.set_value(e.done_on, today)

    def values(self) -> ProgrammeEvent:
        planned, actual = self.funding.values()
        return ProgrammeEvent(
            year=self._year,
            title=self.title.text(),
            instrument=str(self.instrument.currentData()),
            planned_count=self.planned_count.value(),
            responsible=self.responsible.text(),
            deadline=from_qdate(self.deadline.date()),
            planned=planned,
            actual=actual,
            status=EventStatus(self.status.currentData()),
            done_count=self.done_count.value(),
            done_on=self.done_on.value(),
            id=self._id,
        )


class BudgetDialog(SubmitDialog):
    def __init__(
        self, submit: Callable[[BudgetYear], object], *, year: int,
        budget: BudgetYear | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(submit, parent, title="ВРП и бюджет Плана")
        self.year = self.field("&Год:", year_edit(budget.year if budget else year), "year")
        self.year.setEnabled(budget is None)
        self.grp = self.field("&ВРП субъекта РФ:", money_edit(budget.grp if budget else 0), "grp")
        self.budget = self.field(
            "&Бюджет Плана:", money_edit(budget.budget if budget else 0), "budget"
        )
        hint = QLabel("Ориентир раздела V: не менее 0,01% ВРП и не менее 50 млн рублей в год.")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.lay_out(width=520)

    def values(self) -> BudgetYear:
        return BudgetYear(
            year=self.year.value(), grp=round(self.grp.value()), budget=round(self.budget.value())
        )


class KpiFactDialog(SubmitDialog):
    """The value a target indicator of the programme reached in a year (the reports' «Факт»);
    «нет данных» removes a fact entered by mistake."""

    def __init__(
        self, submit: Callable[[Kpi], object], *, kpis: list[Kpi], year: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(submit, parent, title="Фактическое значение показателя")
        self._kpis = {k.id: k for k in kpis}
        self.kpi = QComboBox()
        for k in kpis:
            self.kpi.addItem(f"{k.name}, {k.unit}" if k.unit else k.name, k.id)
        self.year = year_edit(year)
        self.value = QDoubleSpinBox()
        self.value.setDecimals(2)
        self.value.setRange(0, 1e12)
        self.value.setGroupSeparatorShown(True)
        self.no_data = QCheckBox("&нет данных (значение не внесено)")
        self.plan = QLabel()
        self.no_data.toggled.connect(self.value.setDisabled)
        for signal in (self.kpi.currentIndexChanged, self.year.valueChanged):
            signal.connect(self._load)
        self.lay_out(
            [
                ("&Показатель:", self.kpi, "name"),
                ("&Год:", self.year, "year"),
                ("&Факт:", self.value, "fact"),
            ],
            width=560,
            below=[self.no_data, self.plan],
        )
        self._load()

    def _chosen(self) -> Kpi:
        return self._kpis[self.kpi.currentData()]

    def _load(self) -> None:
        """The fact already entered for the year (or «нет данных») and the year's plan."""
        kpi, year = self._chosen(), self.year.value()
        fact = kpi.fact.get(year)
        self.value.setValue(fact or 0)
        self.no_data.setChecked(fact is None)
        plan = kpi.plan.get(year)
        self.plan.setText(
            f"План на {year} год: {exact(plan)}"
            if plan is not None
            else f"План на {year} год не задан."
        )

    def values(self) -> Kpi:
        kpi, year = self._chosen(), self.year.value()
        fact = {y: v for y, v in kpi.fact.items() if y != year}
        if not self.no_data.isChecked():
            fact[year] = self.value.value()
        return dataclasses.replace(kpi, fact=dict(sorted(fact.items())))
