"""The records page's tabs: centre KPIs (6), presence abroad (7), staff training (8)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.records.model import CentreKpi
from res_desktop.domain.records.model import ForeignAgreement
from res_desktop.domain.records.model import Presence
from res_desktop.domain.records.model import StaffTraining
from res_desktop.gui.common import texts
from res_desktop.gui.common.form_dialog import SubmitDialog
from res_desktop.gui.common.record_tab import EditableRecordTab
from res_desktop.gui.common.record_tab import RecordTab
from res_desktop.gui.common.record_tab import ask_yes_no
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.common.widgets import wrapped_label
from res_desktop.gui.records.dialogs import KpiDialog
from res_desktop.gui.records.dialogs import TrainingDialog
from res_desktop.gui.records.models import CountryRow
from res_desktop.gui.records.models import agreements_model
from res_desktop.gui.records.models import countries_model
from res_desktop.gui.records.models import country_rows
from res_desktop.gui.records.models import kpi_model
from res_desktop.gui.records.models import presences_model
from res_desktop.gui.records.models import trainings_model
from res_desktop.gui.records.presence_dialogs import AgreementDialog
from res_desktop.gui.records.presence_dialogs import CountryDialog
from res_desktop.gui.records.presence_dialogs import PresenceDialog
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace


def verdict_html(ws: Workspace, code: str, year: int) -> str:
    """The instrument's items decided by the records, in the checklist's own words."""
    view = ws.checklists.checklist(code, year)
    lines = [
        f"<span style='color:{texts.STATUS_COLORS[v.status]}'>■</span> {v.item.title} — "
        f"<b>{v.status.label}</b>. {v.derived_note}"
        for v in view.items
        if v.is_derived
    ]
    if not lines:
        return f"Инструмент {int(code)} за {year} г.: записи не ведутся, пункты отмечаются вручную."
    return f"<b>Инструмент {int(code)} за {year} г.</b><br>" + "<br>".join(lines)


class YearTab(EditableRecordTab):
    """A table of yearly rows with the instrument's verdict for the page's year."""

    code = ""

    def __init__(self, ws: Workspace, model: Any, year: Callable[[], int]) -> None:
        super().__init__(ws, model)
        self.year = year
        self.lay_out()
        self.sort_by(0)

    def rows(self) -> list[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        self.model.set_rows(self.rows())
        self.fit_columns()
        self.summary.setText(verdict_html(self._ws, self.code, self.year()))

    def _check_new(self, row: Any, year: int) -> None:
        if row is None and any(r.year == year for r in self.rows()):
            raise ValidationFailed(
                {"year": "Сведения за этот год уже внесены: выберите строку и измените её."}
            )

    def _delete(self, what: str, delete: Callable[[int], None]) -> None:
        row = self.selected_row()
        if row is None:
            return
        year: int = row.year  # type: ignore[attr-defined]
        self.remove(f"Удалить {what} за {year} г.?", lambda: delete(year))


class KpiTab(YearTab):
    code = "06"

    def __init__(self, ws: Workspace, year: Callable[[], int]) -> None:
        super().__init__(ws, kpi_model(), year)
        self.refresh()

    def rows(self) -> list[CentreKpi]:
        return self._ws.records.kpis()

    def dialog(self, row: Any) -> SubmitDialog:
        def submit(kpi: CentreKpi) -> CentreKpi:
            self._check_new(row, kpi.year)
            return self._ws.records.save_kpi(kpi=kpi)

        return KpiDialog(submit, year=self.year(), today=self._ws.today(), kpi=row, parent=self)

    def delete_selected(self) -> None:
        self._delete("КПЭ", lambda y: self._ws.records.delete_kpi(year=y))


class TrainingTab(YearTab):
    code = "08"

    def __init__(self, ws: Workspace, year: Callable[[], int]) -> None:
        super().__init__(ws, trainings_model(), year)
        self.refresh()

    def rows(self) -> list[StaffTraining]:
        return self._ws.records.trainings()

    def dialog(self, row: Any) -> SubmitDialog:
        def submit(training: StaffTraining) -> StaffTraining:
            self._check_new(row, training.year)
            return self._ws.records.save_training(training=training)

        today = self._ws.today()
        return TrainingDialog(submit, year=self.year(), today=today, training=row, parent=self)

    def delete_selected(self) -> None:
        self._delete(
            "сведения о подготовке кадров", lambda y: self._ws.records.delete_training(year=y)
        )


class PresenceTab(QWidget):
    """Priority countries with their formats of presence, and foreign-region agreements."""

    changed = Signal()

    def __init__(self, ws: Workspace, year: Callable[[], int]) -> None:
        super().__init__()
        self._ws, self.year = ws, year
        self.countries = RecordTab(countries_model(), self)
        self.presences = RecordTab(presences_model(), self)
        self.agreements = RecordTab(agreements_model(), self)
        for tab in (self.countries, self.presences, self.agreements):
            tab.model.setParent(tab)
        self.countries.table.selectionModel().currentRowChanged.connect(self._show_presences)
        # Replaced in tests: how a dialog is run, how a deletion is confirmed.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        buttons = {
            "&Добавить страну…": self.add_country,
            "&Удалить страну": self.delete_country,
            "&Новый формат присутствия…": self.add_presence,
            "Удалить фор&мат": self.delete_presence,
            "Добавить сог&лашение…": self.add_agreement,
            "Удалить согла&шение": self.delete_agreement,
        }
        self.buttons: list[QPushButton] = []
        for text, slot in buttons.items():
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons.append(button)
        self.summary = wrapped_label()
        top = QHBoxLayout()
        top.addWidget(self._group("Приоритетные страны экспортной стратегии", self.countries,
                                  self.buttons[0:2]), 3)  # fmt: skip
        top.addWidget(self._group("Форматы присутствия в выбранной стране", self.presences,
                                  self.buttons[2:4]), 2)  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self._group("Соглашения с иностранными регионами", self.agreements,
                                     self.buttons[4:6]), 2)  # fmt: skip
        layout.addWidget(self.summary)
        self.refresh()

    @staticmethod
    def _group(title: str, tab: RecordTab, buttons: list[QPushButton]) -> QGroupBox:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.addWidget(tab, 1)
        layout.addLayout(widget_row(*buttons))
        inner = QVBoxLayout(tab)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(tab.table)
        return group

    def refresh(self) -> None:
        current = self.countries.selected_row()
        chosen = current.country.id if isinstance(current, CountryRow) else None
        rows = country_rows(self._ws.records.countries(), self._ws.records.presences())
        self.countries.model.set_rows(rows)
        self.countries.fit_columns()
        if rows:
            self.countries.select_row(lambda r: r.country.id == chosen)  # type: ignore[attr-defined]
        self._show_presences()
        self.agreements.model.set_rows(self._ws.records.agreements())
        self.agreements.fit_columns()
        self.summary.setText(verdict_html(self._ws, "07", self.year()))

    def _show_presences(self) -> None:
        row = self.countries.selected_row()
        self.presences.model.set_rows(row.presences if isinstance(row, CountryRow) else [])
        self.presences.fit_columns()

    def _run(self, dialog: SubmitDialog) -> None:
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def _confirmed(self, text: str, action: Callable[[], None]) -> None:
        if self.confirm("Удаление", text):
            action()
            self.refresh()
            self.changed.emit()

    def add_country(self) -> None:
        listed = {c.code for c in self._ws.records.countries()}

        def submit(values: dict[str, Any]) -> object:
            return self._ws.records.add_country(**values)

        self._run(CountryDialog(submit, listed=listed, today=self._ws.today(), parent=self))

    def delete_country(self) -> None:
        row = self.countries.selected_row()
        if isinstance(row, CountryRow) and row.country.id is not None:
            country_id = row.country.id
            self._confirmed(
                f"Удалить страну «{row.country.name}» из перечня вместе с форматами присутствия?",
                lambda: self._ws.records.delete_country(country_id=country_id),
            )

    def add_presence(self) -> None:
        countries = self._ws.records.countries()
        if not countries:
            self.summary.setText("Сначала добавьте приоритетную страну.")
            return
        row = self.countries.selected_row()
        chosen = row.country.id if isinstance(row, CountryRow) else None

        def submit(values: Presence) -> object:
            return self._ws.records.add_presence(presence=values)

        self._run(PresenceDialog(submit, countries=countries, country_id=chosen,
                                 today=self._ws.today(), parent=self))  # fmt: skip

    def delete_presence(self) -> None:
        presence = self.presences.selected_row()
        if presence is not None and presence.id is not None:  # type: ignore[attr-defined]
            presence_id = presence.id  # type: ignore[attr-defined]
            self._confirmed(
                f"Удалить формат присутствия «{presence.format.label}»?",  # type: ignore[attr-defined]
                lambda: self._ws.records.delete_presence(presence_id=presence_id),
            )

    def add_agreement(self) -> None:
        def submit(values: ForeignAgreement) -> object:
            return self._ws.records.add_agreement(agreement=values)

        self._run(AgreementDialog(submit, today=self._ws.today(), parent=self))

    def delete_agreement(self) -> None:
        agreement = self.agreements.selected_row()
        if agreement is not None and agreement.id is not None:  # type: ignore[attr-defined]
            agreement_id = agreement.id  # type: ignore[attr-defined]
            self._confirmed(
                f"Удалить соглашение с партнёром «{agreement.partner}»?",  # type: ignore[attr-defined]
                lambda: self._ws.records.delete_agreement(agreement_id=agreement_id),
            )
