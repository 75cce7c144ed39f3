"""Add / edit one activity of instruments 10-15, and approve instrument 11's plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.activities.model import CONTEST_KINDS
from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityFormat
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.common.countries import all_countries
from res_desktop.domain.common.ids import CompanyId
from res_desktop.domain.common.russian import NumberError
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.date_fields import to_qdate
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.number_edit import NumberEdit
from res_desktop.gui.common.widgets import label_combo
from res_desktop.services.common.results import ValidationFailed

COMPANY_ROLE = Qt.ItemDataRole.UserRole


class ActivityDialog(SubmitDialog):
    """``submit`` receives an ``Activity`` (id kept when editing)."""

    def __init__(
        self,
        submit: Callable[[Activity], object],
        *,
        today: dt.date,
        companies: Sequence[tuple[int, str]],
        activity: Activity | None = None,
        kind: ActivityKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title="Мероприятие (инструменты 10–15)", record=activity)
        self.kind = QComboBox()
        for k in ActivityKind:
            self.kind.addItem(f"{int(k.instrument)}. {k.label}", k)
        self.title = QLineEdit()
        self.starts_on = date_edit(today)
        self.ends_on = date_edit(today)
        self.country = QComboBox()
        self.country.addItem("Россия", "")
        for c in sorted(all_countries(), key=lambda c: c.name):
            if c.code != "RU":
                self.country.addItem(c.name, c.code)
        self.fmt = label_combo(ActivityFormat)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Поиск по названию или ИНН")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.companies = QListWidget()
        self.companies.setMinimumHeight(140)
        taking = set(activity.participants) if activity else set()
        ordered = sorted(companies, key=lambda c: c[0] not in taking)  # chosen first
        for company_id, name in ordered:
            row = QListWidgetItem(name)
            row.setData(COMPANY_ROLE, company_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.companies.addItem(row)
        self.count = QSpinBox()
        self.count.setRange(0, 100000)
        self.contracts = QSpinBox()
        self.contracts.setRange(0, 100000)
        self.amount = NumberEdit(placeholder="0")  # exact: a spin box would round and clip
        self.contest_year = QSpinBox()
        self.contest_year.setRange(2020, 2100)
        self.contest_year.setValue(today.year - 1)
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._layout()
        if activity is not None:
            self.load(activity)
        elif kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self._kind_changed()

    def _layout(self) -> None:
        add = self.errors.add_row
        add("&Вид:", self.kind, "kind")
        add("&Название:", self.title, "title")
        add("Дата &начала:", self.starts_on, "starts_on")
        add("Дата &окончания:", self.ends_on, "ends_on")
        add("&Страна:", self.country, "country")
        add("&Формат:", self.fmt, "format")
        picker = QWidget()
        box = QVBoxLayout(picker)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search)
        box.addWidget(self.companies)
        add("&Компании из реестра:", picker, "participants")
        add("&Всего компаний-участников:", self.count, "companies_count")
        add("&Заключено контрактов:", self.contracts, "contracts_count")
        add("С&умма контрактов, тыс. USD:", self.amount, "contracts_kusd")
        add("Конкурс за &год:", self.contest_year, "contest_year")
        add("Ссылка на &публикацию:", self.link, "link")
        add("&Примечание:", self.notes, "notes")
        self.lay_out(width=620, height=640)

    def _kind_changed(self) -> None:
        is_contest = self.kind.currentData() in CONTEST_KINDS
        self.contest_year.setEnabled(is_contest)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.companies.count()):
            item = self.companies.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def set_checked(self, company_id: int, checked: bool = True) -> None:
        for row in range(self.companies.count()):
            item = self.companies.item(row)
            if item.data(COMPANY_ROLE) == company_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def chosen(self) -> tuple[CompanyId, ...]:
        return tuple(
            CompanyId(int(self.companies.item(r).data(COMPANY_ROLE)))
            for r in range(self.companies.count())
            if self.companies.item(r).checkState() == Qt.CheckState.Checked
        )

    def load(self, a: Activity) -> None:
        self.kind.setCurrentIndex(self.kind.findData(a.kind))
        self.title.setText(a.title)
        self.starts_on.setDate(to_qdate(a.starts_on))
        self.ends_on.setDate(to_qdate(a.ends_on))
        self.country.setCurrentIndex(max(self.country.findData(a.country), 0))
        self.fmt.setCurrentIndex(self.fmt.findData(a.fmt))
        for company_id in a.participants:
            self.set_checked(company_id)
        self.count.setValue(a.companies_count)
        self.contracts.setValue(a.contracts_count)
        self.amount.set_value(a.contracts_kusd or None)
        if a.contest_year is not None:
            self.contest_year.setValue(a.contest_year)
        self.link.setText(a.link)
        self.notes.setPlainText(a.notes)

    def values(self) -> Activity:
        try:
            amount = self.amount.value() or 0.0
        except NumberError as refused:
            raise ValidationFailed({"contracts_kusd": str(refused)}) from None
        kind = ActivityKind(self.kind.currentData())
        chosen = self.chosen()
        return Activity(
            kind=kind,
            title=self.title.text(),
            starts_on=from_qdate(self.starts_on.date()),
            ends_on=from_qdate(self.ends_on.date()),
            country=str(self.country.currentData()),
            fmt=ActivityFormat(self.fmt.currentData()),
            participants=chosen,
            companies_count=max(self.count.value(), len(chosen)),
            contracts_count=self.contracts.value(),
            contracts_kusd=amount,
            link=self.link.text(),
            notes=self.notes.toPlainText(),
            contest_year=self.contest_year.value() if kind in CONTEST_KINDS else None,
            id=self._id,
        )


class PlanDialog(SubmitDialog):
    """Instrument 11: the year's plan of international events approved by the Council."""

    def __init__(
        self,
        submit: Callable[[IntlEventsPlan], object],
        *,
        year: int,
        today: dt.date,
        plan: IntlEventsPlan | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title=f"План международных мероприятий на {year} год")
        self._year = year
        self.approved_on = date_edit(plan.approved_on if plan else today)
        self.minutes = QLineEdit(plan.minutes_number if plan else "")
        self.planned = QSpinBox()
        self.planned.setRange(0, 1000)
        self.planned.setValue(plan.planned_count if plan else 0)
        self.errors.add_row("Дата &утверждения Советом:", self.approved_on, "approved_on")
        self.errors.add_row("&Номер протокола:", self.minutes, "minutes_number")
        self.errors.add_row("&Мероприятий в плане:", self.planned, "planned_count")
        self.lay_out()

    def values(self) -> IntlEventsPlan:
        return IntlEventsPlan(
            year=self._year,
            approved_on=from_qdate(self.approved_on.date()),
            minutes_number=self.minutes.text(),
            planned_count=self.planned.value(),
        )
