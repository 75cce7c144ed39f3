"""«Региональная программа»: the document, its events, the budget and quarterly execution."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import exact
from res_desktop.domain.programme.model import Kpi
from res_desktop.domain.programme.model import Programme
from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.common.record_tab import RecordTab
from res_desktop.gui.common.widgets import widget_row
from res_desktop.gui.programme.dialogs import KpiFactDialog
from res_desktop.gui.programme.dialogs import ProgrammeDialog
from res_desktop.gui.programme.tabs import BudgetTab
from res_desktop.gui.programme.tabs import EventsTab
from res_desktop.gui.programme.tabs import ExecutionTab
from res_desktop.services.common.workspace import Workspace


def describe(programme: Programme | None) -> str:
    """The document's details as rich text for the «Программа» tab."""
    if programme is None:
        return "Сведения о Региональной программе развития экспорта не внесены."
    act = (
        f"{programme.act_type} от {date_short(programme.act_date)} № {programme.act_number}"
        if programme.is_approved
        else "<b>акт об утверждении не внесён</b>"
    )
    goals = "".join(f"<br>– {g}" for g in programme.goals) or "<br>не указаны"
    return (
        f"<b>{programme.title}</b><br>"
        f"Утверждает: {programme.approved_by.label}<br>Утверждена: {act}<br>"
        f"Период: {programme.start_year}–{programme.end_year} гг. с прогнозом до "
        f"{programme.forecast_year} г.<br><br><b>Цели:</b>{goals}"
    )


class ProgrammePage(RecordPage):
    """Instrument 4 and block V; ``changed`` is emitted after every saved edit."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.kpis = QLabel()
        self.kpis.setWordWrap(True)
        self.edit_button = QPushButton("&Редактировать сведения о программе…")
        self.edit_button.clicked.connect(self.edit_programme)
        self.fact_button = QPushButton("Внести фак&т показателя…")
        self.fact_button.clicked.connect(self.enter_fact)
        self.events = EventsTab(ws)
        self.budget = BudgetTab(ws)
        self.execution = ExecutionTab(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._document_tab(), "Прогр&амма")
        self.tabs.addTab(self.events, "&Мероприятия")
        self.tabs.addTab(self.budget, "&Бюджет")
        self.tabs.addTab(self.execution, "Исполнени&е по кварталам")
        for tab in self._tables():
            tab.changed.connect(self._on_changed)
        # Replaced in tests, like the tabs' hook: how the document dialog is run.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        layout = QVBoxLayout(self)
        title = QLabel("Региональная программа развития экспорта и ресурсное обеспечение")
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _tables(self) -> tuple[RecordTab, ...]:
        return (self.events, self.budget, self.execution)

    def _document_tab(self) -> QWidget:
        tab = QWidget()
        buttons = widget_row(self.edit_button, self.fact_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.details)
        layout.addWidget(self.kpis)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return tab

    def refresh(self) -> None:
        self.details.setText(describe(self._ws.programme.programme()))
        kpis = self._ws.programme.kpis()
        lines = [
            f"– {k.name}, {k.unit}: "
            + ", ".join(f"{y} — {exact(v)}" for y, v in sorted(k.plan.items()))
            + (
                "; факт: " + ", ".join(f"{y} — {exact(v)}" for y, v in sorted(k.fact.items()))
                if k.fact
                else ""
            )
            for k in kpis
        ]
        self.kpis.setText("<b>Показатели (плановые и фактические значения):</b><br>"
                          + "<br>".join(lines) if kpis else "")  # fmt: skip
        self.fact_button.setEnabled(bool(kpis))
        for tab in self._tables():
            tab.refresh()

    def edit_programme(self) -> None:
        def submit(values: Programme) -> Programme:
            return self._ws.programme.save_programme(programme=values)

        dialog = ProgrammeDialog(
            submit, programme=self._ws.programme.programme(), today=self._ws.today(), parent=self
        )
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._on_changed()

    def enter_fact(self) -> None:
        """The value a target indicator reached in a year (by default the last full year)."""

        def submit(values: Kpi) -> Kpi:
            return self._ws.programme.save_kpi(kpi=values)

        kpis = self._ws.programme.kpis()
        if not kpis:
            return
        dialog = KpiFactDialog(submit, kpis=kpis, year=self._ws.today().year - 1, parent=self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._on_changed()

    def _on_changed(self) -> None:
        self.refresh()
        self.changed.emit()
