"""Edit a year's centre KPIs (instrument 6) and a year's staff training (instrument 8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import NumberError
from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import StaffTraining
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.number_edit import NumberEdit
from res_desktop.services.common.results import ValidationFailed

Submit = Callable[[Any], object]


def read_numbers(edits: dict[str, NumberEdit]) -> dict[str, float | None]:
    """Each field's figure (None when empty); raises ValidationFailed naming every field
    that holds no acceptable figure."""
    values: dict[str, float | None] = {}
    errors: dict[str, str] = {}
    for field, edit in edits.items():
        try:
            values[field] = edit.value()
        except NumberError as refused:
            errors[field] = str(refused)
    if errors:
        raise ValidationFailed(errors)
    return values


def _year_edit(value: int, editable: bool) -> QSpinBox:
    edit = QSpinBox()
    edit.setRange(2019, 2100)
    edit.setValue(value)
    edit.setEnabled(editable)
    return edit


def _int(value: float | None) -> int | None:
    """A whole field's figure (the parser has checked it is whole)."""
    return None if value is None else int(value)


class KpiDialog(SubmitDialog):
    """Plan and fact of one year; an empty fact means «not yet reported»."""

    def __init__(
        self,
        submit: Submit,
        *,
        year: int,
        today: dt.date,
        kpi: CentreKpi | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title="КПЭ центра поддержки экспорта")
        self.year = _year_edit(kpi.year if kpi else year, kpi is None)
        k = kpi or CentreKpi(year, 0)
        self.edits = {
            "plan_supported": NumberEdit(k.plan_supported or None, "0", whole=True),
            "fact_supported": NumberEdit(k.fact_supported, "не внесён", whole=True),
            "plan_contracts": NumberEdit(k.plan_contracts or None, "0", whole=True),
            "fact_contracts": NumberEdit(k.fact_contracts, "не внесён", whole=True),
            "plan_volume_kusd": NumberEdit(k.plan_volume_kusd or None, "0"),
            "fact_volume_kusd": NumberEdit(k.fact_volume_kusd, "не внесён"),
        }
        self.approved_on = OptionalDate("&утверждены")
        self.approved_on.set_value(k.approved_on, today)
        self.reported_on = OptionalDate("отчёт пр&едставлен")
        self.reported_on.set_value(k.reported_on, today)
        self.errors.add_row("&Год:", self.year, "year")
        for text, field in (
            ("План: компаний, получивших по&ддержку:", "plan_supported"),
            ("Факт: компаний, получивших поддержку:", "fact_supported"),
            ("План: компаний с экспортными &контрактами:", "plan_contracts"),
            ("Факт: компаний с экспортными контрактами:", "fact_contracts"),
            ("План: &объём экспорта, тыс. долл. США:", "plan_volume_kusd"),
            ("Факт: объём экспорта, тыс. долл. США:", "fact_volume_kusd"),
        ):
            self.errors.add_row(text, self.edits[field], field)
        self.errors.add_row("КПЭ на год:", self.approved_on, "approved_on")
        self.errors.add_row("Отчёт за год:", self.reported_on, "reported_on")
        self.lay_out(width=620)

    def values(self) -> CentreKpi:
        n = read_numbers(self.edits)
        return CentreKpi(
            year=self.year.value(),
            plan_supported=_int(n["plan_supported"]) or 0,
            fact_supported=_int(n["fact_supported"]),
            plan_contracts=_int(n["plan_contracts"]) or 0,
            fact_contracts=_int(n["fact_contracts"]),
            plan_volume_kusd=n["plan_volume_kusd"] or 0.0,
            fact_volume_kusd=n["fact_volume_kusd"],
            approved_on=self.approved_on.value(),
            reported_on=self.reported_on.value(),
        )


class TrainingDialog(SubmitDialog):
    """Plan, trained and interned staff of one year."""

    def __init__(
        self,
        submit: Submit,
        *,
        year: int,
        today: dt.date,
        training: StaffTraining | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title="Подготовка кадров за год")
        t = training or StaffTraining(year, 0)
        self.year = _year_edit(t.year, training is None)
        self.edits = {
            "planned": NumberEdit(t.planned or None, "0", whole=True),
            "trained": NumberEdit(t.trained, "не внесено", whole=True),
            "interned": NumberEdit(t.interned, "не внесено", whole=True),
        }
        self.programmes = QCheckBox(
            "&Разработаны программы либо система направления студентов в другие регионы"
        )
        self.programmes.setChecked(t.programmes_developed)
        self.plan_approved_on = OptionalDate("&утверждён")
        self.plan_approved_on.set_value(t.plan_approved_on, today)
        self.reported_on = OptionalDate("отчёт пр&едставлен")
        self.reported_on.set_value(t.reported_on, today)
        self.errors.add_row("&Год:", self.year, "year")
        self.errors.add_row("&Запланировано обучить, чел.:", self.edits["planned"], "planned")
        self.errors.add_row("&Обучено, чел.:", self.edits["trained"], "trained")
        self.errors.add_row("Прошли ста&жировку, чел.:", self.edits["interned"], "interned")
        self.errors.add_row("", self.programmes, "programmes_developed")
        self.errors.add_row("План подготовки:", self.plan_approved_on, "plan_approved_on")
        self.errors.add_row("Отчёт за год:", self.reported_on, "reported_on")
        self.lay_out(width=620)

    def values(self) -> StaffTraining:
        n = read_numbers(self.edits)
        return StaffTraining(
            year=self.year.value(),
            planned=_int(n["planned"]) or 0,
            trained=_int(n["trained"]),
            interned=_int(n["interned"]),
            programmes_developed=self.programmes.isChecked(),
            plan_approved_on=self.plan_approved_on.value(),
            reported_on=self.reported_on.value(),
        )
