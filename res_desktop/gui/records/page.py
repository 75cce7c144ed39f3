"""«Записи инструментов»: centre KPIs (6), presence abroad (7), staff training (8)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from res_desktop.gui.common.record_page import RecordPage
from res_desktop.gui.common.widgets import buddy_label
from res_desktop.gui.records.tabs import KpiTab
from res_desktop.gui.records.tabs import PresenceTab
from res_desktop.gui.records.tabs import TrainingTab
from res_desktop.services.common.workspace import Workspace


class RecordsPage(RecordPage):
    """The records that fill instruments 6-8; ``changed`` is emitted after every saved edit."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.year = QSpinBox()
        self.year.setRange(2019, 2100)
        self.year.setValue(ws.today().year)
        self.kpi = KpiTab(ws, self.year.value)
        self.presence = PresenceTab(ws, self.year.value)
        self.training = TrainingTab(ws, self.year.value)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.kpi, "&ЦПЭ")
        self.tabs.addTab(self.presence, "Присутствие за &рубежом")
        self.tabs.addTab(self.training, "Подготовка &кадров")
        for tab in (self.kpi, self.presence, self.training):
            tab.changed.connect(self._on_changed)
        self.year.valueChanged.connect(self.refresh)
        title = QLabel("Записи инструментов 6–8: КПЭ, присутствие за рубежом, подготовка кадров")
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        title.setWordWrap(True)  # Russian runs long at the 1024 px minimum
        label = buddy_label("Оценка за &год:", self.year)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(label)
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        for tab in (self.kpi, self.presence, self.training):
            tab.refresh()

    def _on_changed(self) -> None:
        self.refresh()
        self.changed.emit()
