"""Search box (debounced) and filter lists above the registry table; they make a query."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.services.exporters.service import FilterValues

DEBOUNCE_MS = 250
_ENUMS = {"status": ExporterStatus, "stage": ExportStage, "sme": SmeCategory}
_ALL = {
    "status": "Все статусы",
    "industry": "Все отрасли",
    "municipality": "Все муниципальные образования",
    "country": "Все страны экспорта",
    "stage": "Все стадии экспорта",
    "sme": "Все категории МСП",
}


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(_ALL[name])
    combo.setMinimumContentsLength(16)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.addItem(_ALL[name], None)
    return combo


class RegistryFilterBar(QWidget):
    """Emits ``query_changed`` 250 ms after the last keystroke, at once for a list choice."""

    query_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Наименование, ИНН, ОГРН или код ТН ВЭД")
        self.search.setClearButtonEnabled(True)
        self.combos = {name: _combo(name) for name in _ALL}
        for status in ExporterStatus:
            self.combos["status"].addItem(status.label, status)
        for stage in ExportStage:
            self.combos["stage"].addItem(stage.label, stage)
        for sme in SmeCategory:
            self.combos["sme"].addItem(sme.label, sme)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.query_changed)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self._quiet = False
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._chosen)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 3)
        for n, name in enumerate(("status", "stage", "sme", "industry", "municipality", "country")):
            grid.addWidget(self.combos[name], 1 + n // 3, n % 3)

    def _chosen(self) -> None:
        if not self._quiet:
            self._timer.stop()
            self.query_changed.emit()

    def set_values(self, values: FilterValues) -> None:
        """New lists of industries, municipalities and countries; choices kept where possible."""
        lists = {
            "industry": [(v, v) for v in values.industries],
            "municipality": [(v, v) for v in values.municipalities],
            "country": [(name, code) for code, name in values.countries],
        }
        self._quiet = True
        try:
            for name, items in lists.items():
                combo = self.combos[name]
                chosen = combo.currentData()
                while combo.count() > 1:
                    combo.removeItem(1)
                for text, data in items:
                    combo.addItem(text, data)
                self._select(combo, chosen)
        finally:
            self._quiet = False

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data) if data is not None else 0
        if index < 0 and isinstance(data, str):  # a saved value no longer in use
            combo.addItem(data, data)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def query(self, base: RegistryQuery | None = None) -> RegistryQuery:
        data = {name: combo.currentData() for name, combo in self.combos.items()}
        for name, kind in _ENUMS.items():  # Qt hands enum members back as plain strings
            data[name] = kind(data[name]) if data[name] is not None else None
        return replace(base or RegistryQuery(), search=self.search.text().strip(), **data)

    def apply(self, query: RegistryQuery) -> None:
        """Show a saved query's search and filters (emits one query_changed)."""
        self._quiet = True
        try:
            self.search.setText(query.search)
            for name, combo in self.combos.items():
                self._select(combo, getattr(query, name))
        finally:
            self._quiet = False
        self._timer.stop()
        self.query_changed.emit()

    def clear(self) -> None:
        self.apply(RegistryQuery())
