"""«План на год»: the planner's suggested dates and instrument 5's verdicts in words."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.domain.common.russian import date_short
from res_desktop.domain.council.planner import plan_year
from res_desktop.domain.council.rules import required_meetings
from res_desktop.gui.common import texts
from res_desktop.gui.common.headers import keep_last_header
from res_desktop.services.common.workspace import Workspace

HEADERS = ("Квартал", "Рекомендуемые даты", "Проведено", "Запланировано", "Состояние")


def _dates(values: tuple) -> str:  # type: ignore[type-arg]
    return ", ".join(date_short(v) for v in values) or "—"


class PlanTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        profile = ws.region.require_profile()
        today = ws.today()
        self.year = QSpinBox()
        self.year.setMaximumWidth(120)
        self.year.setRange(min(profile.start_year, today.year), today.year + 1)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(self.refresh)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(4, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        keep_last_header(self.table)
        self.table.setMaximumHeight(150)
        self.verdicts = QLabel()
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextFormat(Qt.TextFormat.RichText)
        self.verdicts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.verdicts.setMargin(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.verdicts)
        form = QFormLayout()
        form.addRow("&Год:", self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(QLabel("<b>Требования инструмента 5 по данным учёта</b>"))
        layout.addWidget(scroll, 1)
        self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        profile = self._ws.region.require_profile()
        n = profile.implementation_year(year)
        required = required_meetings(n)
        self.intro.setText(
            f"{year} год — {n}-й год внедрения Стандарта: требуется не менее {required} "
            "заседаний Экспортного совета. Рекомендуемые даты распределяют заседания по "
            "кварталам (середина квартала, рабочий день)."
        )
        for row, plan in enumerate(plan_year(year, required, self._ws.council.meetings())):
            state = (
                "обеспечен"
                if plan.covered
                else ("не требуется" if not plan.suggested else "нет заседания")
            )
            values = (
                plan.label,
                _dates(plan.suggested),
                _dates(plan.held),
                _dates(plan.planned),
                state,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.verdicts.setText(self.verdicts_html(year))

    def verdicts_html(self, year: int) -> str:
        if not self._ws.council.has_records():
            return (
                "Сведения о Совете и заседаниях ещё не внесены: пункты инструмента 5 "
                "отмечаются вручную."
            )
        instrument = self._ws.catalogue.get("05")
        parts = []
        for key, verdict in self._ws.council.verdicts(year).items():
            color = texts.OK_COLOR if verdict.met else texts.OVERDUE_COLOR
            mark = "выполнено" if verdict.met else "не выполнено"
            parts.append(
                f"<p><b>{html.escape(instrument.item(key).title)}</b><br>"
                f"<span style='color:{color}'>{mark}</span>: {html.escape(verdict.note)}</p>"
            )
        return "".join(parts)
