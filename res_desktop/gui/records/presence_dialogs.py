"""Add a priority country, a format of presence in it, an agreement with a foreign region."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.countries import country_names
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.domain.records.model import PriorityCountry
from res_desktop.gui.common.date_fields import OptionalDate
from res_desktop.gui.common.date_fields import date_edit
from res_desktop.gui.common.date_fields import from_qdate
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.widgets import label_combo

Submit = Callable[[dict[str, Any]], object]


def country_combo(exclude: set[str] | None = None) -> QComboBox:
    """Every country of the reference list by Russian name; typing finds one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", "")
    names = sorted(country_names().items(), key=lambda pair: pair[1].replace("ё", "е"))
    for code, name in names:
        if code not in (exclude or set()):
            combo.addItem(name, code)
    combo.setCurrentIndex(0)
    return combo


def combo_code(combo: QComboBox) -> str:
    """The chosen code, or the code of a name typed in full."""
    found = combo.findText(combo.currentText().strip())
    return str(combo.itemData(found)) if found > 0 else ""


class CountryDialog(SubmitDialog):
    def __init__(
        self, submit: Submit, *, listed: set[str], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(submit, parent, title="Приоритетная страна экспортной стратегии")
        self.country = self.field("Ст&рана:", country_combo(listed), "code")
        self.listed_on = self.field("Дата:", OptionalDate("&включена в перечень"), "listed_on")
        self.listed_on.set_value(None, today)
        self.lay_out(width=520)

    def values(self) -> dict[str, Any]:
        return {"code": combo_code(self.country), "listed_on": self.listed_on.value()}


class PresenceDialog(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[Presence], object],
        *,
        countries: Sequence[PriorityCountry],
        country_id: int | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title="Формат присутствия в приоритетной стране")
        self.country = self.field("Ст&рана:", QComboBox(), "country")
        for c in countries:
            self.country.addItem(c.name, c.id)
        if country_id is not None:
            self.country.setCurrentIndex(max(0, self.country.findData(country_id)))
        self.format = self.field("&Формат:", label_combo(PresenceFormat), "format")
        self.description = self.field("&Описание:", QLineEdit(), "description")
        self.description.setPlaceholderText("Например: представитель области в торгпредстве")
        self.since = self.field("Дата:", OptionalDate("&действует с"), "since")
        self.since.set_value(None, today)
        self.lay_out(width=620)

    def values(self) -> Presence:
        return Presence(
            country_id=self.country.currentData(),
            format=PresenceFormat(self.format.currentData()),
            description=self.description.text(),
            since=self.since.value(),
        )


class AgreementDialog(SubmitDialog):
    def __init__(
        self,
        submit: Callable[[ForeignAgreement], object],
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent, title="Соглашение с иностранным регионом")
        self.partner = self.field("&Партнёр:", QLineEdit(), "partner")
        self.partner.setPlaceholderText("Правительство провинции, акимат области…")
        self.country = self.field("Ст&рана:", country_combo(), "country_code")
        self.signed_on = self.field("&Дата подписания:", date_edit(today), "signed_on")
        self.title = self.field("&Наименование:", QLineEdit(), "title")
        self.lay_out(width=620)

    def values(self) -> ForeignAgreement:
        return ForeignAgreement(
            partner=self.partner.text(),
            country_code=combo_code(self.country),
            signed_on=from_qdate(self.signed_on.date()),
            title=self.title.text(),
        )
